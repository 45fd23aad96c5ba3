import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import chapterText from '../../content/chapter/networking-chapter.txt?raw';
import { findSection, parseChapter } from '../../src/lib/chapter';
import { lessonLinks, orderLessons } from '../../src/lib/lessons';
import { assemblePlan } from '../../src/worksheets/action-plan/sections';
import { worksheets } from '../../src/worksheets/registry';
import { lessonSchema } from '../../src/schemas/lesson';

// The lessons as files: the same checks a reviewer would make by hand, so a new or edited
// lesson cannot drop a part of the lesson shape without failing CI.
const dir = join(process.cwd(), 'content/lessons');
const files = readdirSync(dir).filter((name) => name.endsWith('.mdx') && !name.startsWith('_'));
const chapter = parseChapter(chapterText);

const lessons = files.map((file) => {
  const source = readFileSync(join(dir, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file} has no front matter`);
  return { id: file.replace(/\.mdx$/, ''), file, frontMatter: parse(match[1]!) as unknown, body: match[2]! };
});

describe('lesson files', () => {
  it('cover every section of the chapter once, in chapter order', () => {
    const ordered = orderLessons(
      lessons.map((lesson) => ({ ...lesson, data: lessonSchema.parse(lesson.frontMatter) })),
    );
    expect(ordered.map((lesson) => lesson.entry.data.section)).toEqual(
      chapter.sections.map((section) => section.heading),
    );
  });

  it('place every worksheet of the registry in exactly one lesson', () => {
    const placed = lessons.flatMap((lesson) => lessonSchema.parse(lesson.frontMatter).worksheets);
    expect([...placed].sort()).toEqual(worksheets.map((entry) => entry.id).sort());
  });

  it('name, for every section of the action plan, the lesson that holds its worksheet', () => {
    const ordered = orderLessons(
      lessons.map((lesson) => ({ ...lesson, data: lessonSchema.parse(lesson.frontMatter) })),
    );
    const range = { from: '2027-01-10', to: '2027-04-09' };
    const plan = assemblePlan({}, { today: range.from, range }, [], lessonLinks(ordered));
    expect(plan.map((section) => [section.id, section.lesson])).toEqual([
      ['goals', { title: 'Establishing Clear Goals', href: '/lessons/establishing-clear-goals/' }],
      ['people', { title: 'Building Relationships', href: '/lessons/relationship-building/' }],
      ['pitch', { title: 'Communication Strategies', href: '/lessons/communication/' }],
      ['communication', { title: 'Communication Strategies', href: '/lessons/communication/' }],
      ['follow-ups', { title: 'Follow-Up Strategies', href: '/lessons/follow-up/' }],
      [
        'development',
        { title: 'Professional Development Strategies', href: '/lessons/professional-development/' },
      ],
      ['timeline', { title: 'Conclusion: Your Action Plan', href: '/lessons/conclusion/' }],
    ]);
  });

  describe.each(lessons)('$file', ({ frontMatter, body }) => {
    const data = lessonSchema.parse(frontMatter);

    it('quotes a section that exists in the chapter', () => {
      expect(() => findSection(chapter, data.section)).not.toThrow();
    });

    it('teaches in the workbook shape', () => {
      const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(headings).toEqual(
        expect.arrayContaining([
          'Why it matters',
          'How to do it',
          'A worked example',
          'Reflect',
          'Done when',
        ]),
      );
      expect(body).toMatch(/<Callout type="example"/);
      expect(body).toMatch(/<KeyTakeaways>/);
      expect(body).toMatch(/<Reflection>/);
      expect(body).toMatch(/<DoneWhen>/);
    });

    it('marks a place for each of its worksheets, and only those', () => {
      const ids = [...body.matchAll(/<Worksheet id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids).toEqual(data.worksheets);
    });

    it('has no placeholder text', () => {
      expect(body).not.toMatch(/lorem ipsum|\bTODO\b|\bTBD\b|coming soon|placeholder/i);
    });

    it('does not paste the chapter text into its own body (the page quotes it)', () => {
      for (const paragraph of findSection(chapter, data.section).paragraphs) {
        expect(body).not.toContain(paragraph.slice(0, 80));
      }
    });
  });
});
