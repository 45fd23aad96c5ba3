import type { Interaction, Person } from '../../documents/people/schema';
import { followUpsDue, stateLabels, unsentThankYous } from './cadence';
import { personLabel } from '../../documents/people/text';
import { sectionOf, type PlanItem, type PlanSectionSource } from '../action-plan/model';

/** How far ahead the plan lists follow-ups: the month a printed plan hangs on the wall. */
export const FOLLOW_UP_DAYS = 30;

/** Each contact's latest interaction with a promise in it, so the plan can say what is owed. */
function latestPromises(interactions: readonly Interaction[]): Map<string, Interaction> {
  const latest = new Map<string, Interaction>();
  for (const interaction of interactions) {
    if (!interaction.promised.trim()) continue;
    const seen = latest.get(interaction.personId);
    if (!seen || interaction.date > seen.date) latest.set(interaction.personId, interaction);
  }
  return latest;
}

/** Follow-ups due from today to 30 days on, overdue first, each with the promise still open. */
function dueItems(people: readonly Person[], log: readonly Interaction[], today: string): PlanItem[] {
  const promises = latestPromises(log);
  return followUpsDue(people, today, FOLLOW_UP_DAYS).map(({ person, due, state }) => {
    const promise = promises.get(person.id)?.promised.trim().replace(/\s+/g, ' ');
    return {
      key: `follow-up:${person.id}`,
      text: `Follow up with ${personLabel(person)}`,
      tick: true,
      label: `${stateLabels[state].icon} ${stateLabels[state].text}`,
      ...(due ? { date: due, dateRef: `follow-up:${person.id}` } : {}),
      ...(promise ? { detail: `You promised: ${promise}` } : {}),
    };
  });
}

/** Thank-you notes still to send, by the day they should go out. */
function thankYouItems(people: readonly Person[], log: readonly Interaction[]): PlanItem[] {
  return unsentThankYous(people, log).map(({ interaction, person, sendBy }) => {
    const topic = interaction.talkedAbout.trim().replace(/\s+/g, ' ');
    return {
      key: `thank-you:${interaction.id}`,
      text: `Thank ${person.name.trim() || 'your contact'}`,
      label: 'Thank-you note',
      tick: true,
      date: sendBy,
      dateRef: `thank-you:${interaction.id}`,
      ...(topic ? { detail: `For: ${topic}` } : {}),
    };
  });
}

/** Lesson 4: follow-ups due in the next 30 days and the thank-you notes not yet sent. */
export const planSection: PlanSectionSource = {
  id: 'follow-ups',
  title: 'Follow-ups and thank-you notes',
  documents: ['people', 'interactions'],
  build: ({ documents, options }) => {
    const doc = documents.people;
    // Follow-ups need the contacts alone (each keeps its last interaction's day); promises and
    // thank-you notes come from the log, empty until it has loaded.
    const log = documents.interactions?.interactions ?? [];
    return sectionOf(
      {
        id: 'follow-ups',
        title: 'Follow-ups and thank-you notes',
        prompts: [
          'Follow-ups due in the next 30 days, promises first: who, what, by when.',
          'Thank-you notes not yet sent.',
        ],
      },
      doc
        ? [
            {
              key: 'due',
              title: `Due in the next ${FOLLOW_UP_DAYS} days`,
              items: dueItems(doc.people, log, options.today),
              emptyText: `Nobody is due in the next ${FOLLOW_UP_DAYS} days.`,
            },
            { key: 'thank-you', title: 'Thank-you notes to send', items: thankYouItems(doc.people, log) },
          ]
        : [],
    );
  },
};
