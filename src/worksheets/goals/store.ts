import { moveItem, newId, removeItem, restoreItem, updateItem, type Removed } from '../../lib/list-edit';
import type { VersionedRecord } from '../../lib/records';
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
  type StepStatus,
} from './schema';
import { goals } from './document';
import { offerUndo } from '../../stores/undo';

// The goal-setting worksheet's edits. The document itself lives in `goals-document.ts`, which
// pages that only read the goals import; it is re-exported here so the worksheet has one store.
export { $goals, goals } from './document';

/** Fields a reader edits; ids and times are the store's business. */
type Editable<T> = Partial<Omit<T, 'id' | 'updatedAt'>>;

/** The lists inside a goal that hold records of their own. */
type GoalList = 'benchmarks' | 'steps';
type Child<L extends GoalList> = Goal[L][number];

// ---------------------------------------------------------------------------------------------
// Pure changes to the document, exported for tests. Each stamps what it changed with `now`.

/** Adds an objective at the end. */
export function withObjectiveAdded(doc: GoalsDoc, objective: Objective): GoalsDoc {
  return { ...doc, objectives: [...doc.objectives, objective] };
}

/** Changes an objective's text. */
export function withObjectiveUpdated(
  doc: GoalsDoc,
  id: string,
  patch: Editable<Objective>,
  now: Date,
): GoalsDoc {
  return { ...doc, objectives: updateItem<Objective>(doc.objectives, id, patch, now) };
}

/** Moves an objective up or down. */
export function withObjectiveMoved(doc: GoalsDoc, id: string, delta: -1 | 1, now: Date): GoalsDoc {
  return { ...doc, objectives: moveItem(doc.objectives, id, delta, now) };
}

/**
 * Deletes an objective. Goals linked to it keep the link, so undo needs no repair; until then
 * their SMART check says the objective was deleted.
 */
export function withObjectiveRemoved(
  doc: GoalsDoc,
  id: string,
  now: Date,
): { doc: GoalsDoc; removed?: Removed<Objective> } {
  const result = removeItem(doc.objectives, doc.deleted, id, now);
  return {
    doc: { ...doc, objectives: result.list, deleted: result.deleted },
    ...(result.removed ? { removed: result.removed } : {}),
  };
}

/** Puts a deleted objective back where it was. */
export function withObjectiveRestored(doc: GoalsDoc, removed: Removed<Objective>, now: Date): GoalsDoc {
  const result = restoreItem(doc.objectives, doc.deleted, removed, now);
  return { ...doc, objectives: result.list, deleted: result.deleted };
}

/** Adds a goal at the end. */
export function withGoalAdded(doc: GoalsDoc, goal: Goal): GoalsDoc {
  return { ...doc, goals: [...doc.goals, goal] };
}

/** Changes some fields of a goal. */
export function withGoalUpdated(doc: GoalsDoc, id: string, patch: Editable<Goal>, now: Date): GoalsDoc {
  return { ...doc, goals: updateItem<Goal>(doc.goals, id, patch, now) };
}

/** Moves a goal up or down. */
export function withGoalMoved(doc: GoalsDoc, id: string, delta: -1 | 1, now: Date): GoalsDoc {
  return { ...doc, goals: moveItem(doc.goals, id, delta, now) };
}

/** Deletes a goal with its benchmarks and steps. */
export function withGoalRemoved(
  doc: GoalsDoc,
  id: string,
  now: Date,
): { doc: GoalsDoc; removed?: Removed<Goal> } {
  const result = removeItem(doc.goals, doc.deleted, id, now);
  return {
    doc: { ...doc, goals: result.list, deleted: result.deleted },
    ...(result.removed ? { removed: result.removed } : {}),
  };
}

/** Puts a deleted goal back where it was. */
export function withGoalRestored(doc: GoalsDoc, removed: Removed<Goal>, now: Date): GoalsDoc {
  const result = restoreItem(doc.goals, doc.deleted, removed, now);
  return { ...doc, goals: result.list, deleted: result.deleted };
}

/**
 * Changes one list inside a goal. The goal is what two tabs merge by, so its own `updatedAt`
 * moves too: otherwise another tab's older copy of the goal would win and drop the change.
 */
function withGoalList<L extends GoalList>(
  doc: GoalsDoc,
  goalId: string,
  list: L,
  now: Date,
  edit: (items: readonly Child<L>[]) => Child<L>[],
): GoalsDoc {
  return {
    ...doc,
    goals: doc.goals.map((goal) =>
      goal.id === goalId ? { ...goal, [list]: edit(goal[list]), updatedAt: now.toISOString() } : goal,
    ),
  };
}

/** Adds a benchmark or step at the end of a goal's list. */
export function withChildAdded<L extends GoalList>(
  doc: GoalsDoc,
  goalId: string,
  list: L,
  item: Child<L>,
  now: Date,
): GoalsDoc {
  return withGoalList(doc, goalId, list, now, (items) => [...items, item]);
}

/** Changes some fields of a benchmark or step. */
export function withChildUpdated<L extends GoalList>(
  doc: GoalsDoc,
  goalId: string,
  list: L,
  id: string,
  patch: Editable<Child<L>>,
  now: Date,
): GoalsDoc {
  return withGoalList(
    doc,
    goalId,
    list,
    now,
    (items) => updateItem<VersionedRecord>(items, id, patch as Partial<VersionedRecord>, now) as Child<L>[],
  );
}

/** Moves a benchmark or step up or down within its goal. */
export function withChildMoved<L extends GoalList>(
  doc: GoalsDoc,
  goalId: string,
  list: L,
  id: string,
  delta: -1 | 1,
  now: Date,
): GoalsDoc {
  return withGoalList(doc, goalId, list, now, (items) => moveItem(items, id, delta, now));
}

/**
 * Deletes a benchmark or step. No tombstone is needed: the goal's new time carries the
 * deletion when tabs merge.
 */
export function withChildRemoved<L extends GoalList>(
  doc: GoalsDoc,
  goalId: string,
  list: L,
  id: string,
  now: Date,
): { doc: GoalsDoc; removed?: Removed<Child<L>> } {
  let removed: Removed<Child<L>> | undefined;
  const next = withGoalList(doc, goalId, list, now, (items) => {
    const result = removeItem(items, {}, id, now);
    removed = result.removed;
    return result.list;
  });
  return removed ? { doc: next, removed } : { doc };
}

/** Puts a deleted benchmark or step back, if its goal still exists. */
export function withChildRestored<L extends GoalList>(
  doc: GoalsDoc,
  goalId: string,
  list: L,
  removed: Removed<Child<L>>,
  now: Date,
): GoalsDoc {
  return withGoalList(doc, goalId, list, now, (items) => restoreItem(items, {}, removed, now).list);
}

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
  return withChildUpdated(doc, goalId, 'steps', stepId, { personIds }, now);
}

/** The objective a goal is linked to, or undefined when unlinked or the objective was deleted. */
export function objectiveOf(doc: GoalsDoc, goal: Goal): Objective | undefined {
  return goal.objectiveId ? doc.objectives.find((o) => o.id === goal.objectiveId) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Actions, as islands call them.

const quoted = (text: string, fallback: string) => {
  const trimmed = text.trim();
  if (!trimmed) return fallback;
  return trimmed.length > 60 ? `“${trimmed.slice(0, 57)}…”` : `“${trimmed}”`;
};

/** Adds an objective and returns its id, so the island can focus its field. */
export function addObjective(now = new Date()): string {
  const id = newId();
  goals.update((doc) => withObjectiveAdded(doc, makeObjective(id, now)));
  return id;
}

/** Changes an objective's text. */
export function updateObjective(id: string, patch: Editable<Objective>, now = new Date()): void {
  goals.update((doc) => withObjectiveUpdated(doc, id, patch, now));
}

/** Moves an objective up or down the list. */
export function moveObjective(id: string, delta: -1 | 1, now = new Date()): void {
  goals.update((doc) => withObjectiveMoved(doc, id, delta, now));
}

/** Deletes an objective, and offers to undo it. */
export function deleteObjective(id: string, now = new Date()): void {
  let removed: Removed<Objective> | undefined;
  goals.update((doc) => {
    const result = withObjectiveRemoved(doc, id, now);
    removed = result.removed;
    return result.doc;
  });
  if (!removed) return;
  const gone = removed;
  offerUndo(`Deleted the objective ${quoted(gone.item.text, '(no text yet)')}.`, () =>
    goals.update((doc) => withObjectiveRestored(doc, gone, new Date())),
  );
}

/** Adds a goal and returns its id. */
export function addGoal(now = new Date()): string {
  const id = newId();
  goals.update((doc) => withGoalAdded(doc, makeGoal(id, now)));
  return id;
}

/** Changes some fields of a goal. */
export function updateGoal(id: string, patch: Editable<Goal>, now = new Date()): void {
  goals.update((doc) => withGoalUpdated(doc, id, patch, now));
}

/** Moves a goal up or down the list. */
export function moveGoal(id: string, delta: -1 | 1, now = new Date()): void {
  goals.update((doc) => withGoalMoved(doc, id, delta, now));
}

/** Deletes a goal with its benchmarks and steps, and offers to undo it. */
export function deleteGoal(id: string, now = new Date()): void {
  let removed: Removed<Goal> | undefined;
  goals.update((doc) => {
    const result = withGoalRemoved(doc, id, now);
    removed = result.removed;
    return result.doc;
  });
  if (!removed) return;
  const gone = removed;
  offerUndo(`Deleted the goal ${quoted(gone.item.text, '(no text yet)')}.`, () =>
    goals.update((doc) => withGoalRestored(doc, gone, new Date())),
  );
}

const makers = { benchmarks: makeBenchmark, steps: makeStep } as const;
const childNames = { benchmarks: 'benchmark', steps: 'step' } as const;

function addChild<L extends GoalList>(goalId: string, list: L, now: Date): string {
  const id = newId();
  const item = makers[list](id, now) as Child<L>;
  goals.update((doc) => withChildAdded(doc, goalId, list, item, now));
  return id;
}

function deleteChild<L extends GoalList>(goalId: string, list: L, id: string, now: Date): void {
  let removed: Removed<Child<L>> | undefined;
  goals.update((doc) => {
    const result = withChildRemoved(doc, goalId, list, id, now);
    removed = result.removed;
    return result.doc;
  });
  if (!removed) return;
  const gone = removed;
  offerUndo(`Deleted the ${childNames[list]} ${quoted(gone.item.text, '(no text yet)')}.`, () =>
    goals.update((doc) => withChildRestored(doc, goalId, list, gone, new Date())),
  );
}

/** Adds a benchmark to a goal and returns its id. */
export function addBenchmark(goalId: string, now = new Date()): string {
  return addChild(goalId, 'benchmarks', now);
}

/** Changes some fields of a benchmark. */
export function updateBenchmark(
  goalId: string,
  id: string,
  patch: Editable<Benchmark>,
  now = new Date(),
): void {
  goals.update((doc) => withChildUpdated(doc, goalId, 'benchmarks', id, patch, now));
}

/** Marks a benchmark reached or not. */
export function setBenchmarkDone(goalId: string, id: string, done: boolean, now = new Date()): void {
  updateBenchmark(goalId, id, { done }, now);
}

/** Moves a benchmark up or down within its goal. */
export function moveBenchmark(goalId: string, id: string, delta: -1 | 1, now = new Date()): void {
  goals.update((doc) => withChildMoved(doc, goalId, 'benchmarks', id, delta, now));
}

/** Deletes a benchmark, and offers to undo it. */
export function deleteBenchmark(goalId: string, id: string, now = new Date()): void {
  deleteChild(goalId, 'benchmarks', id, now);
}

/** Adds a step to a goal's action plan and returns its id. */
export function addStep(goalId: string, now = new Date()): string {
  return addChild(goalId, 'steps', now);
}

/** Changes some fields of a step. */
export function updateStep(goalId: string, id: string, patch: Editable<Step>, now = new Date()): void {
  goals.update((doc) => withChildUpdated(doc, goalId, 'steps', id, patch, now));
}

/** Sets where a step stands: to do, doing, done. */
export function setStepStatus(goalId: string, id: string, status: StepStatus, now = new Date()): void {
  updateStep(goalId, id, { status }, now);
}

/** Moves a step up or down within its goal's action plan. */
export function moveStep(goalId: string, id: string, delta: -1 | 1, now = new Date()): void {
  goals.update((doc) => withChildMoved(doc, goalId, 'steps', id, delta, now));
}

/** Deletes a step, and offers to undo it. */
export function deleteStep(goalId: string, id: string, now = new Date()): void {
  deleteChild(goalId, 'steps', id, now);
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
