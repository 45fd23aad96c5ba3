/**
 * The practice timer's clock: elapsed time from timestamps and the reading the practice view
 * shows. Pure. Apart from the practice log (`practice.ts`), since only the opened view runs it.
 */

/**
 * Seconds between a start and a stop time, from the clock rather than a count of timer ticks,
 * which drift and stop while a tab is in the background.
 */
export function elapsedSeconds(startedAt: number, now: number): number {
  return Math.max(0, (now - startedAt) / 1000);
}

/** A timer reading as the practice view shows it: "0:07", "1:32". */
export function clockFace(seconds: number): string {
  const whole = Math.floor(Math.max(0, seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
