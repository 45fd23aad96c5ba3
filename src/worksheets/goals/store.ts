import { topList, withUpdated, type ListPlace } from '../../lib/list-edit';
import { listInRecord } from '../../lib/list-in-record';
import { listEditor } from '../../stores/edit';
import {
  makeBenchmark,
  makeGoal,
  makeObjective,
  makeStep,
  type Benchmark,
  type Goal,
  type GoalsDoc,
  type Objective,
  type Step,
} from './schema';
import { goals } from './document';

// The goal-setting worksheet's edits. The document itself lives in `document.ts`, which pages
// that only read the goals import; it is re-exported here so the worksheet has one store.
export { $goals, goals } from './document';

/** Where the objectives and the goals sit in the document. */
export const objectiveList = topList<GoalsDoc, 'objectives'>('objectives');
export const goalList = topList<GoalsDoc, 'goals'>('goals');

/** Where one goal's benchmarks or steps sit: inside the goal, which each change stamps too. */
export const benchmarkList = (goalId: string): ListPlace<GoalsDoc, Benchmark> =>
  listInRecord(goalList, goalId, 'benchmarks');
export const stepList = (goalId: string): ListPlace<GoalsDoc, Step> =>
  listInRecord(goalList, goalId, 'steps');

const untitled = '(no text yet)';

/** A record's text for a message: quoted, shortened past 60 characters, or `fallback` when empty. */
export function quoted(text: string, fallback: string): string {
  const trimmed = text.trim();
  if (!trimmed) return fallback;
  return trimmed.length > 60 ? `“${trimmed.slice(0, 57)}…”` : `“${trimmed}”`;
}

/**
 * The objectives. Deleting one leaves goals linked to it with their link, so undo needs no
 * repair; until then their SMART check says the objective was deleted.
 */
export const objectiveEditor = listEditor(goals, objectiveList, {
  make: makeObjective,
  deleted: (objective: Objective) => `Deleted the objective ${quoted(objective.text, untitled)}.`,
});

/** The goals; deleting one takes its benchmarks and steps with it, and undo brings them back. */
export const goalEditor = listEditor(goals, goalList, {
  make: makeGoal,
  deleted: (goal: Goal) => `Deleted the goal ${quoted(goal.text, untitled)}.`,
});

/** One goal's benchmarks. Undo does nothing once the goal itself is gone. */
export const benchmarkEditor = (goalId: string) =>
  listEditor(goals, benchmarkList(goalId), {
    make: makeBenchmark,
    deleted: (benchmark: Benchmark) => `Deleted the benchmark ${quoted(benchmark.text, untitled)}.`,
  });

/** One goal's action plan. */
export const stepEditor = (goalId: string) =>
  listEditor(goals, stepList(goalId), {
    make: makeStep,
    deleted: (step: Step) => `Deleted the step ${quoted(step.text, untitled)}.`,
  });

/** Links a person to a step, or unlinks them; linking twice keeps one link. */
export function withStepPerson(
  doc: GoalsDoc,
  goalId: string,
  stepId: string,
  personId: string,
  linked: boolean,
  now: Date,
): GoalsDoc {
  const step = doc.goals.find((g) => g.id === goalId)?.steps.find((s) => s.id === stepId);
  if (!step) return doc;
  const has = step.personIds.includes(personId);
  if (has === linked) return doc;
  const personIds = linked ? [...step.personIds, personId] : step.personIds.filter((id) => id !== personId);
  return withUpdated(doc, stepList(goalId), stepId, { personIds }, now);
}

/** Links a person from the people document to a step, or unlinks them. */
export function setStepPerson(
  goalId: string,
  stepId: string,
  personId: string,
  linked: boolean,
  now = new Date(),
): void {
  goals.update((doc) => withStepPerson(doc, goalId, stepId, personId, linked, now));
}

/** The objective a goal is linked to, or undefined when unlinked or the objective was deleted. */
export function objectiveOf(doc: GoalsDoc, goal: Goal): Objective | undefined {
  return goal.objectiveId ? doc.objectives.find((o) => o.id === goal.objectiveId) : undefined;
}
