import type { ImportPlan, PlannedDocument } from '../lib/backup';
import type { KeptJson } from '../lib/kept-aside';
import { decodeEnvelope, encodeEnvelope, type Envelope } from '../lib/documents';
import { openStorage } from '../lib/storage';
import { documentSpecs } from '../schemas';
import { $documents, reloadEverywhere } from './persisted';
import { recordBackup, settings } from './settings';

// The backup file format (writing, reading and checking a file) is needed only when the reader
// downloads or restores a backup, so it loads then rather than with the "Your data" page.
const backupFormat = () => import('../lib/backup');

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
  const { engine } = await openStorage();
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

/**
 * Writes a checked import, all or nothing: the previous values are kept until every document is
 * written, and put back if any write fails. Kept-aside copies from the file that this browser
 * does not hold are stored first, and removed again if the import fails.
 */
export async function applyImport(
  documents: readonly PlannedDocument[],
  now = new Date(),
  keptAside: readonly { key: string; value: unknown }[] = [],
): Promise<void> {
  await flushAll();
  const { engine, fallbackReason } = await openStorage();
  if (fallbackReason) throw new Error(`Nothing was imported: ${fallbackReason.message}`);
  const changed = documents.filter((doc) => doc.change === 'add' || doc.change === 'replace');
  const before = new Map<string, unknown>();
  for (const doc of changed) before.set(doc.key, await engine.getItem(doc.key));
  const stored = new Set(await engine.keys());
  const written: string[] = [];
  try {
    for (const { key, value } of keptAside) {
      if (stored.has(key)) continue;
      await engine.setItem(key, value);
      written.push(key);
    }
    for (const doc of changed) {
      const spec = documentSpecs.find((candidate) => candidate.key === doc.key)!;
      await engine.setItem(doc.key, encodeEnvelope(spec, doc.data, now));
      written.push(doc.key);
    }
  } catch (error) {
    const notRestored: string[] = [];
    for (const key of written) {
      const previous = before.get(key);
      try {
        await (previous === null || previous === undefined
          ? engine.removeItem(key)
          : engine.setItem(key, previous));
      } catch {
        notRestored.push(key);
      }
    }
    const reason = (error as Error).message;
    if (notRestored.length > 0) {
      await reloadEverywhere(written);
      throw new Error(
        `The import failed part-way (${reason}) and ${notRestored.join(', ')} could not be put back as it was. Check your lessons, and restore your last backup if anything is wrong.`,
        { cause: error },
      );
    }
    throw new Error(`Nothing was imported: ${reason}`, { cause: error });
  }
  await reloadEverywhere(changed.map((doc) => doc.key));
}
