import * as v from 'valibot';
import { isoInstant } from '../schemas/common';
import {
  decodeEnvelope,
  describeIssue,
  openEnvelope,
  type DocumentSpec,
  type Envelope,
} from '../lib/documents';
import { decodeKeptAside, type KeptJson } from '../lib/kept-aside';
import { mergeDocument, mergeEffect, sameData, type MergeEffect } from './backup-merge';

export { encodeKeptAside } from '../lib/kept-aside';

/** Marks a JSON file as a workbook backup, so a random JSON file is refused with a clear message. */
export const BACKUP_FORMAT = 'networking-workbook-backup';

/**
 * Version of the backup file's outer shape (not of the documents inside, which carry their own
 * schema versions). Bump it only when `Backup` itself changes incompatibly. Version 2 writes
 * kept-aside values with type markers (`kept-aside.ts`) and restores them; version 1 wrote them
 * as plain JSON, which turned binary data into `{}`, so its kept-aside section is not restored.
 */
export const BACKUP_FORMAT_VERSION = 2;

/** Every kept-aside (quarantined) copy sits under a key with this prefix. */
export const QUARANTINE_PREFIX = 'quarantine:';

/**
 * Longest text a browser holds as one string (V8's limit, 2^29 − 24 UTF-16 code units). A backup
 * is made as one string (`serializeBackup`), so no backup the workbook writes is longer.
 */
const MAX_TEXT_LENGTH = 2 ** 29 - 24;

/**
 * Largest file an import accepts: the most a backup the workbook can write takes in UTF-8, at most
 * 3 bytes per code unit of its text. The documents' own list limits allow more than a browser can
 * hold (200,000 interactions of 15,000 characters), so the limit comes from what can be written;
 * 5,000 contacts with 50,000 interactions make a file of about 26 MB. A file that is not a backup
 * is refused by its first bytes (`looksLikeBackup`) before it is read whole.
 */
export const MAX_BACKUP_BYTES = 3 * MAX_TEXT_LENGTH;

/** How many bytes of a file `looksLikeBackup` needs. */
export const BACKUP_HEAD_BYTES = 64;

/**
 * True when the start of a file can begin a backup: an object, after any byte-order mark and
 * spaces. Lets a large file that is not one (a video chosen by mistake) be refused unread.
 */
export const looksLikeBackup = (head: string): boolean => /^\uFEFF?\s*(?:\{|$)/.test(head);

/** How many bytes of a file `isLocked` reads. */
export const LOCKED_HEAD_BYTES = 512;

/**
 * True when the first bytes of a file look like a backup locked with a passphrase
 * (`backup-crypto.ts`), whose settings come before the sealed text: only then is the code that
 * unlocks it fetched, and a plain backup is parsed once, as before.
 */
export const isLocked = (head: string): boolean =>
  /"formatVersion"\s*:\s*3\b/.test(head) && head.includes('"encryption"');

/** What a backup file holds. */
export interface Backup {
  /** Always `BACKUP_FORMAT`; identifies the file. */
  format: typeof BACKUP_FORMAT;
  /** `BACKUP_FORMAT_VERSION` of the page that wrote the file. */
  formatVersion: number;
  /** ISO instant the backup was made. */
  exportedAt: string;
  /** Schema version of each document in this file, e.g. `{ progress: 1, settings: 1 }`. */
  schemaVersions: Record<string, number>;
  /** One envelope per stored document key. */
  documents: Record<string, Envelope>;
  /**
   * Raw values that could not be read and were kept aside (quarantined), encoded by
   * `encodeKeptAside` so nothing is lost; restored as they were, beside the documents.
   */
  quarantine?: Record<string, KeptJson>;
  /**
   * The documents of the backup this device last restored (as stored envelopes), when it has
   * restored one: what this device and the one that made that backup both started from. A
   * merge on another device uses it to tell which side changed what (`commonBase`). Optional;
   * pages that do not know it ignore it.
   */
  base?: Record<string, Envelope>;
}

/**
 * Builds a backup of the given stored envelopes. Envelopes are kept exactly as stored (with their
 * own schema versions and times) so that an import runs the same decoding and migrations as a
 * page load. Throws only if `now` is an invalid date.
 */
export function makeBackup(
  envelopes: Record<string, Envelope>,
  now: Date,
  quarantine?: Record<string, KeptJson>,
  base?: Record<string, Envelope>,
): Backup {
  const documents: Record<string, Envelope> = {};
  const schemaVersions: Record<string, number> = {};
  for (const [key, envelope] of Object.entries(envelopes)) {
    documents[key] = envelope;
    schemaVersions[key] = envelope.schemaVersion;
  }
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    schemaVersions,
    documents,
    // Leave the field out when nothing was quarantined, so ordinary backups stay uncluttered.
    ...(quarantine && Object.keys(quarantine).length > 0 ? { quarantine } : {}),
    ...(base && Object.keys(base).length > 0 ? { base } : {}),
  };
}

/**
 * A backup as pretty-printed JSON text, ready to download. Indented so a reader (or a support
 * person) can open the file and see what it holds.
 */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * File name for a backup made at `now`, e.g. `networking-workbook-backup-2027-03-04.json`, or
 * `…-2027-03-04-locked.json` when locked with a passphrase. Uses the reader's local calendar date,
 * since that is the day they will look for in their downloads.
 */
export function backupFileName(now: Date, locked = false): string {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${BACKUP_FORMAT}-${date}${locked ? '-locked' : ''}.json`;
}

/** One document an import would write, with what it would change. */
export interface PlannedDocument {
  /** Storage key of the document. */
  key: string;
  /** The document's title, for the import summary. */
  title: string;
  /** The imported data: migrated to the current version and validated by the spec's schema. */
  data: unknown;
  /** When the data was last changed in the copy that was backed up. */
  updatedAt: string;
  /** The current spec version (the data has already been migrated to it). */
  schemaVersion: number;
  /** `spec.count` of the imported data, e.g. lessons done; null when this page cannot read it. */
  incomingCount: number | null;
  /** `spec.count` of the data the reader has now; null when this page cannot read it. */
  currentCount: number | null;
  /**
   * `add`: the reader has nothing yet; `replace`: different data would be overwritten. Never
   * written: `unchanged`; `newer-in-file`, saved by a newer version than this page reads (kept
   * out, not guessed at); `newer-here`, this browser's copy is from a newer version (never
   * overwritten by older data).
   */
  change: 'add' | 'replace' | 'unchanged' | 'newer-in-file' | 'newer-here';
  /**
   * This browser's copy merged with the file's (`mergeDocument`), checked by the schema, and
   * what that does here. Absent when the document is not written (`newer-in-file`,
   * `newer-here`) or when the merge breaks a limit of the document (`mergeProblem` says which).
   */
  merge?: { data: unknown; effect: MergeEffect; writes: boolean };
  /** Why this document cannot be merged, when it cannot; replacing still can. */
  mergeProblem?: string;
  /**
   * Copies both sides may have started from (this browser's last restored backup, and the
   * file's), so the merge can be done again against what is stored at the moment of writing.
   */
  bases: unknown[];
}

/** How a restore writes: merged record by record with this browser's data, or replacing it. */
export type ImportMode = 'merge' | 'replace';

/** True when importing `doc` writes it: it adds or replaces data. */
export const writesDocument = (doc: PlannedDocument, mode: ImportMode = 'replace'): boolean =>
  mode === 'merge' ? doc.merge?.writes === true : doc.change === 'add' || doc.change === 'replace';

/** The result of checking a backup file: what importing it would do, or why it cannot be imported. */
export type ImportPlan =
  | {
      ok: true;
      /** When the backup was made, as written in the file. */
      exportedAt: string;
      /** The documents in the file, in the order of `specs`. */
      documents: PlannedDocument[];
      /** Titles of known documents the file does not contain (they stay as they are). */
      missing: string[];
      /** Kept-aside copies in the file, decoded, to be stored again under their own keys. */
      keptAside: { key: string; value: unknown }[];
    }
  | {
      ok: false;
      /** What is wrong, in words for the reader. */
      error: string;
      /** Set when the file is locked with a passphrase: the reader is asked for it. */
      locked?: true;
    };

const CHOOSE_AGAIN = 'Choose the backup file you downloaded from this page.';
const NOTHING_IMPORTED = 'Nothing was imported.';
const RELOAD = 'Reload the page to update, then import again.';

/**
 * Keys that could alter prototypes if a later step copied the data with `Object.assign` or a
 * spread into a plain object. The workbook never writes them, so their presence means the file was
 * tampered with or is not ours.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where a document's tombstones sit in a backup: `documents.<key>.data.deleted`. */
const TOMBSTONES_PATH = /^documents\.[^.]+\.data\.deleted$/;

/** Thrown inside `planImport` to stop at the first problem; always caught there. */
class ImportProblem extends Error {}

function fail(message: string): never {
  throw new ImportProblem(message);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a property only if the object has it itself, so a file lacking a field never falls
 * through to something inherited from `Object.prototype`.
 */
const own = (object: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(object, key) ? object[key] : undefined;

/** A short quoted form of a value from the file, for messages; long values are cut. */
function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Names the kind of a JSON value, e.g. "a list", for "it holds a list rather than…". */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a piece of text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a true/false value';
  return 'something else';
}

/** A size in MB (or GB) with one decimal, rounded up so a file just over a limit never reads as at it. */
function fileSize(bytes: number): string {
  const [unit, amount] = bytes >= 1024 ** 3 ? ['GB', bytes / 1024 ** 3] : ['MB', bytes / 1024 ** 2];
  return `${(Math.ceil(amount * 10) / 10).toFixed(1)} ${unit}`;
}

/**
 * Finds the first forbidden key anywhere in a parsed JSON value and returns its name and the path
 * of the object holding it. `JSON.parse` turns `"__proto__"` into an ordinary own property (it
 * does not set the prototype), so own keys are listed on every object. Walks with an explicit
 * stack because a hostile file can nest deeper than the call stack allows.
 */
function findForbiddenKey(root: unknown): { key: string; path: string } | undefined {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    const join = (key: string) => (path ? `${path}.${key}` : key);
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: join(String(index)) }));
      continue;
    }
    // The keys of a document's tombstones are record ids, which may be any text: the schema
    // keeps them on an object without a prototype, and a reader's own file must restore.
    const idKeyed = TOMBSTONES_PATH.test(path);
    for (const key of Object.getOwnPropertyNames(value)) {
      if (FORBIDDEN_KEYS.has(key) && !idKeyed) return { key, path };
      stack.push({ value: (value as Record<string, unknown>)[key], path: join(key) });
    }
  }
  return undefined;
}

/** `spec.count`, or 0 if the reader's current data is too broken to count (it is about to be replaced). */
function safeCount(spec: DocumentSpec<unknown>, data: unknown): number {
  try {
    return spec.count(data);
  } catch {
    return 0;
  }
}

/** Parses the file's text, turning the parser's error into a message for the reader. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // V8 quotes part of the file in its message; keep it short enough to read in a dialog.
    const reason = error instanceof Error ? error.message : String(error);
    const brief = reason.length > 100 ? `${reason.slice(0, 99)}…` : reason;
    return fail(`This file is not a workbook backup: it is not JSON (${brief}). ${CHOOSE_AGAIN}`);
  }
}

/** Checks the outer shape of a parsed backup; returns its `exportedAt`, `documents` and format. */
function checkOuterShape(parsed: unknown): {
  exportedAt: string;
  documents: Record<string, unknown>;
  formatVersion: number;
} {
  if (!isObject(parsed)) {
    fail(
      `This file is not a workbook backup: it holds ${kindOf(parsed)} rather than a backup. ${CHOOSE_AGAIN}`,
    );
  }
  if (own(parsed, 'format') !== BACKUP_FORMAT) {
    fail(`This file is not a workbook backup: it has no "format": "${BACKUP_FORMAT}" field. ${CHOOSE_AGAIN}`);
  }

  const formatVersion = own(parsed, 'formatVersion');
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    const found = formatVersion === undefined ? 'it is missing' : `it is ${show(formatVersion)}`;
    fail(
      `This backup is damaged: its "formatVersion" should be a whole number such as 1, but ${found}. ${NOTHING_IMPORTED}`,
    );
  }
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    fail(
      `This backup was made by a newer version of the workbook (backup format ${String(formatVersion)}). ${RELOAD}`,
    );
  }

  // Checked after the format so that a stranger's JSON file gets "not a backup" rather than this.
  // The quarantine section is skipped: it holds whatever unreadable data was kept aside, and it
  // is never imported, so its contents cannot reach an object the workbook uses.
  const forbidden = findForbiddenKey(
    Object.fromEntries(Object.entries(parsed).filter(([key]) => key !== 'quarantine')),
  );
  if (forbidden) {
    const where = forbidden.path ? `at ${forbidden.path}` : 'at the top level';
    fail(
      `This file contains a key named "${forbidden.key}" (${where}), which a backup never has. ${NOTHING_IMPORTED}`,
    );
  }

  const exportedAt = own(parsed, 'exportedAt');
  if (
    typeof exportedAt !== 'string' ||
    !v.is(isoInstant, exportedAt) ||
    Number.isNaN(Date.parse(exportedAt))
  ) {
    const found = exportedAt === undefined ? 'it is missing' : `it is ${show(exportedAt)}`;
    fail(
      `This backup is damaged: its "exportedAt" should be the date and time it was made, but ${found}. ${NOTHING_IMPORTED}`,
    );
  }

  const documents = own(parsed, 'documents');
  if (!isObject(documents)) {
    fail(`This backup is damaged: it has no "documents" section holding the saved data. ${NOTHING_IMPORTED}`);
  }
  return { exportedAt, documents, formatVersion };
}

/** The kept-aside copies of a file of format 2 or later, decoded; older files' are left out. */
function keptAsideIn(
  parsed: Record<string, unknown>,
  formatVersion: number,
): { key: string; value: unknown }[] {
  const section = own(parsed, 'quarantine');
  if (formatVersion < 2 || !isObject(section)) return [];
  return Object.keys(section)
    .filter((key) => key.startsWith(QUARANTINE_PREFIX))
    .map((key) => ({ key, value: decodeKeptAside(section[key]) }));
}

/**
 * The documents of the file's `base` that this page reads, decoded as on a page load. The base
 * only helps a merge tell which side changed what, so a part of it that does not read is left
 * out rather than refusing a file whose documents are sound.
 */
function baseIn(parsed: Record<string, unknown>, specs: readonly DocumentSpec<unknown>[]) {
  const section = own(parsed, 'base');
  const base: Record<string, unknown> = {};
  if (!isObject(section)) return base;
  for (const spec of specs) {
    const decoded = decodeEnvelope(spec, own(section, spec.key));
    if (decoded.kind === 'ok') base[spec.key] = decoded.data;
  }
  return base;
}

/**
 * Moves data that an older document in the file still holds into the document that holds it now
 * (see `CarryOver`), merged by id with that document if the file has it, so that importing an old
 * backup loses nothing. Changes `documents` in place; fails naming the document when the data to
 * move is damaged. A target the file holds but that cannot be read is left for `planDocument` to
 * report.
 */
function carryOverInFile(
  documents: Record<string, unknown>,
  specsByKey: ReadonlyMap<string, DocumentSpec<unknown>>,
): void {
  for (const spec of specsByKey.values()) {
    const carry = spec.carryOver;
    const target = carry && specsByKey.get(carry.into);
    if (!carry || !target || !Object.hasOwn(documents, spec.key)) continue;
    const opened = openEnvelope(documents[spec.key]);
    if (opened.kind !== 'envelope' || opened.schemaVersion >= spec.version) continue;
    const taken = carry.take(opened.data, opened.schemaVersion);
    if (taken === undefined) continue;
    const checked = v.safeParse(target.schema, taken);
    if (!checked.success) {
      fail(`“${spec.title}” in this file is damaged: ${describeIssue(checked.issues)}. ${NOTHING_IMPORTED}`);
    }
    let data = checked.output;
    let updatedAt = opened.updatedAt;
    if (Object.hasOwn(documents, target.key)) {
      const existing = decodeEnvelope(target, documents[target.key]);
      if (existing.kind !== 'ok') continue;
      data = target.merge ? target.merge(existing.data, data) : existing.data;
      if (Date.parse(existing.updatedAt) > Date.parse(updatedAt)) updatedAt = existing.updatedAt;
    }
    documents[target.key] = { schemaVersion: target.version, updatedAt, data } satisfies Envelope;
  }
}

/**
 * Decodes one document of the file with the same rules as a page load; fails naming the document.
 * One saved by a newer version, in the file or in this browser, is planned to be left as it is.
 */
function planDocument(
  spec: DocumentSpec<unknown>,
  envelope: unknown,
  current: Record<string, unknown>,
  newerHere: boolean,
  bases: unknown[],
): PlannedDocument {
  const name = `“${spec.title}” in this file`;
  const existing = Object.hasOwn(current, spec.key) ? current[spec.key] : undefined;
  const kept = { key: spec.key, title: spec.title, data: undefined, schemaVersion: spec.version, bases };
  if (envelope === null || envelope === undefined) fail(`${name} has no data. ${NOTHING_IMPORTED}`);
  // decodeEnvelope also accepts JSON text (for old storage), but a backup always holds objects;
  // refusing text keeps its contents from escaping the forbidden-key check above.
  if (!isObject(envelope)) fail(`${name} is damaged: it is not a saved document. ${NOTHING_IMPORTED}`);

  const decoded = decodeEnvelope(spec, envelope);
  switch (decoded.kind) {
    case 'empty':
      return fail(`${name} has no data. ${NOTHING_IMPORTED}`);
    case 'newer': {
      const updatedAt = (envelope as { updatedAt: string }).updatedAt;
      const currentCount = newerHere ? null : safeCount(spec, existing ?? spec.initial());
      return { ...kept, updatedAt, incomingCount: null, currentCount, change: 'newer-in-file' };
    }
    case 'invalid':
      return fail(`${name} is damaged: ${decoded.reason}. ${NOTHING_IMPORTED}`);
    case 'ok':
      break;
  }

  if (newerHere) {
    const incomingCount = spec.count(decoded.data);
    return { ...kept, updatedAt: decoded.updatedAt, incomingCount, currentCount: null, change: 'newer-here' };
  }
  const initial = spec.initial();
  // No stored document reads as the empty one, so importing an empty document over nothing is
  // "unchanged" rather than an "add" that would add nothing.
  const effective = existing === undefined ? initial : existing;
  const change = sameData(decoded.data, effective)
    ? 'unchanged'
    : sameData(effective, initial)
      ? 'add'
      : 'replace';
  return {
    key: spec.key,
    title: spec.title,
    data: decoded.data,
    updatedAt: decoded.updatedAt,
    schemaVersion: spec.version,
    incomingCount: spec.count(decoded.data),
    currentCount: safeCount(spec, effective),
    change,
    bases,
    ...planMerge(spec, effective, decoded.data, bases),
  };
}

/**
 * This browser's copy merged with the file's, checked like any copy before it is written: two
 * lists each within their limit can together exceed it, and then this document can only be
 * replaced.
 */
function planMerge(
  spec: DocumentSpec<unknown>,
  here: unknown,
  there: unknown,
  bases: unknown[],
): Pick<PlannedDocument, 'merge' | 'mergeProblem'> {
  if (!spec.merge && !sameData(here, spec.initial())) {
    return { mergeProblem: `“${spec.title}” cannot be merged, only replaced.` };
  }
  const checked = v.safeParse(
    spec.schema,
    spec.merge ? mergeDocument({ merge: spec.merge }, here, there, bases) : there,
  );
  if (!checked.success) {
    return {
      mergeProblem: `“${spec.title}” cannot be merged: together the two copies break a limit (${describeIssue(checked.issues)}). Replace it, or delete some of it here first.`,
    };
  }
  const data = checked.output;
  return { merge: { data, effect: mergeEffect(here, data), writes: !sameData(here, data) } };
}

/**
 * Validates a backup file completely before anything is written, and says what importing it
 * would change. Stops at the first problem with a message that names it. Never throws, whatever
 * the input.
 *
 * @param text the file's text
 * @param byteLength the file's size in bytes; checked first, before any parsing
 * @param specs the known document specs
 * @param current the current data of each document by key (a missing key means empty)
 * @param newerHere keys of the documents this browser holds from a newer version, never replaced
 * @param lastRestored the data of each document in the backup this browser last restored, by
 *   key: with the file's own `base`, what a merge may take as both sides' starting point
 */
export function planImport(
  text: string,
  byteLength: number,
  specs: readonly DocumentSpec<unknown>[],
  current: Record<string, unknown>,
  newerHere: readonly string[] = [],
  lastRestored: Record<string, unknown> = {},
): ImportPlan {
  try {
    // UTF-8 never takes fewer bytes than UTF-16 code units, so `text.length` is a floor on the
    // size even if the caller passes a wrong or non-finite byte length.
    const reported = byteLength > 0 ? byteLength : 0; // NaN and negative sizes say nothing
    const size = Math.max(reported, typeof text === 'string' ? text.length : 0);
    if (size > MAX_BACKUP_BYTES) {
      const most = fileSize(MAX_BACKUP_BYTES);
      const amount = Number.isFinite(size) ? fileSize(size) : `larger than ${most}`;
      return {
        ok: false,
        error: `This file is ${amount}; a workbook backup is at most ${most}. ${CHOOSE_AGAIN}`,
      };
    }
    if (typeof text !== 'string' || text.trim() === '') {
      return { ok: false, error: `This file is empty. ${CHOOSE_AGAIN}` };
    }

    // Editors on Windows may save with a byte-order mark, which JSON.parse rejects.
    const parsed = parseJson(text.replace(/^\uFEFF/, ''));
    const { exportedAt, documents, formatVersion } = checkOuterShape(parsed);

    // A Map, not an object, so a document named "toString" cannot match something inherited.
    const specsByKey = new Map(specs.map((spec) => [spec.key, spec]));
    for (const key of Object.keys(documents)) {
      if (!specsByKey.has(key)) {
        fail(
          `This backup contains a document named ${show(key)} that this version of the workbook does not know; it may come from a newer version. ${RELOAD}`,
        );
      }
    }

    carryOverInFile(documents, specsByKey);
    const fileBase = baseIn(parsed as Record<string, unknown>, specs);
    const planned: PlannedDocument[] = [];
    const missing: string[] = [];
    for (const spec of specs) {
      if (Object.hasOwn(documents, spec.key)) {
        const bases = [lastRestored[spec.key], fileBase[spec.key]].filter((base) => base !== undefined);
        planned.push(planDocument(spec, documents[spec.key], current, newerHere.includes(spec.key), bases));
      } else {
        missing.push(spec.title);
      }
    }
    const keptAside = keptAsideIn(parsed as Record<string, unknown>, formatVersion);
    return { ok: true, exportedAt, documents: planned, missing, keptAside };
  } catch (error) {
    if (error instanceof ImportProblem) return { ok: false, error: error.message };
    // A bug or an exhausted stack must still leave the reader with a message, not a dead button.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `This file could not be read (${reason}). ${NOTHING_IMPORTED}` };
  }
}
