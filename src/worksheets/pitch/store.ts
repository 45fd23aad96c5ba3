import { atom, type ReadableAtom } from 'nanostores';
import { newId, topList, withChecked, type Patch } from '../../lib/list-edit';
import { assemblePitch, audienceDefaults, type Audience, type PitchPart } from './pitch';
import { elapsedSeconds, isRun } from './practice';
import { checkPace } from './speaking-time';
import { formatDate } from '../../lib/dates';
import { variantSchema, type PitchBase, type PitchDoc, type Variant } from './schema';
import { makeDraftShelf } from '../../stores/drafts';
import { applyEdit, listEditor, parsedBy, type EditResult } from '../../stores/edit';
import { pitch } from './document';
import { offerUndoWhileUnchanged } from '../../stores/undo';

// The pitch builder's edits and practice timer. The document itself lives in `pitch-document.ts`,
// which pages that only read the pitch import; it is re-exported here so the builder has one store.
export { $pitch, pitch } from './document';

/** An edit that was kept (with the new document), or refused with the reason in the reader's words. */
export type PitchResult = EditResult<PitchDoc>;

/** The base pitch with some fields changed and stamped. */
const withBase = (doc: PitchDoc, patch: Partial<PitchBase>, now: Date): PitchDoc => ({
  ...doc,
  base: { ...doc.base, ...patch, updatedAt: now.toISOString() },
});

/** The text the prompts currently make. */
export const assembledText = (base: PitchBase): string => assemblePitch(base);

/**
 * The pitch with one prompt answered. While the reader has not edited the text by hand, the
 * text follows the prompts; once they have, it is left alone and they rebuild it explicitly.
 */
export function withPart(doc: PitchDoc, part: PitchPart, value: string, now: Date): PitchDoc {
  const base = { ...doc.base, [part]: value };
  return withBase(doc, { [part]: value, ...(base.edited ? {} : { text: assemblePitch(base) }) }, now);
}

/**
 * The pitch with its text edited by hand. Text that matches the prompts again counts as not
 * edited, so the prompts drive it once more.
 */
export function withText(doc: PitchDoc, text: string, now: Date): PitchDoc {
  return withBase(doc, { text, edited: text !== assemblePitch(doc.base) }, now);
}

/** The pitch with its text rebuilt from the prompts, dropping hand edits. */
export function withRebuilt(doc: PitchDoc, now: Date): PitchDoc {
  return withBase(doc, { text: assemblePitch(doc.base), edited: false }, now);
}

/** The pitch with a target length for the base pitch. */
export function withTarget(doc: PitchDoc, targetSeconds: number, now: Date): PitchDoc {
  return withBase(doc, { targetSeconds }, now);
}

/** The pitch with a new speaking pace, if it is a sensible one. */
export function withPace(doc: PitchDoc, wpm: number, now: Date): PitchResult {
  const checked = checkPace(wpm);
  if (!checked.ok) return checked;
  return { ok: true, doc: withBase(doc, { wpm: checked.wpm }, now) };
}

/** The pitch with a new variant for `audience`, starting from the base text. */
export function withVariantAdded(doc: PitchDoc, audience: Audience, id: string, now: Date): PitchDoc {
  const defaults = audienceDefaults[audience];
  const variant: Variant = {
    id,
    updatedAt: now.toISOString(),
    audience,
    label: audience === 'custom' ? '' : defaults.label,
    text: doc.base.text,
    targetSeconds: defaults.targetSeconds,
  };
  return { ...doc, variants: [...doc.variants, variant] };
}

/** Where each list of the pitch sits. */
const pitchList = <L extends PitchList>(list: L) => topList<PitchDoc, L>(list);

const VARIANT_GONE = 'That variant no longer exists; it may have been deleted in another tab.';
const variantCheck = parsedBy<Variant>(variantSchema);

/** The pitch with some fields of a variant changed, if the result is valid. */
export function withVariantPatched(doc: PitchDoc, id: string, patch: Patch<Variant>, now: Date): PitchResult {
  return withChecked(doc, pitchList('variants'), id, patch, now, variantCheck, VARIANT_GONE);
}

/** The pitch with a variant chosen to carry (null: the base pitch). */
export function withChosen(doc: PitchDoc, variantId: string | null, now: Date): PitchDoc {
  return { ...doc, chosenVariantId: variantId, chosenAt: now.toISOString() };
}

/** The lists of the document whose records can be deleted and restored. */
export type PitchList = 'variants' | 'versions' | 'runs';

/** Said when there is nothing new to save as a version. */
export const NOTHING_TO_SAVE = 'Write your pitch first: there is no text to save yet.';
/** Said when the text is the same as the latest saved version. */
export const ALREADY_SAVED = 'This text is already saved as your latest version. Change it, then save again.';

/** The pitch with its current text saved as a version, unless it is empty or already the latest. */
export function withVersionSaved(doc: PitchDoc, id: string, note: string, now: Date): PitchResult {
  const text = doc.base.text;
  if (!text.trim()) return { ok: false, error: NOTHING_TO_SAVE };
  if (doc.versions.at(-1)?.text === text) return { ok: false, error: ALREADY_SAVED };
  const at = now.toISOString();
  return {
    ok: true,
    doc: {
      ...doc,
      versions: [...doc.versions, { id, updatedAt: at, savedAt: at, note: note.slice(0, 300), text }],
    },
  };
}

/**
 * The pitch with an earlier version's text back. The current text is saved as a version first
 * (unless it is empty or already among the versions), so restoring never loses what the reader had.
 */
export function withVersionRestored(
  doc: PitchDoc,
  versionId: string,
  snapshotId: string,
  now: Date,
): PitchResult {
  const version = doc.versions.find((candidate) => candidate.id === versionId);
  if (!version)
    return { ok: false, error: 'That version no longer exists; it may have been deleted in another tab.' };
  const alreadyKept = doc.versions.some((candidate) => candidate.text === doc.base.text);
  const note = `Before restoring the version of ${formatDate(version.savedAt.slice(0, 10))}`;
  const saved = alreadyKept ? undefined : withVersionSaved(doc, snapshotId, note, now);
  const next = saved?.ok ? saved.doc : doc;
  return { ok: true, doc: withText(next, version.text, now) };
}

/** The pitch with a practice run logged. */
export function withRun(doc: PitchDoc, id: string, startedAt: Date, seconds: number, now: Date): PitchDoc {
  const run = {
    id,
    updatedAt: now.toISOString(),
    startedAt: startedAt.toISOString(),
    seconds: Math.round(Math.min(3600, seconds) * 10) / 10,
    targetSeconds: doc.base.targetSeconds,
  };
  return { ...doc, runs: [...doc.runs, run] };
}

// Actions: each applies one transform to the stored document.

/** Answers one prompt. */
export function setPart(part: PitchPart, value: string, now = new Date()): void {
  pitch.update((doc) => withPart(doc, part, value, now));
}

/** Edits the pitch text by hand. */
export function setText(text: string, now = new Date()): void {
  pitch.update((doc) => withText(doc, text, now));
}

/** Rebuilds the text from the prompts, and offers to undo, since the hand edits are gone. */
export function rebuildFromPrompts(now = new Date()): void {
  const before = pitch.$data.get().base;
  pitch.update((doc) => withRebuilt(doc, now));
  if (before.edited)
    offerUndoWhileUnchanged(
      'Rebuilt your pitch from the prompts.',
      () => pitch.update((doc) => withBase(doc, { text: before.text, edited: before.edited }, new Date())),
      'pitch',
      pitch.$data,
      (doc) => doc.base.text,
    );
}

/** Sets the base pitch's target length. */
export function setTarget(seconds: number, now = new Date()): void {
  pitch.update((doc) => withTarget(doc, seconds, now));
}

/** Sets the speaking pace; returns why when it is refused (nothing changes then). */
export function setPace(wpm: number, now = new Date()): string | undefined {
  return applyEdit(pitch, (doc) => withPace(doc, wpm, now));
}

/** Adds a variant for an audience, from the base pitch; returns its id for focus. */
export function addVariant(audience: Audience, now = new Date()): string {
  const id = newId();
  pitch.update((doc) => withVariantAdded(doc, audience, id, now));
  return id;
}

/** Chooses the variant to carry (null: the base pitch). */
export function chooseVariant(variantId: string | null, now = new Date()): void {
  pitch.update((doc) => withChosen(doc, variantId, now));
}

const nouns: Record<PitchList, string> = { variants: 'variant', versions: 'version', runs: 'practice run' };

/** The variants, versions and practice runs: deleted with undo; variants also edited when valid. */
export const pitchEditors = {
  variants: listEditor(pitch, pitchList('variants'), {
    check: variantCheck,
    gone: VARIANT_GONE,
    scope: 'pitch',
  }),
  versions: listEditor(pitch, pitchList('versions'), { scope: 'pitch' }),
  runs: listEditor(pitch, pitchList('runs'), { scope: 'pitch' }),
};

/** Deletes a variant, version or run, and offers to undo it. */
export function deleteFrom(list: PitchList, id: string, description: string, now = new Date()): void {
  pitchEditors[list].remove(id, now, `Deleted the ${nouns[list]} ${description}.`);
}

// The note typed for the next version, kept as a draft until the version is saved (see `makeDraftShelf`).
const noteDrafts = makeDraftShelf(
  'networking-workbook:pitch-note-draft',
  (value): value is string => typeof value === 'string',
  (note) => note.trim() !== '',
);

/** The note typed for the next version and not yet saved with it ('' when there is none). */
export function versionNoteDraft(): string {
  return noteDrafts.get('next') ?? '';
}

/** Keeps the note typed for the next version, so a reload or a closed form does not lose it. */
export function keepVersionNote(note: string): void {
  noteDrafts.keep('next', note);
}

/**
 * Saves the current text as a version, with its note; returns why when there is nothing new to
 * save. Once saved, the note's draft is done with.
 */
export function saveVersion(note = '', now = new Date()): string | undefined {
  const error = applyEdit(pitch, (doc) => withVersionSaved(doc, newId(), note, now));
  if (!error) noteDrafts.keep('next', undefined);
  return error;
}

/** Restores an earlier version (after saving the current text), and offers to undo. */
export function restoreVersion(versionId: string, now = new Date()): string | undefined {
  const before = pitch.$data.get().base;
  const error = applyEdit(pitch, (doc) => withVersionRestored(doc, versionId, newId(), now));
  if (!error)
    offerUndoWhileUnchanged(
      'Restored an earlier version of your pitch.',
      () => pitch.update((doc) => withBase(doc, { text: before.text, edited: before.edited }, new Date())),
      'pitch',
      pitch.$data,
      (doc) => doc.base.text,
    );
  return error;
}

const practice = atom<number | null>(null);

/** When the running practice timer started (epoch milliseconds), or null when it is stopped. */
export const $practiceStartedAt: ReadableAtom<number | null> = practice;

/** Starts the practice timer. It lives only in this page: a run is logged when it stops. */
export function startPractice(now = Date.now()): void {
  practice.set(now);
}

/**
 * Stops the timer and logs the run unless it was too short to be one; returns its length in
 * seconds and whether it was logged, or null if the timer was not running.
 */
export function stopPractice(now = Date.now()): { seconds: number; logged: boolean } | null {
  const startedAt = practice.get();
  if (startedAt === null) return null;
  practice.set(null);
  const seconds = elapsedSeconds(startedAt, now);
  const logged = isRun(seconds);
  if (logged) pitch.update((doc) => withRun(doc, newId(), new Date(startedAt), seconds, new Date(now)));
  return { seconds, logged };
}
