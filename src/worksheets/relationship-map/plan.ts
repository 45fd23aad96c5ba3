import type { GoalsDoc } from '../goals/schema';
import type { Person } from '../../documents/people/schema';
import { nextMove, personLabel, tierLabels } from '../../documents/people/text';
import {
  inRange,
  sectionOf,
  type PlanItem,
  type PlanOptions,
  type PlanSectionSource,
} from '../action-plan/model';

const tierOrder: readonly Person['tier'][] = ['A', 'B', 'C'];

/**
 * The next move with a person: their earliest open action-plan step inside the range, when the
 * goals worksheet names them in one (it has a date); otherwise the relationship map's advice.
 */
function nextMoveItem(person: Person, goals: GoalsDoc | undefined, options: PlanOptions): PlanItem {
  const steps = (goals?.goals ?? [])
    .flatMap((goal) => goal.steps)
    .filter(
      (step) =>
        step.personIds.includes(person.id) &&
        step.status !== 'done' &&
        step.due !== null &&
        inRange(step.due, options.range),
    )
    .sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : 0));
  const step = steps[0];
  const base = {
    key: person.id,
    text: personLabel(person),
    label: `Tier ${person.tier}`,
  };
  if (step?.due) return { ...base, detail: `Next: ${step.text.trim()}`, date: step.due, dateRef: step.id };
  return { ...base, detail: `Next: ${nextMove(person)}` };
}

/**
 * Lesson 2: the people and organisations on the map, highest priority first (tier A, B, C, the
 * reader's order within a tier), each with the next move.
 */
export const planSection: PlanSectionSource = {
  id: 'people',
  title: 'Key people and organizations',
  documents: ['people', 'goals'],
  build: ({ documents, options }) => {
    const people = documents.people?.people ?? [];
    return sectionOf(
      {
        id: 'people',
        title: 'Key people and organizations',
        prompts: [
          'The five people or organizations most important to your lead goal.',
          'For each: the next move and its date.',
        ],
      },
      // Only tiers with someone in them: an empty "Tier C" heading says nothing on paper.
      tierOrder
        .map((tier) => ({
          key: tier,
          title: `Tier ${tierLabels[tier]}`,
          items: people
            .filter((person) => person.tier === tier)
            .map((person) => nextMoveItem(person, documents.goals, options)),
        }))
        .filter((group) => group.items.length > 0),
    );
  },
};
