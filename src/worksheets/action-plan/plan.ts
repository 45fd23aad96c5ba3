import { NOTHING_DATED, sectionOf, type PlanGroup, type PlanSectionSource } from './model';
import { periods, timelineEntries } from './timeline';

/** The 30/60/90-day timeline: every open dated item of the sections above it, by period. */
export const planSection: PlanSectionSource = {
  id: 'timeline',
  title: '30/60/90-day timeline',
  documents: [],
  build: ({ options, earlier }) => {
    const entries = timelineEntries(earlier);
    const groups: PlanGroup[] = periods(options.range).map((period) => ({
      key: period.key,
      title: period.title,
      items: entries.filter((entry) => entry.date >= period.from && entry.date <= period.to),
      emptyText: NOTHING_DATED,
    }));
    return sectionOf(
      {
        id: 'timeline',
        title: '30/60/90-day timeline',
        prompts: [
          'Days 1–30: three to five actions, each with a date and an outcome someone else could check.',
          'Days 31–60: three to five dated actions.',
          'Days 61–90: three to five dated actions, and the date of your quarterly reset.',
        ],
      },
      groups,
    );
  },
};
