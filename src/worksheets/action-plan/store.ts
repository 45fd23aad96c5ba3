import * as v from 'valibot';
import { addDays, type CalendarDate } from '../../lib/dates';
import { describeIssue } from '../../lib/documents';
import type { PlanRange } from './model';
import { planSchema, planSpec, type PlanDoc } from './schema';
import { persisted } from '../../persistence/document-store';

/** The reader's choices for the printable plan, stored under `plan`. */
export const plan = persisted(planSpec);

/** The plan choices as islands read them. */
export const $plan = plan.$data;

/** The choices a reader changes; the time stamp is the store's business. */
export type PlanChoices = Partial<Omit<PlanDoc, 'updatedAt'>>;

/** The outcome of a change: the new document, or why it was refused (the document unchanged). */
export type PlanChange = { ok: true; doc: PlanDoc } | { ok: false; error: string };

/** Applies choices to the document if the result is valid; a pure change, exported for tests. */
export function withPlanChoices(doc: PlanDoc, choices: PlanChoices, now: Date): PlanChange {
  const next = { ...doc, ...choices, updatedAt: now.toISOString() };
  const checked = v.safeParse(planSchema, next);
  if (!checked.success) {
    const issue = checked.issues[0];
    return { ok: false, error: issue?.message ?? describeIssue(checked.issues) };
  }
  return { ok: true, doc: checked.output };
}

/** Includes or leaves out one section; a pure change, exported for tests. */
export function withSectionIncluded(doc: PlanDoc, id: string, included: boolean, now: Date): PlanDoc {
  const excluded = doc.excluded.filter((other) => other !== id);
  return { ...doc, excluded: included ? excluded : [...excluded, id], updatedAt: now.toISOString() };
}

/**
 * Changes the plan's choices. Returns the reason when a choice is refused (nothing is changed),
 * or null when it was kept.
 */
export function choosePlan(choices: PlanChoices, now = new Date()): string | null {
  const change = withPlanChoices(plan.$data.get(), choices, now);
  if (!change.ok) return change.error;
  plan.update(() => change.doc);
  return null;
}

/** Includes or leaves out one section of the plan. */
export function includeSection(id: string, included: boolean, now = new Date()): void {
  plan.update((doc) => withSectionIncluded(doc, id, included, now));
}

/** The days the plan covers: from its chosen first day (or today) for its length. */
export function planRange(doc: Pick<PlanDoc, 'from' | 'days'>, today: CalendarDate): PlanRange {
  const from = doc.from ?? today;
  return { from, to: addDays(from, doc.days - 1) };
}
