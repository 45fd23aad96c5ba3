import * as v from 'valibot';

/** How a document is stored: its data wrapped with the schema version and time of the write. */
export interface Envelope<T = unknown> {
  /** Version of the document's schema the data was written with. */
  schemaVersion: number;
  /** ISO time of the write; tells tabs which copy is newer. */
  updatedAt: string;
  data: T;
}

/** Upgrades data written with schema version `n` to version `n + 1`. Pure. */
export type Migration = (data: unknown) => unknown;

/**
 * Everything the persistence layer needs to know about one stored document. Each document in
 * `src/schemas/` exports one of these.
 */
export interface DocumentSpec<T> {
  /** Storage key; never change it, or readers lose their data. */
  key: string;
  /** Name shown to the reader, e.g. in the save indicator and the backup summary. */
  title: string;
  /** Current schema version; bump it and add a migration when the shape changes. */
  version: number;
  /** What a valid document is (`src/schemas/`); its output type is the document's. */
  schema: v.GenericSchema<unknown, T>;
  /** The empty document a new reader starts with. */
  initial: () => T;
  /** `migrations[n]` turns version n into n + 1. Every version below `version` needs one. */
  migrations: Record<number, Migration>;
  /**
   * Combines this tab's unsaved copy with a newer stored copy so edits to different records,
   * and to different fields of one record, both survive. `base` is the stored copy this tab's
   * copy started from, when known: it tells which side changed what. Without `merge`, this
   * tab's copy wins.
   */
  merge?: (local: T, stored: T, base?: T) => T;
  /**
   * Number of entries, for summaries such as "12 contacts". Counted with `countLists`,
   * `countWritten` and `countWhere`, so it also reads stored data of older versions.
   */
  count: (data: T) => number;
  /**
   * Lists that grow to thousands of records for a large network, by key, as `listParts` gives
   * them. A stored copy is then shown once everything else checks out, and these lists' records
   * are checked in slices (`persistence/record-check.ts`); its reads queue behind other large
   * documents'. The document's schema must check the rest of the document without looking into
   * these lists beyond their own checks.
   */
  largeLists?: Readonly<
    Record<string, { frame: v.GenericSchema<unknown, unknown[]>; item: v.GenericSchema }>
  >;
  /** Data that older versions of this document held and that another document holds now. */
  carryOver?: CarryOver;
}

/**
 * Data an older version of a document kept that a later version keeps in another document (its
 * migration drops it). Whoever reads an older copy hands this data over, merged by id, before
 * writing anything over that copy: the persisted store on load, the backup import from a file.
 */
export interface CarryOver {
  /** Key of the document that holds it now. */
  into: string;
  /**
   * The part of `data` (stored with schema version `version`) that belongs to `into`, in the
   * current form of `into` but not checked yet; undefined when that version held none. Pure.
   */
  take: (data: unknown, version: number) => unknown;
}

/** The outcome of reading a stored value. */
export type Decoded<T> =
  | { kind: 'empty' }
  | { kind: 'ok'; data: T; updatedAt: string; migratedFrom?: number }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; reason: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Specs count with these rather than `data.goals.length`, so the same count reads stored data of
// any version, or damaged data, without the schema: a part that is missing or of the wrong kind
// counts as none. The reset list on "Your data" counts that way (`countStored`).

/** Records in the named top-level lists of `data`, together. */
export function countLists(data: object, ...keys: string[]): number {
  const record = data as Record<string, unknown>;
  return keys.reduce((sum, key) => {
    const list = record[key];
    return sum + (Array.isArray(list) ? list.length : 0);
  }, 0);
}

/** Items of the top-level list `key` that are objects for which `keep` holds. */
export function countWhere(
  data: object,
  key: string,
  keep: (item: Record<string, unknown>) => boolean,
): number {
  const list = (data as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.filter((item) => isObject(item) && keep(item)).length : 0;
}

/** 1 when the text at `path` holds more than spaces (a pitch, a plan's name, a backup day). */
export function countWritten(data: object, ...path: string[]): number {
  let value: unknown = data;
  for (const key of path) value = isObject(value) ? value[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? 1 : 0;
}

/** Entries of `spec`'s document in stored data of any version; 0 when it holds no readable data. */
export function countStored(spec: Pick<DocumentSpec<never>, 'count'>, data: unknown): number {
  return isObject(data) ? spec.count(data as never) : 0;
}

/** Brings data from `from` up to the spec's version; throws naming the missing step. */
export function migrate<T>(spec: DocumentSpec<T>, data: unknown, from: number): unknown {
  let current = data;
  for (let version = from; version < spec.version; version++) {
    const step = spec.migrations[version];
    if (!step) throw new Error(`no migration from version ${version} to ${version + 1}`);
    current = step(current);
  }
  return current;
}

/** Explains the first problem a schema found, e.g. `lessons.0.done: expected boolean`. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'the data does not match';
  const path = issue.path?.map((item) => String(item.key)).join('.');
  // valibot quotes what the data held ("but received "…""), which may be a whole answer.
  const message =
    issue.message.length > MESSAGE_LENGTH ? `${issue.message.slice(0, MESSAGE_LENGTH - 1)}…` : issue.message;
  return path ? `${path}: ${message}` : message;
}

/** The longest an issue's own words get in a message to the reader. */
const MESSAGE_LENGTH = 120;

/**
 * True when a raw stored value is exactly the copy a tab last read or wrote: an envelope of the
 * current version stamped `updatedAt`. Every write stamps a time after the one it was based on,
 * so another tab's write never carries the same stamp. A tab that sees its own copy need not
 * check all of it again, which for a network of thousands of contacts takes seconds.
 */
export function isStoredCopy<T>(spec: DocumentSpec<T>, raw: unknown, updatedAt: string | undefined): boolean {
  return (
    updatedAt !== undefined &&
    isObject(raw) &&
    raw['schemaVersion'] === spec.version &&
    raw['updatedAt'] === updatedAt
  );
}

/** A raw stored value with its envelope checked (or why it is not a document). */
export type Opened =
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'envelope'; schemaVersion: number; updatedAt: string; data: unknown };

/** Checks the envelope around a raw stored value, without looking at its data. */
export function openEnvelope(raw: unknown): Opened {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  let value: unknown = raw;
  if (typeof value === 'string') {
    // A string means an older or foreign writer stored JSON text; accept it if it parses.
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { kind: 'invalid', reason: 'the stored text is not valid JSON' };
    }
  }
  if (!isObject(value)) return { kind: 'invalid', reason: 'the stored value is not a document' };
  const { schemaVersion, updatedAt, data } = value;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return { kind: 'invalid', reason: 'the stored document has no valid schema version' };
  }
  if (typeof updatedAt !== 'string' || Number.isNaN(Date.parse(updatedAt))) {
    return { kind: 'invalid', reason: 'the stored document has no valid date' };
  }
  return { kind: 'envelope', schemaVersion, updatedAt, data };
}

/**
 * Reads a raw stored value as a document of `spec`: checks the envelope, refuses newer
 * versions, runs migrations and validates the result. Never throws.
 */
export function decodeEnvelope<T>(spec: DocumentSpec<T>, raw: unknown): Decoded<T> {
  const opened = openEnvelope(raw);
  if (opened.kind !== 'envelope') return opened;
  const { schemaVersion, updatedAt, data } = opened;
  if (schemaVersion > spec.version) return { kind: 'newer', version: schemaVersion };
  let upgraded: unknown;
  try {
    upgraded = migrate(spec, data, schemaVersion);
  } catch (error) {
    return { kind: 'invalid', reason: `it could not be upgraded (${(error as Error).message})` };
  }
  const parsed = v.safeParse(spec.schema, upgraded);
  if (!parsed.success) return { kind: 'invalid', reason: describeIssue(parsed.issues) };
  return {
    kind: 'ok',
    data: parsed.output,
    updatedAt,
    ...(schemaVersion < spec.version ? { migratedFrom: schemaVersion } : {}),
  };
}

/**
 * Records left to check in a stored document from which `decodeShape` defers the check. Below
 * this, checking everything at once takes a few milliseconds and is not worth deferring.
 */
export const DEFER_CHECK_FROM = 2000;

/**
 * True when a raw stored value may be a document large enough for `decodeShape` (in
 * `persistence/record-check.ts`, loaded only then) to defer checking its records: an envelope of the current
 * version whose large lists (`largeLists`) hold `DEFER_CHECK_FROM` records or more. Cheap: counts, checks
 * nothing.
 */
export function mayDeferCheck<T>(spec: DocumentSpec<T>, raw: unknown): boolean {
  if (!isObject(raw) || raw['schemaVersion'] !== spec.version || !isObject(raw['data'])) return false;
  const data = raw['data'];
  return countLists(data, ...Object.keys(spec.largeLists ?? {})) >= DEFER_CHECK_FROM;
}

/** Wraps data for storage, with a time strictly after `after` so newer always sorts later. */
export function encodeEnvelope<T>(spec: DocumentSpec<T>, data: T, now: Date, after?: string): Envelope<T> {
  let time = now.getTime();
  const previous = after ? Date.parse(after) : Number.NaN;
  if (!Number.isNaN(previous) && time <= previous) time = previous + 1;
  return { schemaVersion: spec.version, updatedAt: new Date(time).toISOString(), data };
}
