import type { PitchDoc } from './schema';
import { chosenVariant, describeTarget, type CarriedPitch } from './pitch';
import { countWords, describeSeconds, speakingSeconds } from './speaking-time';
import { sectionOf, type PlanItem, type PlanSectionSource } from '../action-plan/model';

/**
 * How long a pitch runs, in words, read through the pitch builder's own timing functions so a
 * change to how a pitch is measured shows in the plan as it does in the builder.
 */
function lengthText(pitch: CarriedPitch, wpm: number): string {
  const words = countWords(pitch.text);
  // A written summary is read, not said: its length is its word count.
  if (pitch.words) return `${words} words · target ${describeTarget(pitch)}`;
  const spoken = describeSeconds(speakingSeconds(words, wpm));
  return `About ${spoken} at ${wpm} words a minute · target ${describeTarget(pitch)}`;
}

/** One pitch as a plan item, or nothing when it has no words yet. */
function pitchItem(pitch: CarriedPitch, wpm: number, label = pitch.label): PlanItem[] {
  const text = pitch.text.trim();
  if (!text) return [];
  return [{ key: pitch.variantId ?? 'base', text, label, detail: lengthText(pitch, wpm) }];
}

/**
 * The pitch the reader carries first; when that is a variant, the base pitch after it, since the
 * base is what every other version is adapted from.
 */
function pitchItems(doc: PitchDoc): PlanItem[] {
  const carried = chosenVariant(doc);
  const wpm = doc.base.wpm;
  if (carried.variantId === null) return pitchItem(carried, wpm);
  const base = chosenVariant({ ...doc, chosenVariantId: null });
  return [...pitchItem(carried, wpm), ...pitchItem(base, wpm, 'Base pitch')];
}

/** The opening line and the ask, which a reader most needs to have ready by heart. */
function rememberItems(doc: PitchDoc): PlanItem[] {
  const lines: PlanItem[] = [];
  if (doc.base.hook.trim()) lines.push({ key: 'hook', label: 'Open with', text: doc.base.hook.trim() });
  if (doc.base.ask.trim()) lines.push({ key: 'ask', label: 'Ask for', text: doc.base.ask.trim() });
  return lines;
}

/** Lesson 3: the pitch the reader chose to carry and the base pitch, its opening line and its ask. */
export const planSection: PlanSectionSource = {
  id: 'pitch',
  title: 'Your pitch',
  documents: ['pitch'],
  build: ({ documents }) => {
    const doc = documents.pitch;
    return sectionOf(
      {
        id: 'pitch',
        title: 'Your pitch',
        prompts: [
          'Your 30-second pitch: who you are, one result you are proud of, what you are looking for.',
          'The question you end with.',
        ],
      },
      doc
        ? [
            { key: 'carried', title: 'The pitch you carry', items: pitchItems(doc) },
            { key: 'remember', title: 'Have these ready', items: rememberItems(doc) },
          ].filter((group) => group.items.length > 0)
        : [],
    );
  },
};
