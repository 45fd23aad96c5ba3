import type { DevelopmentDoc } from '../development/schema';
import type { Goal } from './schema';
import { formatDate } from '../../lib/dates';
import { goalProgress } from './progress';
import { countedPhrase } from '../../lib/plural';
import {
  inRange,
  orElse,
  sectionOf,
  type PlanItem,
  type PlanOptions,
  type PlanSectionSource,
} from '../action-plan/model';

/** Dated items first, by date; undated ones after, in the reader's order. */
export function byDate<T extends { date?: string | undefined }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const [x, y] = [a.item.date ?? '~', b.item.date ?? '~'];
      return x < y ? -1 : x > y ? 1 : a.index - b.index;
    })
    .map(({ item }) => item);
}

/**
 * The events of the development planner that serve a goal, inside the range, each once. Their
 * `dateRef` is the one the planner's section gives them, so the timeline lists each event once.
 */
function eventItems(goal: Goal, development: DevelopmentDoc | undefined, options: PlanOptions): PlanItem[] {
  return (development?.events ?? [])
    .filter((event) => event.goalIds.includes(goal.id) && event.status !== 'skipped')
    .map((event) => ({ event, date: event.start ?? event.end }))
    .filter(({ date }) => inRange(date, options.range))
    .map(({ event, date }) => ({
      key: `event:${event.id}`,
      text: orElse(event.name, 'Untitled event'),
      label: event.status === 'attended' ? 'Event attended' : 'Event',
      ...(date ? { date, dateRef: `event:${event.id}` } : {}),
      ...(event.status === 'attended' ? { done: true } : {}),
    }));
}

/** A goal with its benchmarks, dated steps and events inside the plan's range. */
function goalItem(goal: Goal, development: DevelopmentDoc | undefined, options: PlanOptions): PlanItem {
  const progress = goalProgress(goal);
  const metric = goal.metric.trim().replace(/\s+/g, ' ');
  const target = goal.target === null ? metric : countedPhrase(goal.target, metric);
  const detail = [
    target ? `Target: ${target}` : '',
    goal.deadline ? `by ${formatDate(goal.deadline)}` : '',
    progress.total ? `${progress.done} of ${progress.total} done` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const children: PlanItem[] = [
    ...goal.benchmarks
      .filter((benchmark) => inRange(benchmark.due, options.range))
      .map((benchmark) => ({
        key: benchmark.id,
        text: orElse(benchmark.text, 'Unnamed benchmark'),
        label: benchmark.done ? 'Benchmark reached' : 'Benchmark',
        ...(benchmark.due ? { date: benchmark.due, dateRef: benchmark.id } : {}),
        ...(benchmark.done ? { done: true } : {}),
      })),
    ...goal.steps
      .filter((step) => inRange(step.due, options.range))
      .map((step) => ({
        key: step.id,
        text: orElse(step.text, 'Unnamed step'),
        label: step.status === 'done' ? 'Step done' : step.status === 'doing' ? 'Step under way' : 'Step',
        ...(step.due ? { date: step.due, dateRef: step.id } : {}),
        ...(step.status === 'done' ? { done: true } : { tick: true }),
      })),
    ...eventItems(goal, development, options),
  ];
  // The goal is always listed; its deadline reaches the timeline only inside the range.
  const deadline = goal.deadline && inRange(goal.deadline, options.range) ? goal.deadline : null;
  return {
    key: goal.id,
    text: orElse(goal.text, 'Unnamed goal'),
    label: 'Goal',
    ...(deadline ? { date: deadline, dateRef: goal.id } : {}),
    ...(detail ? { detail } : {}),
    children: byDate(children),
  };
}

/** Lesson 1: career objectives, then SMART goals with their benchmarks, steps and linked events. */
export const planSection: PlanSectionSource = {
  id: 'goals',
  title: 'Goals and action steps',
  documents: ['goals', 'development'],
  build: ({ documents, options }) => {
    const doc = documents.goals;
    return sectionOf(
      {
        id: 'goals',
        title: 'Career objectives and SMART goals',
        prompts: [
          'Where do you want to be in 12 to 18 months? Write one to three career objectives.',
          'Your lead SMART goal: what, how many, by when?',
          'Two to four dated benchmarks that show it is on track.',
          'Your next three steps, each with a date.',
        ],
      },
      [
        {
          key: 'objectives',
          title: 'Career objectives',
          items: (doc?.objectives ?? []).map((objective) => ({
            key: objective.id,
            text: orElse(objective.text, 'Unnamed objective'),
          })),
        },
        {
          key: 'goals',
          title: 'SMART goals, benchmarks and steps',
          items: (doc?.goals ?? []).map((goal) => goalItem(goal, documents.development, options)),
        },
      ],
    );
  },
};
