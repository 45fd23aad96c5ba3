import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byText } from '../../src/lib/text-order';

describe('byText', () => {
  it('orders by letters whatever their case, then puts capitals first', () => {
    expect(['call Sofia', 'Book a call', 'ask Elise', 'Ask Elise'].sort(byText)).toEqual([
      'Ask Elise',
      'ask Elise',
      'Book a call',
      'call Sofia',
    ]);
  });

  it('is a consistent order: antisymmetric, and zero only for equal texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(byText(a, b)) + Math.sign(byText(b, a))).toBe(0);
        expect(byText(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
