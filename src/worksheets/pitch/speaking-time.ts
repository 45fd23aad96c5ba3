/**
 * Speaking time: how long a text takes to say at a conversational pace, and whether that fits
 * the reader's target; and for a text that is read, not said, its word count against a word
 * target. Pure; the pitch builder and its tests share these rules.
 */

/** Conversational speaking pace the lesson teaches, in words per minute. */
export const DEFAULT_WPM = 130;

/** The slowest and fastest paces the reader may set; outside them the estimate means little. */
export const MIN_WPM = 80;
export const MAX_WPM = 220;

/** The pitch lengths the lesson teaches, in seconds. */
export const targetLengths = [30, 60, 90] as const;

/** One of the taught pitch lengths. */
export type TargetSeconds = (typeof targetLengths)[number];

/**
 * Words in a text: runs of letters or digits, so punctuation, dashes and extra spaces do not
 * count, "health-tech", "I'm" and "1,200" are one word each, and "40 percent" is two, as spoken.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|[.,]\p{N}+)*/gu)?.length ?? 0;
}

/** Seconds it takes to say `words` words at `wpm` words a minute (a non-positive pace counts as the default). */
export function speakingSeconds(words: number, wpm: number = DEFAULT_WPM): number {
  const pace = Number.isFinite(wpm) && wpm > 0 ? wpm : DEFAULT_WPM;
  return Math.max(0, words) * (60 / pace);
}

/** How many words fit in `seconds` at `wpm`: 65 for 30 seconds at 130 a minute. */
export function wordsForSeconds(seconds: number, wpm: number = DEFAULT_WPM): number {
  return Math.round((seconds * wpm) / 60);
}

/**
 * How far from the target still counts as on target: 10 percent, and never under 5 seconds,
 * because nobody hears the difference between a 26- and a 30-second pitch.
 */
export function toleranceSeconds(target: number): number {
  return Math.max(5, target * 0.1);
}

/** Where a length stands against its target. */
export type VerdictKind = 'empty' | 'under' | 'on-target' | 'over';

/** A length verdict, in words the reader can read without seeing its colour or icon. */
export interface LengthVerdict {
  kind: VerdictKind;
  /** A sentence such as "60 words under the target of 150 to 250 words." */
  text: string;
}

/** A timing verdict: a length verdict in seconds. */
export interface TimingVerdict extends LengthVerdict {
  /** Whole seconds the pitch takes. */
  seconds: number;
  /** Seconds short of (under) or past (over) the target; 0 on target. */
  off: number;
}

/** Seconds in words: "1 second", "45 seconds", "1 minute 30 seconds". */
export function describeSeconds(total: number): string {
  const seconds = Math.round(total);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (seconds < 60) return plural(seconds, 'second');
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? plural(minutes, 'minute') : `${plural(minutes, 'minute')} ${plural(rest, 'second')}`;
}

/** Compares a text's speaking time at `wpm` with a target length in seconds. */
export function timingVerdict(text: string, target: number, wpm: number = DEFAULT_WPM): TimingVerdict {
  const words = countWords(text);
  const seconds = Math.round(speakingSeconds(words, wpm));
  if (words === 0)
    return {
      kind: 'empty',
      seconds: 0,
      off: 0,
      text: `No words yet. Aim for about ${wordsForSeconds(target, wpm)} words.`,
    };
  return judgeSeconds(seconds, target);
}

/** Compares a length in seconds (estimated or timed in practice) with a target. */
export function judgeSeconds(seconds: number, target: number): TimingVerdict {
  const rounded = Math.round(seconds);
  const difference = rounded - target;
  const goal = `your ${target}-second target`;
  if (Math.abs(difference) <= toleranceSeconds(target))
    return {
      kind: 'on-target',
      seconds: rounded,
      off: 0,
      text: `About ${describeSeconds(rounded)}: on ${goal}.`,
    };
  const kind = difference < 0 ? 'under' : 'over';
  const off = Math.abs(difference);
  return {
    kind,
    seconds: rounded,
    off,
    text: `About ${describeSeconds(rounded)}: ${describeSeconds(off)} ${kind} ${goal}.`,
  };
}

/** The length a written text should have, in words: e.g. 150 to 250 for a profile summary. */
export interface WordTarget {
  min: number;
  max: number;
}

/** Compares a written text's word count with a word target: a reader counts words, not seconds. */
export function wordVerdict(text: string, target: WordTarget): LengthVerdict {
  const words = countWords(text);
  const range = `${target.min} to ${target.max} words`;
  const off = (n: number, kind: 'under' | 'over') => ({
    kind,
    text: `${n} ${n === 1 ? 'word' : 'words'} ${kind} the target of ${range}.`,
  });
  if (words === 0) return { kind: 'empty', text: `No words yet. Aim for ${range}.` };
  if (words < target.min) return off(target.min - words, 'under');
  if (words > target.max) return off(words - target.max, 'over');
  return { kind: 'on-target', text: `Within the target of ${range}.` };
}

/** A pace the reader typed, checked: a whole number from {@link MIN_WPM} to {@link MAX_WPM}. */
export function checkPace(value: number): { ok: true; wpm: number } | { ok: false; error: string } {
  if (!Number.isInteger(value) || value < MIN_WPM || value > MAX_WPM)
    return { ok: false, error: `Pace is a whole number of words a minute from ${MIN_WPM} to ${MAX_WPM}.` };
  return { ok: true, wpm: value };
}
