import type { ImportMode, ImportPlan, PlannedDocument } from './backup-file';
import type { KeptJson } from '../lib/kept-aside';
import * as v from 'valibot';
import { decodeEnvelope, describeIssue, encodeEnvelope, type Envelope } from '../lib/documents';
import { LAST_RESTORED_KEY } from '../lib/last-restored';
import { formatBytes } from '../lib/format';
import { openStorage, toStorageError } from '../lib/storage';
import { documentSpecs } from '../documents';
import { $documents } from './document-store';
import { reloadEverywhere, tellMerged } from './replace-all';
import { recordBackup, settings } from '../stores/settings';
import { readStorageHealth } from './storage-health';
import { mergeDocument, sameData } from './backup-merge';

// The backup file format (writing, reading and checking a file) is needed only when the reader
// downloads or restores a backup, so it loads then rather than with the "Your data" page.
const backupFormat = () => import('./backup-file');
// Locking and unlocking with a passphrase, only when the reader gives one or chooses a locked file.
const backupCrypto = () => import('./backup-crypto');
// A merge writes under each document's lock, as a tab's save does.
const writer = () => import('./document-writer');

/** What is stored under `LAST_RESTORED_KEY`. */
interface LastRestored {
  /** The envelopes of each document as the restored file held it, by key. */
  documents: Record<string, Envelope>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored documents of the last restored backup; none when there is nothing readable. */
function lastRestoredIn(raw: unknown): Record<string, Envelope> {
  if (!isObject(raw) || !isObject(raw['documents'])) return {};
  return raw['documents'] as Record<string, Envelope>;
}

/** Writes every pending edit on this page, so a backup or import sees the latest data. */
async function flushAll(): Promise<void> {
  await Promise.all($documents.get().map((doc) => doc.flush()));
}

/**
 * A backup of everything stored, as the text of a file and its suggested name. A document on
 * this page whose latest edits are not stored (its save failed, or the browser keeps nothing)
 * goes in as the page shows it: that is what the reader is asked to keep when saving fails.
 */
export async function exportBackup(
  now = new Date(),
  passphrase?: string,
): Promise<{ fileName: string; text: string }> {
  await flushAll();
  const { engine, standIn } = await openStorage();
  // The stand-in holds only what was typed since; a file named as a backup must hold it all.
  if (standIn?.unread) {
    throw new Error(
      `your saved answers could not be read (${standIn.reason.message}). They are untouched; reload the page to try again.`,
    );
  }
  const envelopes: Record<string, Envelope> = {};
  const kept: Record<string, unknown> = {};
  let base: Record<string, Envelope> = {};
  for (const key of await engine.keys()) {
    const raw = await engine.getItem(key);
    if (key.startsWith('quarantine:')) kept[key] = raw;
    else if (key === LAST_RESTORED_KEY) base = lastRestoredIn(raw);
    else if (documentSpecs.some((spec) => spec.key === key)) envelopes[key] = raw as Envelope;
  }
  for (const doc of $documents.get()) {
    const status = doc.$status.get();
    // A read-only document shows nothing newer than storage (it may show nothing at all).
    if (status.phase === 'ready' && !status.readOnly && status.save !== 'saved') {
      envelopes[doc.spec.key] = encodeEnvelope(doc.spec, doc.$data.get(), now);
    }
  }
  const { backupFileName, makeBackup, serializeBackup, encodeKeptAside } = await backupFormat();
  const quarantine: Record<string, KeptJson> = {};
  for (const [key, raw] of Object.entries(kept)) quarantine[key] = await encodeKeptAside(raw);
  let text = serializeBackup(makeBackup(envelopes, now, quarantine, base));
  if (passphrase) text = await (await backupCrypto()).encryptBackup(text, passphrase);
  return { fileName: backupFileName(now, Boolean(passphrase)), text };
}

/**
 * Records that the backup made at `now` has left the browser (downloaded, or handed to the share
 * sheet), so the reminder counts from it. Not called when the reader closes the share sheet: a
 * file that went nowhere is no backup.
 */
export async function noteBackupKept(now: Date): Promise<void> {
  await settings.ready();
  // Settings saved by a newer version are read-only here; the backup was made all the same.
  if (!settings.$status.get().readOnly) recordBackup(now);
}

/**
 * The current data of every document, as an import compares against it, and the keys of those
 * saved by a newer version, which an import leaves as they are.
 */
async function currentData(): Promise<{
  current: Record<string, unknown>;
  newerHere: string[];
  lastRestored: Record<string, unknown>;
}> {
  const { engine } = await openStorage();
  const current: Record<string, unknown> = {};
  const newerHere: string[] = [];
  const lastRestored: Record<string, unknown> = {};
  const restored = lastRestoredIn(await engine.getItem(LAST_RESTORED_KEY));
  for (const spec of documentSpecs) {
    const decoded = decodeEnvelope(spec, await engine.getItem(spec.key));
    if (decoded.kind === 'ok') current[spec.key] = decoded.data;
    if (decoded.kind === 'newer') newerHere.push(spec.key);
    // Only a hint for the merge: a copy this version cannot read is simply not used.
    const base = Object.hasOwn(restored, spec.key) ? decodeEnvelope(spec, restored[spec.key]) : undefined;
    if (base?.kind === 'ok') lastRestored[spec.key] = base.data;
  }
  return { current, newerHere, lastRestored };
}

/** The step a restore is at, for the reader to watch a large file go through. */
export type ImportStep = 'reading' | 'checking' | 'writing';

/**
 * Lets the page draw a step before the work of it holds the main thread: a timeout alone may run
 * before the browser paints, and the reader would never see the step.
 */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Reads and checks a chosen file completely; nothing is written. `onStep` hears when reading and
 * checking start: a large network's file takes a few seconds.
 */
export async function prepareImport(
  file: Blob,
  onStep?: (step: ImportStep) => void,
  passphrase?: string,
): Promise<ImportPlan> {
  await flushAll();
  const { planImport, looksLikeBackup, isLocked, BACKUP_HEAD_BYTES, LOCKED_HEAD_BYTES } =
    await backupFormat();
  onStep?.('reading');
  let text: string;
  let head: string;
  try {
    head = await file.slice(0, LOCKED_HEAD_BYTES).text();
    // A file that is not a backup is refused by its first bytes, not read whole.
    if (!looksLikeBackup(head.slice(0, BACKUP_HEAD_BYTES))) {
      return {
        ok: false,
        error:
          'This file is not a workbook backup: it is not JSON (a backup starts with “{”). Choose the backup file you downloaded from this page.',
      };
    }
    text = await file.text();
  } catch {
    return { ok: false, error: 'The file could not be read. Choose it again, or choose another copy.' };
  }
  onStep?.('checking');
  await nextFrame();
  let size = file.size;
  if (isLocked(head)) {
    const crypto = await backupCrypto();
    if (!passphrase) {
      return {
        ok: false,
        locked: true,
        error: 'This backup is locked with a passphrase. Enter it to restore.',
      };
    }
    try {
      text = await crypto.decryptBackup(text, passphrase);
    } catch (error) {
      const wrong = error instanceof crypto.UnlockError && error.reason === 'passphrase';
      return { ok: false, error: (error as Error).message, ...(wrong ? { locked: true as const } : {}) };
    }
    size = text.length;
  }
  const { current, newerHere, lastRestored } = await currentData();
  return planImport(text, size, documentSpecs, current, newerHere, lastRestored);
}

/** About the bytes a value takes stored: the length of its JSON text. */
const sizeOf = (value: unknown) => JSON.stringify(value)?.length ?? 0;

/**
 * Refuses a restore the browser has no room for before anything is written, naming both sizes:
 * a write that fails for space part-way is undone, but the reader is better told first.
 * Browsers that do not say how much room is left are left to refuse the write itself.
 */
async function checkRoom(entries: readonly (readonly [string, unknown])[]): Promise<void> {
  const { usage, quota } = await readStorageHealth();
  if (!quota || usage === undefined) return;
  const needed = entries.reduce((sum, [, value]) => sum + sizeOf(value), 0);
  const free = Math.max(0, quota - usage);
  if (needed > free) {
    throw new Error(
      `Nothing was imported: this backup needs about ${formatBytes(needed)} and the browser has ${formatBytes(free)} left for this site. Free some space on this device, then try again.`,
    );
  }
}

/**
 * Writes a checked import, all or nothing: every document, and the kept-aside copies from the
 * file that this browser does not hold, go to storage in one transaction, which the browser
 * commits whole or not at all, even when the tab closes during it.
 *
 * `replace` writes the file's documents over this browser's, then has every tab read them
 * afresh. `merge` merges each with what is stored at this moment, under each document's lock as
 * a tab's save does (another tab may have saved since the plan was made), and tells the other
 * tabs as a save does, so that they merge it with whatever they have not saved yet.
 * Either way this browser then keeps the file's documents as the starting point of the next merge.
 */
export async function applyImport(
  documents: readonly PlannedDocument[],
  now = new Date(),
  keptAside: readonly { key: string; value: unknown }[] = [],
  mode: ImportMode = 'replace',
): Promise<void> {
  await flushAll();
  const { engine, fallbackReason, standIn } = await openStorage();
  if (fallbackReason) throw new Error(`Nothing was imported: ${fallbackReason.message}`);
  if (standIn?.unread) {
    throw new Error(
      `Nothing was imported: your saved answers could not be read (${standIn.reason.message}), and a restore must not be mixed with them unseen. Reload the page and try again.`,
    );
  }
  const specOf = (key: string) => documentSpecs.find((candidate) => candidate.key === key)!;
  const stored = new Set(await engine.keys());
  const entries: [string, unknown][] = keptAside
    .filter(({ key }) => !stored.has(key))
    .map(({ key, value }) => [key, value]);
  const restored = lastRestoredIn(await engine.getItem(LAST_RESTORED_KEY));
  for (const doc of documents) {
    if (doc.data !== undefined)
      restored[doc.key] = encodeEnvelope(specOf(doc.key), doc.data, new Date(doc.updatedAt));
  }
  entries.push([LAST_RESTORED_KEY, { documents: restored } satisfies LastRestored]);

  const write = async (written: [string, unknown][]) => {
    const all = [...entries, ...written];
    await checkRoom(all);
    try {
      await engine.setItems(all);
    } catch (error) {
      throw new Error(`Nothing was imported: ${toStorageError(error).message}`, { cause: error });
    }
  };

  if (mode === 'replace') {
    const { writesDocument } = await backupFormat();
    const changed = documents.filter((doc) => writesDocument(doc, 'replace'));
    await write(changed.map((doc) => [doc.key, encodeEnvelope(specOf(doc.key), doc.data, now)]));
    await reloadEverywhere(changed.map((doc) => doc.key));
    return;
  }

  // Merging only some documents would leave the file's others out without a word.
  const unmergeable = documents.find((doc) => doc.mergeProblem);
  if (unmergeable) throw new Error(`Nothing was imported: ${unmergeable.mergeProblem}`);
  const mergeable = documents.filter((doc) => doc.merge);
  const { exclusively } = await writer();
  // Nested in write order; tabs take one document's lock at a time, so this cannot deadlock.
  const underLocks = mergeable.reduceRight<() => Promise<[string, Envelope][]>>(
    (inner, doc) => () => exclusively(doc.key, inner),
    async () => {
      const written: [string, Envelope][] = [];
      for (const doc of mergeable) {
        const spec = specOf(doc.key);
        const raw = await engine.getItem(doc.key);
        const current = decodeEnvelope(spec, raw);
        if (current.kind === 'newer' || current.kind === 'invalid') {
          throw new Error(
            `Nothing was imported: “${spec.title}” changed in another tab while the file was being checked. Choose the file again.`,
          );
        }
        const here = current.kind === 'ok' ? current.data : spec.initial();
        // A document without a merge of its own merges only into nothing (`planMerge`).
        const merged = spec.merge
          ? mergeDocument({ merge: spec.merge }, here, doc.data, doc.bases)
          : sameData(here, spec.initial())
            ? doc.data
            : here;
        const checked = v.safeParse(spec.schema, merged);
        if (!checked.success) {
          throw new Error(
            `Nothing was imported: “${spec.title}” changed in another tab and no longer merges (${describeIssue(checked.issues)}). Choose the file again.`,
          );
        }
        if (sameData(here, checked.output)) continue;
        const after = current.kind === 'ok' ? current.updatedAt : undefined;
        written.push([doc.key, encodeEnvelope(spec, checked.output, now, after)]);
      }
      await write(written);
      return written;
    },
  );
  const written = await underLocks();
  await tellMerged(written.map(([key, envelope]) => ({ key, updatedAt: envelope.updatedAt })));
}
