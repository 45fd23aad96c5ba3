import { atom, type ReadableAtom } from 'nanostores';
import { newId } from '../lib/list-edit';
import { elapsedSeconds } from '../lib/practice-clock';
import type { PitchDoc } from '../schemas/pitch';
import { pitch } from './pitch-document';

// The practice timer and the runs it logs. It runs only in the practice view, which the reader
// opens on purpose, so it is fetched with that view rather than with the pitch builder.

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

const practice = atom<number | null>(null);

/** When the running practice timer started (epoch milliseconds), or null when it is stopped. */
export const $practiceStartedAt: ReadableAtom<number | null> = practice;

/** Starts the practice timer. It lives only in this page: a run is logged when it stops. */
export function startPractice(now = Date.now()): void {
  practice.set(now);
}

/** Stops the timer and logs the run; returns its length in seconds, or null if it was not running. */
export function stopPractice(now = Date.now()): number | null {
  const startedAt = practice.get();
  if (startedAt === null) return null;
  practice.set(null);
  const seconds = elapsedSeconds(startedAt, now);
  pitch.update((doc) => withRun(doc, newId(), new Date(startedAt), seconds, new Date(now)));
  return seconds;
}
