/** Which items a view keeps, and in what order. The same rule object means the same view. */
export interface ViewRule<T> {
  keep: (item: T) => boolean;
  compare: (a: T, b: T) => number;
}

// Past this many changed items, filtering and sorting afresh is as cheap as patching.
const PATCH_LIMIT = 64;

/**
 * Makes a function that returns `items.filter(rule.keep).sort(rule.compare)` (a stable sort, so
 * ties keep the items' order), patched from its previous answer when the rule is the same and
 * only a few items were replaced: records are immutable, so an item still at its place by
 * identity is unchanged. Logging one interaction then moves one contact in a sorted list of
 * thousands instead of sorting them all again. One per view.
 */
export function makeSortedView<T>(): (items: readonly T[], rule: ViewRule<T>) => T[] {
  let previous: { items: readonly T[]; rule: ViewRule<T>; result: T[] } | undefined;
  const full = (items: readonly T[], rule: ViewRule<T>) => items.filter(rule.keep).sort(rule.compare);

  return (items, rule) => {
    const changed: number[] = [];
    if (previous && previous.rule === rule && previous.items.length === items.length) {
      for (let i = 0; i < items.length && changed.length <= PATCH_LIMIT; i++) {
        if (items[i] !== previous.items[i]) changed.push(i);
      }
    }
    if (
      !previous ||
      previous.rule !== rule ||
      previous.items.length !== items.length ||
      changed.length > PATCH_LIMIT
    ) {
      previous = { items, rule, result: full(items, rule) };
      return previous.result;
    }
    if (changed.length === 0) {
      previous = { ...previous, items };
      return previous.result;
    }
    const gone = new Set(changed.map((i) => previous!.items[i]));
    const result = previous.result.filter((item) => !gone.has(item));
    // Ties are broken by place in `items`, as the stable sort does; looked up only when needed.
    let places: Map<T, number> | undefined;
    const place = (item: T) => (places ??= new Map(items.map((each, i) => [each, i]))).get(item)!;
    const order = (a: T, b: T) => rule.compare(a, b) || place(a) - place(b);
    for (const i of changed) {
      const item = items[i]!;
      if (!rule.keep(item)) continue;
      let low = 0;
      let high = result.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (order(result[middle]!, item) < 0) low = middle + 1;
        else high = middle;
      }
      result.splice(low, 0, item);
    }
    previous = { items, rule, result };
    return result;
  };
}
