import * as v from 'valibot';
import { countLists, countWritten, type DocumentSpec } from '../../lib/documents';
import { assemblePitch, audiences } from './pitch';
import { mergeLists, mergeRecord } from '../../lib/records';
import { MAX_WPM, MIN_WPM } from './speaking-time';
import { isoInstant, list, longText, object, recordId, shortText, tombstones } from '../../schemas/common';

/** Said when a target length is not a whole number of seconds in a sensible range. */
export const TARGET_RANGE = 'A target length is a whole number of seconds from 10 to 300.';

/** A target length in seconds: 30, 60 or 90 for a spoken pitch, other values for custom variants. */
export const targetSeconds = v.pipe(
  v.number(TARGET_RANGE),
  v.safeInteger(TARGET_RANGE),
  v.minValue(10, TARGET_RANGE),
  v.maxValue(300, TARGET_RANGE),
);

/** A longer text for a written summary: a few paragraphs at most. */
const pitchText = v.pipe(v.string(), v.maxLength(5000));

/**
 * The base pitch: the five prompt answers, the pitch text, and how it is timed. One record with
 * its own `updatedAt`; two tabs' edits of different prompts both survive (see `mergeBase`).
 */
export const baseSchema = object({
  updatedAt: isoInstant,
  /** A hook or opening line: a vivid detail or question that makes people ask more. */
  hook: longText,
  /** Who the reader is: role and field, in plain words. */
  who: longText,
  /** What the reader does and the value they bring: the problem they solve, and for whom. */
  value: longText,
  /** A proof point or short story: one concrete result, with a number if possible. */
  proof: longText,
  /** The ask: something small and specific a listener could do. */
  ask: longText,
  /** The pitch text: assembled from the prompts until the reader edits it, then theirs. */
  text: pitchText,
  /**
   * True once the reader has edited the text by hand, so changing a prompt no longer rebuilds it
   * (which would silently throw their edits away); they rebuild explicitly instead.
   */
  edited: v.boolean(),
  /** Target length of the base pitch, in seconds. */
  targetSeconds,
  /** The reader's speaking pace in words a minute (130 is conversational). */
  wpm: v.pipe(v.number(), v.safeInteger(), v.minValue(MIN_WPM), v.maxValue(MAX_WPM)),
});

/** A version of the pitch adapted for one audience. */
export const variantSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** The audience it is written for; `custom` uses the reader's own label. */
  audience: v.picklist(audiences),
  /** The variant's name, e.g. "Recruiter (Sofia Alvarez)". */
  label: shortText,
  /** The variant's own text, first copied from the base pitch. */
  text: pitchText,
  /** Target length of this variant, in seconds. */
  targetSeconds,
});

/** A saved snapshot of the base pitch text, to compare with or go back to. */
export const versionSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** When the reader saved it. */
  savedAt: isoInstant,
  /** An optional note, e.g. "after the coffee with Daniel". */
  note: shortText,
  /** The pitch text as it was. */
  text: pitchText,
});

/** One timed practice run, said out loud. */
export const runSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** When the run started. */
  startedAt: isoInstant,
  /** How long it took, in seconds (to a tenth). */
  seconds: v.pipe(v.number(), v.minValue(0), v.maxValue(3600)),
  /** The target the run was measured against, in seconds. */
  targetSeconds,
});

/** The `pitch` document: the pitch builder of lesson 3. */
export const pitchSchema = object({
  /** The base pitch, its prompts, and its timing settings. */
  base: baseSchema,
  /** Audience variants, in the reader's order. */
  variants: list(variantSchema, 200),
  /** Saved versions of the base pitch, oldest first. */
  versions: list(versionSchema, 500),
  /** Practice runs, oldest first. */
  runs: list(runSchema, 2000),
  /**
   * The variant the reader chose to carry (printed on the pocket card, and shown in the action
   * plan); null for the base pitch.
   */
  chosenVariantId: v.nullable(recordId),
  /** When the choice was last made, so the later choice wins when two tabs merge. */
  chosenAt: isoInstant,
  /** Deleted variants, versions and runs (ids are unique across lists). */
  deleted: tombstones,
});

export type PitchBase = v.InferOutput<typeof baseSchema>;
export type Variant = v.InferOutput<typeof variantSchema>;
export type PitchVersion = v.InferOutput<typeof versionSchema>;
export type PracticeRun = v.InferOutput<typeof runSchema>;
export type PitchDoc = v.InferOutput<typeof pitchSchema>;

const EPOCH = '1970-01-01T00:00:00.000Z';

/**
 * Two copies of the base pitch merged field by field (`mergeRecord`). Until the reader edits
 * the text by hand it is what the prompts make, so it is assembled again from the merged
 * prompts; a text one copy wrote by hand wins over one the other copy only assembled.
 */
function mergeBase(local: PitchBase, stored: PitchBase, base?: PitchBase): PitchBase {
  const merged = mergeRecord(local, stored, base);
  if (!merged.edited) return { ...merged, text: assemblePitch(merged) };
  const handWritten = [local, stored].filter((copy) => copy.edited && copy.text !== base?.text);
  return handWritten.length === 1 ? { ...merged, text: handWritten[0]!.text } : merged;
}

/** Storage description of the pitch document. */
export const pitchSpec: DocumentSpec<PitchDoc> = {
  key: 'pitch',
  title: 'Pitch',
  version: 1,
  schema: pitchSchema,
  initial: () => ({
    // The epoch, so any real edit in another tab is newer.
    base: {
      updatedAt: EPOCH,
      hook: '',
      who: '',
      value: '',
      proof: '',
      ask: '',
      text: '',
      edited: false,
      targetSeconds: 60,
      wpm: 130,
    },
    variants: [],
    versions: [],
    runs: [],
    chosenVariantId: null,
    chosenAt: EPOCH,
    deleted: {},
  }),
  migrations: {},
  merge: (local, stored, base) => {
    const storedChoiceNewer = Date.parse(stored.chosenAt) > Date.parse(local.chosenAt);
    return {
      ...mergeLists(local, stored, base, ['variants', 'versions', 'runs']),
      base: mergeBase(local.base, stored.base, base?.base),
      chosenVariantId: storedChoiceNewer ? stored.chosenVariantId : local.chosenVariantId,
      chosenAt: storedChoiceNewer ? stored.chosenAt : local.chosenAt,
    };
  },
  count: (data) => countWritten(data, 'base', 'text') + countLists(data, 'variants', 'versions', 'runs'),
};
