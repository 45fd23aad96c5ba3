/**
 * Every stored document's key and name, in the order of `documentSpecs` (`src/schemas/index.ts`),
 * with a count of its entries read straight from what is stored. The reset list on "Your data"
 * names and counts the documents from this, so the page need not fetch every document's schema
 * to show it; the schemas load only when the reader backs up or restores. Each count agrees with
 * its spec's `count` on valid data (tests/unit/document-catalog.test.ts holds the two together).
 */

/** One document as the reset list shows it. */
export interface CatalogEntry {
  /** Storage key, the same as the document's spec. */
  key: string;
  /** Name shown to the reader, the same as the document's spec. */
  title: string;
  /**
   * Entries in stored data of any version, read defensively: a part that is missing or of the
   * wrong kind counts as none. Pure; never throws.
   */
  count: (data: Readonly<Record<string, unknown>>) => number;
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** The records in the named top-level lists, together. */
const lists =
  (...keys: string[]) =>
  (data: Readonly<Record<string, unknown>>) =>
    keys.reduce((sum, key) => sum + listOf(data[key]).length, 0);

/** 1 when a text holds more than spaces, as a pitch or a plan name counts once written. */
const written = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? 1 : 0);

/** The documents in backup order; see `documentSpecs` for why interactions precede people. */
export const documentCatalog: readonly CatalogEntry[] = [
  { key: 'goals', title: 'Goals and action plan', count: lists('goals') },
  { key: 'interactions', title: 'Interactions and give log', count: lists('interactions') },
  { key: 'people', title: 'People and organizations', count: lists('people') },
  {
    key: 'pitch',
    title: 'Pitch',
    count: (data) =>
      written(isObject(data['base']) ? data['base']['text'] : undefined) +
      lists('variants', 'versions', 'runs')(data),
  },
  { key: 'communication', title: 'Communication', count: lists('takes', 'plans', 'presence') },
  {
    key: 'development',
    title: 'Development plan',
    count: lists('events', 'organizations', 'sources', 'skills'),
  },
  {
    key: 'plan',
    title: 'Action plan choices',
    count: (data) => written(data['name']) + lists('excluded')(data),
  },
  {
    key: 'progress',
    title: 'Lesson progress',
    count: (data) =>
      listOf(data['lessons']).filter((lesson) => isObject(lesson) && lesson['done'] === true).length,
  },
  { key: 'settings', title: 'Settings', count: (data) => written(data['lastBackupAt']) },
];

/** Entries of `entry`'s document in the data of a stored envelope; 0 when it holds no readable data. */
export function countStored(entry: CatalogEntry, data: unknown): number {
  return isObject(data) ? entry.count(data) : 0;
}
