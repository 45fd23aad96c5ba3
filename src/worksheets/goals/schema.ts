import * as v from 'valibot';
import { countLists, type DocumentSpec } from '../../lib/documents';
import { mergeLists } from '../../lib/records';
import {
  isoInstant,
  links,
  list,
  longText,
  object,
  optionalDate,
  recordId,
  shortText,
  tombstones,
} from '../../schemas/common';

/** Where an action-plan step stands. */
export const stepStatuses = ['todo', 'doing', 'done'] as const;

/** One career objective: where the reader wants to be in 12 to 18 months. */
export const objectiveSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** The outcome in plain words, e.g. "Land a product analytics role at a health-tech company". */
  text: shortText,
});

/** A milestone with its own date that shows early whether a goal is on track. */
export const benchmarkSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** The checkpoint, e.g. "4 of 12 conversations held". */
  text: shortText,
  /** The day it should be reached, or null while undecided. */
  due: optionalDate,
  /** True once the reader has reached it. */
  done: v.boolean(),
});

/** One dated step of the action plan, small enough to do in under an hour. */
export const stepSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** What to do, starting with a verb, e.g. "Email Jordan to ask for a 20-minute call". */
  text: shortText,
  /** The day the reader means to do it, or null while undecided. */
  due: optionalDate,
  /** To do, under way, or done. */
  status: v.picklist(stepStatuses),
  /** Ids of people in the shared `people` document this step involves. */
  personIds: links,
});

/**
 * One SMART goal: the networking work that moves the reader toward an objective. A goal is the
 * unit two tabs merge by, so an edit to one of its benchmarks or steps also stamps the goal.
 */
export const goalSchema = object({
  id: recordId,
  updatedAt: isoInstant,
  /** The specific goal, starting with a verb, e.g. "Hold informational conversations with …". */
  text: shortText,
  /** What is counted, e.g. "conversations with product analysts". */
  metric: shortText,
  /** How many of the metric, or null while not set. */
  target: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1_000_000))),
  /** The day the goal should be reached, or null while undecided. */
  deadline: optionalDate,
  /** The objective this goal serves (an id in `objectives`), or null while not linked. */
  objectiveId: v.nullable(recordId),
  /** Why it is realistic: the time per week it needs and the resources the reader has. */
  achievable: longText,
  /** Dated checkpoints on the way, two to four per goal. */
  benchmarks: list(benchmarkSchema, 200),
  /** The action plan: dated steps toward this goal. */
  steps: list(stepSchema, 500),
});

/** The `goals` document: the Lesson 1 worksheet. */
export const goalsSchema = object({
  /** One to three career objectives, in the reader's order. */
  objectives: list(objectiveSchema, 200),
  /** SMART goals, in the reader's order. */
  goals: list(goalSchema, 500),
  /** Deleted objectives and goals, so an older copy in another tab cannot bring them back. */
  deleted: tombstones,
});

export type Objective = v.InferOutput<typeof objectiveSchema>;
export type Benchmark = v.InferOutput<typeof benchmarkSchema>;
export type Step = v.InferOutput<typeof stepSchema>;
export type StepStatus = Step['status'];
export type Goal = v.InferOutput<typeof goalSchema>;
export type GoalsDoc = v.InferOutput<typeof goalsSchema>;

/** Storage description of the goals document. */
export const goalsSpec: DocumentSpec<GoalsDoc> = {
  key: 'goals',
  title: 'Goals and action plan',
  version: 1,
  schema: goalsSchema,
  initial: () => ({ objectives: [], goals: [], deleted: {} }),
  migrations: {},
  merge: (local, stored, base) => mergeLists(local, stored, base, ['objectives', 'goals']),
  count: (data) => countLists(data, 'goals'),
};

/** A blank objective. */
export function makeObjective(id: string, now: Date, fields: Partial<Objective> = {}): Objective {
  return { id, updatedAt: now.toISOString(), text: '', ...fields };
}

/** A blank goal with no benchmarks or steps yet. */
export function makeGoal(id: string, now: Date, fields: Partial<Goal> = {}): Goal {
  return {
    id,
    updatedAt: now.toISOString(),
    text: '',
    metric: '',
    target: null,
    deadline: null,
    objectiveId: null,
    achievable: '',
    benchmarks: [],
    steps: [],
    ...fields,
  };
}

/** A blank benchmark, not yet reached. */
export function makeBenchmark(id: string, now: Date, fields: Partial<Benchmark> = {}): Benchmark {
  return { id, updatedAt: now.toISOString(), text: '', due: null, done: false, ...fields };
}

/** A blank step, still to do, involving nobody yet. */
export function makeStep(id: string, now: Date, fields: Partial<Step> = {}): Step {
  return { id, updatedAt: now.toISOString(), text: '', due: null, status: 'todo', personIds: [], ...fields };
}
