import { byText } from '../../lib/text-order';
import { addDays, daysBetween, formatDate } from '../../lib/dates';
import type { PlanItem, PlanRange, PlanSection } from './model';

/** The length of one timeline period, in days. */
export const PERIOD_DAYS = 30;

/** One dated item on the timeline, with the section it came from. */
export interface TimelineEntry extends PlanItem {
  date: string;
  /** Title of the section the item comes from, e.g. "Career objectives and SMART goals". */
  source: string;
}

/**
 * Every open dated item of the given sections, once each (two sections may show the same record,
 * e.g. a step both as a goal's step and as a person's next move), by date then text.
 */
export function timelineEntries(sections: readonly PlanSection[]): TimelineEntry[] {
  const seen = new Set<string>();
  const entries: TimelineEntry[] = [];
  const visit = (item: PlanItem, source: string) => {
    if (item.date && !item.done) {
      const ref = item.dateRef ?? item.key;
      if (!seen.has(ref)) {
        seen.add(ref);
        const { children: _children, ...rest } = item;
        entries.push({ ...rest, date: item.date, source });
      }
    }
    item.children?.forEach((child) => visit(child, source));
  };
  for (const section of sections) {
    for (const group of section.groups) group.items.forEach((item) => visit(item, section.title));
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : byText(a.text, b.text)));
}

/**
 * The range in 30-day periods counted from its first day: days 1–30, 31–60, 61–90, and one
 * "After day 90" period when the range is longer. A 30-day range has one period, a 60-day two.
 */
export function periods(range: PlanRange): { key: string; title: string; from: string; to: string }[] {
  const length = daysBetween(range.from, range.to) + 1;
  const result: { key: string; title: string; from: string; to: string }[] = [];
  for (let start = 0; start < Math.min(length, 3 * PERIOD_DAYS); start += PERIOD_DAYS) {
    const from = addDays(range.from, start);
    const to = addDays(range.from, Math.min(start + PERIOD_DAYS, length) - 1);
    result.push({
      key: `days-${start + 1}`,
      title: `Days ${start + 1}–${start + PERIOD_DAYS} (to ${formatDate(to)})`,
      from,
      to,
    });
  }
  if (length > 3 * PERIOD_DAYS) {
    result.push({
      key: 'later',
      title: `After day ${3 * PERIOD_DAYS} (to ${formatDate(range.to)})`,
      from: addDays(range.from, 3 * PERIOD_DAYS),
      to: range.to,
    });
  }
  return result;
}
