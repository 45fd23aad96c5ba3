import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/schemas/lesson';

const valid = {
  title: 'Establishing Clear Goals',
  navTitle: 'Clear goals',
  summary: 'Turn a general wish to grow your career into SMART goals and a dated plan.',
  objectives: ['Name one to three career objectives', 'Rewrite each objective as a SMART goal'],
  minutes: 15,
  section: 'Establishing Clear Goals',
  worksheets: ['goals'],
};

describe('lessonSchema', () => {
  it('accepts complete front matter', () => {
    expect(lessonSchema.parse(valid)).toEqual(valid);
  });

  it('fills in defaults for optional fields', () => {
    const { navTitle: _navTitle, worksheets: _worksheets, ...minimal } = valid;
    const parsed = lessonSchema.parse(minimal);
    expect(parsed.worksheets).toEqual([]);
    expect(parsed.navTitle).toBeUndefined();
  });

  it.each([
    ['a missing title', { title: undefined }, 'title'],
    ['a summary longer than 200 characters', { summary: 'x'.repeat(201) }, 'summary'],
    ['no objectives', { objectives: [] }, 'objectives'],
    ['fractional minutes', { minutes: 7.5 }, 'minutes'],
    ['zero minutes', { minutes: 0 }, 'minutes'],
    ['minutes as text', { minutes: '15' }, 'minutes'],
    ['an unknown worksheet', { worksheets: ['budget'] }, 'worksheets'],
    [
      'a nav title too long for the sidebar',
      { navTitle: 'A label far too long for the sidebar' },
      'navTitle',
    ],
    ['an unknown field (likely a typo)', { minute: 5 }, ''],
  ])('rejects %s', (_label, change, path) => {
    const result = lessonSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContainEqual(
      expect.stringContaining(path),
    );
  });
});
