import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSortedView, type ViewRule } from '../../../../src/worksheets/follow-up/sorted-view';

interface Item {
  key: number;
  shown: boolean;
}

// Few distinct keys, so that many items tie and the order of ties matters.
const item = fc.record({ key: fc.integer({ min: 0, max: 5 }), shown: fc.boolean() });
const byKey: ViewRule<Item> = { keep: (x) => x.shown, compare: (a, b) => a.key - b.key };
const byKeyDown: ViewRule<Item> = { keep: (x) => x.key !== 3, compare: (a, b) => b.key - a.key };
const full = (items: readonly Item[], rule: ViewRule<Item>) => items.filter(rule.keep).sort(rule.compare);

/** An edit: replace some items with new objects, add or remove one, or switch the rule. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.array(fc.nat(), { maxLength: 70 }), with: item }),
  fc.record({ kind: fc.constant('add' as const), with: item }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('rule' as const), down: fc.boolean() }),
  fc.constant({ kind: 'same' as const }),
);

describe('makeSortedView', () => {
  it('always equals filtering and stable-sorting the items afresh', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.array(edit, { maxLength: 20 }), (start, edits) => {
        const view = makeSortedView<Item>();
        let items = start.map((x) => ({ ...x }));
        let rule = byKey;
        expect(view(items, rule)).toEqual(full(items, rule));
        for (const change of edits) {
          if (change.kind === 'replace' && items.length) {
            items = [...items];
            for (const at of change.at) items[at % items.length] = { ...change.with };
          } else if (change.kind === 'add') items = [...items, { ...change.with }];
          else if (change.kind === 'remove') items = items.filter((_, i) => i !== change.at % items.length);
          else if (change.kind === 'rule') rule = change.down ? byKeyDown : byKey;
          const result = view(items, rule);
          // Same items in the same order, each the very object of `items`.
          expect(result.length).toBe(full(items, rule).length);
          full(items, rule).forEach((expected, i) => expect(result[i]).toBe(expected));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns its previous answer when nothing changed, and never changes an answer it gave', () => {
    const view = makeSortedView<Item>();
    const items = [
      { key: 2, shown: true },
      { key: 1, shown: true },
    ];
    const first = view(items, byKey);
    expect(view([...items], byKey)).toBe(first);
    const copy = [...first];
    view([items[0]!, { key: 0, shown: true }], byKey);
    expect(first).toEqual(copy);
  });
});
