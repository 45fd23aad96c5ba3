import { describe, expect, it } from 'vitest';
import { compareTexts, summarizeDiff } from '../../../../src/worksheets/pitch/compare';

describe('comparing pitch versions', () => {
  it('marks words added and removed, keeping the shared ones', () => {
    const parts = compareTexts('I am a data analyst.', 'I am a product analyst.');
    expect(parts.map((part) => `${part.kind}:${part.text}`)).toEqual([
      'same:I am a ',
      'removed:data',
      'added:product',
      'same: analyst.',
    ]);
    expect(summarizeDiff(parts)).toBe('1 word added, 1 word removed.');
  });

  it('says when nothing changed, and counts whole insertions', () => {
    expect(summarizeDiff(compareTexts('Same text.', 'Same text.'))).toBe('No changes.');
    expect(summarizeDiff(compareTexts('', 'Three new words'))).toBe('3 words added, 0 words removed.');
  });
});
