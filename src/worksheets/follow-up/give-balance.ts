import type { Give } from '../../documents/people/schema';
import { addDays, type CalendarDate } from '../../lib/dates';

/** The lesson counts the last three months: about 91 days. */
export const BALANCE_WINDOW_DAYS = 91;

/** Gives and asks counted over a window, and what that means for the reader. */
export interface GiveBalance {
  gives: number;
  asks: number;
  /** `ahead` when gives outnumber asks, `even`, or `behind`. */
  standing: 'ahead' | 'even' | 'behind';
  /** A sentence for the reader, e.g. "4 gives and 3 asks in the last 3 months: ahead, but barely." */
  summary: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Counts gives and asks dated from `days` before `today` up to `today` (entries dated later are
 * plans, not history). `personId` narrows it to one contact.
 */
export function giveBalance(
  gives: readonly Give[],
  today: CalendarDate,
  options: { days?: number; personId?: string } = {},
): GiveBalance {
  const from = addDays(today, -(options.days ?? BALANCE_WINDOW_DAYS));
  let giveCount = 0;
  let askCount = 0;
  for (const entry of gives) {
    if (options.personId && entry.personId !== options.personId) continue;
    if (entry.date < from || entry.date > today) continue;
    if (entry.kind === 'ask') askCount++;
    else giveCount++;
  }
  const standing = giveCount > askCount ? 'ahead' : giveCount === askCount ? 'even' : 'behind';
  const counts = `${plural(giveCount, 'give')} and ${plural(askCount, 'ask')} in the last 3 months`;
  const verdict =
    giveCount + askCount === 0
      ? 'nothing logged yet; start with a give.'
      : standing === 'behind'
        ? 'behind: make your next two messages gives.'
        : standing === 'even'
          ? 'even: give before you ask again.'
          : giveCount - askCount === 1
            ? 'ahead, but barely.'
            : 'ahead.';
  return { gives: giveCount, asks: askCount, standing, summary: `${counts}: ${verdict}` };
}
