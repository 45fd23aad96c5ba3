/**
 * Orders two texts by their lower-case form, then as written: a stable, readable order for ties
 * (items on the same day). Not a locale collation on purpose: the first `localeCompare` or
 * `Intl.Collator` of a page loads the locale's collation data, about 12 ms on a phone-speed CPU,
 * which the plan would pay in its first draw only to break ties.
 */
export function byText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
