import { describe, expect, it } from 'vitest';
import text from '../../content/chapter/networking-chapter.txt?raw';
import { findSection, parseChapter } from '../../src/lib/chapter';

describe('parseChapter', () => {
  const chapter = parseChapter(text);

  it('finds the opening paragraph and the six sections in order', () => {
    expect(chapter.intro).toHaveLength(1);
    expect(chapter.intro[0]).toMatch(/^Networking is a key component/);
    expect(chapter.sections.map((section) => section.heading)).toEqual([
      'Establishing Clear Goals',
      'Building Relationship-Building Strategies',
      'Communication Strategies',
      'Follow-Up Strategies',
      'Professional Development Strategies',
      'Conclusion',
    ]);
  });

  it('keeps every paragraph word for word', () => {
    for (const section of chapter.sections) {
      expect(section.paragraphs.length).toBeGreaterThan(0);
      for (const paragraph of section.paragraphs) expect(text).toContain(paragraph);
    }
  });

  it('joins a paragraph wrapped over several lines and handles Windows line ends', () => {
    const parsed = parseChapter(
      'Intro line one\r\nline two.\r\n\r\nTitle\r\n=====\r\n\r\nBody one\r\nbody two.\r\n\r\nSecond.',
    );
    expect(parsed.intro).toEqual(['Intro line one line two.']);
    expect(parsed.sections).toEqual([{ heading: 'Title', paragraphs: ['Body one body two.', 'Second.'] }]);
  });

  it('names the known sections when one is missing', () => {
    expect(findSection(chapter, 'Conclusion').paragraphs[0]).toMatch(/^Networking is a critical skill/);
    expect(() => findSection(chapter, 'Goals')).toThrow(/no section "Goals".*"Establishing Clear Goals"/);
  });
});
