import { describe, expect, it } from 'vitest';
import {
  areaInfo,
  checkAreas,
  compareTakes,
  overallScore,
  scoreAreas,
  statements,
  tipsFor,
  unrated,
} from '../../../../src/worksheets/communication/self-check';

/** Every statement rated `rating`, with some areas overridden. */
const all = (rating: number, overrides: Record<string, number> = {}) =>
  Object.fromEntries(statements.map((statement) => [statement.id, overrides[statement.id] ?? rating]));

describe('the self-check statements', () => {
  it('has 8 to 10 statements with unique ids, each area covered', () => {
    expect(statements.length).toBeGreaterThanOrEqual(8);
    expect(statements.length).toBeLessThanOrEqual(10);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    for (const area of checkAreas) expect(statements.some((s) => s.area === area)).toBe(true);
  });
});

describe('scoring a take', () => {
  it('averages each area to one decimal and ignores missing or invalid ratings', () => {
    const scores = scoreAreas({ paraphrase: 2, attention: 3, names: 3, 'follow-up': 7, unknown: 1 });
    expect(scores[0]).toEqual({
      area: 'listening',
      label: 'Active listening',
      score: 2.7,
      rated: 3,
      total: 3,
    });
    expect(scores[1]).toMatchObject({ area: 'questions', score: null, rated: 0 });
    expect(overallScore({})).toBeNull();
    expect(overallScore(all(3, { paraphrase: 5 }))).toBe(3.2);
  });

  it('lists the statements still unrated', () => {
    expect(unrated(all(3))).toEqual([]);
    expect(unrated({ paraphrase: 2 })).toHaveLength(statements.length - 1);
    expect(unrated({ ...all(3), paraphrase: 0 })).toEqual(['paraphrase']);
  });
});

describe('tips', () => {
  it('are for the two lowest areas under 4', () => {
    const tips = tipsFor(
      all(4, { paraphrase: 2, attention: 2, names: 2, share: 3, interrupt: 3, 'follow-up': 3, open: 4 }),
    );
    expect(tips.map((tip) => tip.area)).toEqual(['listening', 'balance']);
    expect(tips[0]!.tip).toBe(areaInfo.listening.tip);
  });

  it('include every area tied for lowest, and none when all areas score 4 or more', () => {
    expect(tipsFor(all(2)).map((tip) => tip.area)).toEqual([...checkAreas]);
    expect(tipsFor(all(4))).toEqual([]);
    expect(tipsFor({})).toEqual([]);
    expect(tipsFor(all(5, { share: 3, interrupt: 3 })).map((tip) => tip.area)).toEqual(['balance']);
  });
});

describe('comparing takes', () => {
  it('says each area’s change in words', () => {
    const changes = compareTakes(
      all(3, { paraphrase: 2, attention: 2, names: 2 }),
      all(3, { share: 4, interrupt: 4 }),
    );
    expect(changes.map((change) => change.text)).toEqual([
      'Active listening: up 1.0 (from 2.0 to 3.0).',
      'Follow-up questions: no change (from 3.0 to 3.0).',
      'Talking and pausing: up 1.0 (from 3.0 to 4.0).',
      'Adapting your style: no change (from 3.0 to 3.0).',
    ]);
    expect(compareTakes(all(4), all(3))[0]!.text).toBe('Active listening: down 1.0 (from 4.0 to 3.0).');
    expect(compareTakes({}, all(3))[0]!.text).toBe('Active listening: not rated both times.');
  });
});
