/** One titled section of the chapter, its paragraphs exactly as written. */
export interface ChapterSection {
  heading: string;
  paragraphs: string[];
}

/** The chapter split into its opening paragraphs and its sections. */
export interface Chapter {
  intro: string[];
  sections: ChapterSection[];
}

// Setext headings: a line of text underlined by a line of only `-` or `=`.
const UNDERLINE = /^(-{3,}|={3,})\s*$/;

/**
 * Parses the chapter's plain text. Paragraphs keep their exact wording; only line breaks inside
 * a paragraph are joined, so lessons can quote each section verbatim.
 */
export function parseChapter(text: string): Chapter {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const chapter: Chapter = { intro: [], sections: [] };
  let paragraphs = chapter.intro;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length) paragraphs.push(buffer.join(' '));
    buffer = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const next = lines[i + 1]?.trim() ?? '';
    if (line && UNDERLINE.test(next)) {
      flush();
      const section: ChapterSection = { heading: line, paragraphs: [] };
      chapter.sections.push(section);
      paragraphs = section.paragraphs;
      i++;
    } else if (line) {
      buffer.push(line);
    } else {
      flush();
    }
  }
  flush();
  return chapter;
}

/** The section with this exact heading; throws so a mistyped `section` fails the build. */
export function findSection(chapter: Chapter, heading: string): ChapterSection {
  const section = chapter.sections.find((candidate) => candidate.heading === heading);
  if (!section) {
    const known = chapter.sections.map((s) => `"${s.heading}"`).join(', ');
    throw new Error(`The chapter has no section "${heading}". Sections are: ${known}.`);
  }
  return section;
}
