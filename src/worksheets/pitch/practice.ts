import { describeSeconds } from './speaking-time';

/**
 * Practice runs of a pitch: elapsed time from timestamps and the trend across runs. Pure.
 */

/**
 * Seconds between a start and a stop time, from the clock rather than a count of timer ticks,
 * which drift and stop while a tab is in the background.
 */
export function elapsedSeconds(startedAt: number, now: number): number {
  return Math.max(0, (now - startedAt) / 1000);
}

/** The shortest run the log keeps, in seconds: no pitch is said in less. */
export const MIN_RUN_SECONDS = 10;

/**
 * Whether a timed run counts as a run said out loud. Anything shorter is a start pressed by
 * accident or stopped to begin again, and logged it would skew the trend.
 */
export function isRun(seconds: number): boolean {
  return seconds >= MIN_RUN_SECONDS;
}

/** A timer reading as the practice view shows it: "0:07", "1:32". */
export function clockFace(seconds: number): string {
  const whole = Math.floor(Math.max(0, seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** The trend of practice runs, oldest first, against a target length. */
export function describeTrend(seconds: readonly number[], target: number): string {
  if (seconds.length === 0) return 'No practice runs yet.';
  const last = seconds[seconds.length - 1]!;
  const runs = `${seconds.length} ${seconds.length === 1 ? 'run' : 'runs'}`;
  if (seconds.length === 1) return `${runs}, ${describeSeconds(last)} against a ${target}-second target.`;
  const first = seconds[0]!;
  const before = Math.abs(first - target);
  const after = Math.abs(last - target);
  const direction =
    Math.round(after) < Math.round(before)
      ? 'closer to your target than your first run'
      : Math.round(after) > Math.round(before)
        ? 'further from your target than your first run'
        : 'as far from your target as your first run';
  return `${runs}: first ${describeSeconds(first)}, latest ${describeSeconds(last)}, ${direction} (${target} seconds).`;
}

/**
 * Points of a sparkline for `values` in a `width` × `height` box, as an SVG `points` attribute;
 * the scale always includes `reference` (the target) so the line shows where it lies.
 */
export function sparklinePoints(
  values: readonly number[],
  width: number,
  height: number,
  reference: number,
): string {
  if (values.length === 0) return '';
  const low = Math.min(reference, ...values);
  const high = Math.max(reference, ...values);
  const span = high - low || 1;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (value: number) => Number((height - ((value - low) / span) * height).toFixed(1));
  return values.map((value, index) => `${Number((index * step).toFixed(1))},${y(value)}`).join(' ');
}

/** Where the target line sits in the same box as {@link sparklinePoints}. */
export function sparklineY(values: readonly number[], height: number, reference: number): number {
  const low = Math.min(reference, ...values);
  const high = Math.max(reference, ...values);
  const span = high - low || 1;
  return Number((height - ((reference - low) / span) * height).toFixed(1));
}
