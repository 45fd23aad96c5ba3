import { describe, expect, it } from 'vitest';
import { completion, presenceInfo, presenceItems } from '../../../../src/worksheets/online-presence/presence';

describe('online presence completion', () => {
  it('counts done items as a number, a percentage and a sentence', () => {
    expect(completion(() => false)).toEqual({
      done: 0,
      total: 7,
      percent: 0,
      text: '0 of 7 items done (0 percent).',
    });
    expect(completion((item) => item === 'headline' || item === 'photo').text).toBe(
      '2 of 7 items done (29 percent).',
    );
    expect(completion(() => true).percent).toBe(100);
  });

  it('describes every item', () => {
    for (const item of presenceItems) expect(presenceInfo[item].label).toBeTruthy();
    expect(presenceItems.slice(0, 5)).toEqual(['headline', 'summary', 'photo', 'experience', 'activity']);
  });
});
