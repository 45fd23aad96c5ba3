/**
 * Assembling a pitch from its five parts, and the audiences it is adapted for. Pure.
 */
import {
  describeSeconds,
  timingVerdict,
  wordVerdict,
  type LengthVerdict,
  type WordTarget,
} from './speaking-time';

/** The five parts of a pitch, in the order the lesson teaches them. */
export const pitchParts = ['hook', 'who', 'value', 'proof', 'ask'] as const;

/** One part of a pitch. */
export type PitchPart = (typeof pitchParts)[number];

/** The reader's answers to the five prompts. */
export type PitchParts = Record<PitchPart, string>;

/** A sentence ends with punctuation, so joined parts still read as sentences. */
function asSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed) return '';
  return /[.!?…]["”’)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The pitch the prompts make: the hook opens it (it is what makes people listen), then who the
 * reader is, their value, the proof and the ask, which closes it so the listener knows what to do.
 * Empty parts are skipped.
 */
export function assemblePitch(parts: PitchParts): string {
  return pitchParts
    .map((part) => asSentence(parts[part]))
    .filter(Boolean)
    .join(' ');
}

/** The audiences the lesson adapts a pitch for, plus the reader's own. */
export const audiences = ['recruiter', 'peer', 'written', 'informal', 'custom'] as const;

/** One audience a variant is written for. */
export type Audience = (typeof audiences)[number];

/**
 * What each audience is called, and the length that suits it: in seconds for a pitch that is
 * said, and for one that is read (`words`), in words, which is how its guidance counts.
 */
export const audienceDefaults: Record<
  Audience,
  { label: string; targetSeconds: number; advice: string; words?: WordTarget }
> = {
  recruiter: {
    label: 'Recruiter',
    targetSeconds: 30,
    advice:
      'Lead with the role you want and your strongest evidence of fit; ask which openings to watch for.',
  },
  peer: {
    label: 'Conference peer',
    targetSeconds: 30,
    advice: 'Lead with the topic you share and end with a question about their work rather than an ask.',
  },
  written: {
    label: 'Written online summary',
    targetSeconds: 90,
    advice: 'First person, 150 to 250 words in three short paragraphs, ending with what you are open to.',
    words: { min: 150, max: 250 },
  },
  informal: {
    label: 'Informal introduction',
    targetSeconds: 30,
    advice: 'Two or three sentences in the third person that a friend can forward as is.',
  },
  custom: {
    label: 'Other audience',
    targetSeconds: 60,
    advice: 'Name the audience, keep the core, and change the emphasis to what they care about.',
  },
};

/** The text a pocket card or an action plan shows: the chosen variant, or the base pitch. */
export interface CarriedPitch {
  /** The variant's id, or null for the base pitch. */
  variantId: string | null;
  /** "Recruiter", "Informal introduction", or "Your pitch" for the base. */
  label: string;
  text: string;
  targetSeconds: number;
  /** The word target of a pitch that is read, not said; its length is then judged in words. */
  words?: WordTarget;
}

/** The minimal shape of a pitch document the selectors read. */
interface PitchLike {
  base: { text: string; targetSeconds: number };
  variants: readonly { id: string; audience: Audience; label: string; text: string; targetSeconds: number }[];
  chosenVariantId: string | null;
}

/**
 * The pitch the reader chose to carry: the chosen variant, or the base pitch when none is chosen
 * or the chosen one was deleted. The action plan prints it.
 */
export function chosenVariant(doc: PitchLike): CarriedPitch {
  const variant = doc.variants.find((candidate) => candidate.id === doc.chosenVariantId);
  if (variant)
    return {
      variantId: variant.id,
      label: variant.label.trim() || audienceDefaults[variant.audience].label,
      text: variant.text,
      targetSeconds: variant.targetSeconds,
      words: audienceDefaults[variant.audience].words,
    };
  return { variantId: null, label: 'Your pitch', text: doc.base.text, targetSeconds: doc.base.targetSeconds };
}

/**
 * The written summary for an online profile: the chosen variant when it is a written one, else
 * the first written variant with text; undefined when there is none.
 */
export function writtenSummary(doc: PitchLike): string | undefined {
  const written = doc.variants.filter((variant) => variant.audience === 'written' && variant.text.trim());
  return (written.find((variant) => variant.id === doc.chosenVariantId) ?? written[0])?.text;
}

/** A variant's length verdict: its word count for a written audience, else its speaking time. */
export function variantVerdict(
  variant: { audience: Audience; text: string; targetSeconds: number },
  wpm: number,
): LengthVerdict {
  const words = audienceDefaults[variant.audience].words;
  return words ? wordVerdict(variant.text, words) : timingVerdict(variant.text, variant.targetSeconds, wpm);
}

/** The carried pitch's target in its own unit: "30 seconds", or "150 to 250 words" when it is read. */
export function describeTarget(carried: CarriedPitch): string {
  return carried.words
    ? `${carried.words.min} to ${carried.words.max} words`
    : describeSeconds(carried.targetSeconds);
}
