import type { GoalsDoc, StepStatus } from './schema';

/** One action-plan step that names a person. */
export interface LinkedStep {
  goalId: string;
  /** The goal the step belongs to, as the reader wrote it. */
  goalText: string;
  stepId: string;
  /** The step, as the reader wrote it. */
  stepText: string;
  due: string | null;
  status: StepStatus;
}

/**
 * The action-plan steps that involve a person, in worksheet order, so the relationship map can
 * show "Linked from action plan: …" next to them.
 */
export function stepsForPerson(goalsDoc: GoalsDoc, personId: string): LinkedStep[] {
  return goalsDoc.goals.flatMap((goal) =>
    goal.steps
      .filter((step) => step.personIds.includes(personId))
      .map((step) => ({
        goalId: goal.id,
        goalText: goal.text,
        stepId: step.id,
        stepText: step.text,
        due: step.due,
        status: step.status,
      })),
  );
}
