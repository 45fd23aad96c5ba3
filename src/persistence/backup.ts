import type { ImportPlan, PlannedDocument } from './backup-file';
import type { KeptJson } from '../lib/kept-aside';
import { decodeEnvelope, encodeEnvelope, type Envelope } from '../lib/documents';
import { formatBytes } from '../lib/format';
import { openStorage, toStorageError } from '../lib/storage';
import { documentSpecs } from '../documents';
import { $documents } from './document-store';
import { reloadEverywhere } from './replace-all';
import { recordBackup, settings } from '../stores/settings';
import { readStorageHealth } from './storage-health';

// The backup file format (writing, reading and checking a file) is needed only when the reader
// downloads or restores a backup, so it loads then rather than with the "Your data" page.
const backupFormat = () => import('./backup-file');

/** Writes every pending edit on this page, so a backup or import sees the latest data. */
async function flushAll(): Promise<void> {
  await Promise.all($documents.get().map((doc) => doc.flush()));
}

/**
 * A backup of everything stored, as the text of a file and its suggested name. A document on
 * this page whose latest edits are not stored (its save failed, or the browser keeps nothing)
 * goes in as the page shows it: that is what the reader is asked to keep when saving fails.
 */
export async function exportBackup(now = new Date()): Promise<{ fileName: string; text: string }> {
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
  for (const key of await engine.keys()) {
    const raw = await engine.getItem(key);
    if (key.startsWith('quarantine:')) kept[key] = raw;
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
  const text = serializeBackup(makeBackup(envelopes, now, quarantine));
  await settings.ready();
  // Settings saved by a newer version are read-only here; the backup is made all the same.
  if (!settings.$status.get().readOnly) recordBackup(now);
  return { fileName: backupFileName(now), text };
}

/**
 * The current data of every document, as an import compares against it, and the keys of those
 * saved by a newer version, which an import leaves as they are.
 */
async function currentData(): Promise<{ current: Record<string, unknown>; newerHere: string[] }> {
  const { engine } = await openStorage();
  const current: Record<string, unknown> = {};
  const newerHere: string[] = [];
  for (const spec of documentSpecs) {
    const decoded = decodeEnvelope(spec, await engine.getItem(spec.key));
    if (decoded.kind === 'ok') current[spec.key] = decoded.data;
    if (decoded.kind === 'newer') newerHere.push(spec.key);
  }
  return { current, newerHere };
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
export async function prepareImport(file: Blob, onStep?: (step: ImportStep) => void): Promise<ImportPlan> {
  await flushAll();
  const { planImport, looksLikeBackup, BACKUP_HEAD_BYTES } = await backupFormat();
  onStep?.('reading');
  let text: string;
  try {
    // A file that is not a backup is refused by its first bytes, not read whole.
    if (!looksLikeBackup(await file.slice(0, BACKUP_HEAD_BYTES).text())) {
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
  const { current, newerHere } = await currentData();
  return planImport(text, file.size, documentSpecs, current, newerHere);
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
 */
export async function applyImport(
  documents: readonly PlannedDocument[],
  now = new Date(),
  keptAside: readonly { key: string; value: unknown }[] = [],
): Promise<void> {
  await flushAll();
  const { engine, fallbackReason, standIn } = await openStorage();
  if (fallbackReason) throw new Error(`Nothing was imported: ${fallbackReason.message}`);
  if (standIn?.unread) {
    throw new Error(
      `Nothing was imported: your saved answers could not be read (${standIn.reason.message}), and a restore must not be mixed with them unseen. Reload the page and try again.`,
    );
  }
  const changed = documents.filter((doc) => doc.change === 'add' || doc.change === 'replace');
  const stored = new Set(await engine.keys());
  const entries: [string, unknown][] = keptAside
    .filter(({ key }) => !stored.has(key))
    .map(({ key, value }) => [key, value]);
  for (const doc of changed) {
    const spec = documentSpecs.find((candidate) => candidate.key === doc.key)!;
    entries.push([doc.key, encodeEnvelope(spec, doc.data, now)]);
  }
  await checkRoom(entries);
  try {
    await engine.setItems(entries);
  } catch (error) {
    throw new Error(`Nothing was imported: ${toStorageError(error).message}`, { cause: error });
  }
  await reloadEverywhere(changed.map((doc) => doc.key));
}
