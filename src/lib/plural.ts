/**
 * Counts with their nouns in plain English: "1 step", "3 steps", and the reader's own plural
 * phrases such as "talks given" made singular for a count of one ("1 talk given"). Pure.
 */

/** A count and its noun, the noun plural unless the count is exactly one: "1 event", "2 events". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Words that end a phrase's leading noun: "conversations | with analysts", "talks | given". */
const phraseEnds = new Set(
  'with at from to for in on of per by about into among across that who which and or'.split(' '),
);

/** Past participles that follow a counted noun without "-ed": "talks given", "people met". */
const participles = new Set(
  'given held made sent written done met won read taken seen spoken built run begun shown known grown drawn taught bought caught brought found led paid said told kept heard'.split(
    ' ',
  ),
);

/** Plurals that do not end in a plain "s". */
const irregular: Record<string, string> = { people: 'person', children: 'child', men: 'man', women: 'woman' };

/** Words that end in "s" but are not plurals, or are the same in both. */
const invariant = new Set(['news', 'series', 'species', 'means', 'analytics', 'alumni']);

/** One word made singular when it reads as a plural; any other word as it is. */
export function singularWord(word: string): string {
  const lower = word.toLowerCase();
  const mapped = irregular[lower];
  if (mapped) return word[0] === word[0]!.toUpperCase() ? mapped[0]!.toUpperCase() + mapped.slice(1) : mapped;
  if (invariant.has(lower) || !lower.endsWith('s') || /(ss|us|is)$/.test(lower) || lower.length < 3)
    return word;
  if (/ies$/.test(lower) && lower.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(lower)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * A count before a phrase the reader wrote in the plural, e.g. a goal's metric: for one, the last
 * word of the phrase's leading noun is made singular ("1 conversation with product analysts",
 * "1 sales call made"); for any other count the phrase is kept as written.
 */
export function countedPhrase(count: number, phrase: string): string {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return String(count);
  if (count === 1) {
    let end = words.findIndex(
      (word, index) =>
        index > 0 &&
        (phraseEnds.has(word.toLowerCase()) || participles.has(word.toLowerCase()) || /ed$/i.test(word)),
    );
    if (end === -1) end = words.length;
    words[end - 1] = singularWord(words[end - 1]!);
  }
  return `${count} ${words.join(' ')}`;
}
