/**
 * How far a goal has come, from its benchmarks and steps. Apart from the SMART check
 * (`smart.ts`) because the action plan shows progress but never checks a goal, and the check's
 * word lists would otherwise load with the plan.
 */

/** A goal's progress: its benchmarks reached and steps done, out of all of them. */
export interface GoalProgress {
  done: number;
  total: number;
  /** Whole percent, 0 when the goal has no benchmarks or steps yet. */
  percent: number;
}

/** Progress derived from a goal's benchmarks and steps. */
export function goalProgress(goal: {
  benchmarks: readonly { done: boolean }[];
  steps: readonly { status: string }[];
}): GoalProgress {
  const total = goal.benchmarks.length + goal.steps.length;
  const done =
    goal.benchmarks.filter((b) => b.done).length + goal.steps.filter((s) => s.status === 'done').length;
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}
