import { memberships, type DevelopmentDoc, type DevEvent } from './schema';
import type { Goal } from '../goals/schema';
import type { Person } from '../../documents/people/schema';
import { formatDate } from '../../lib/dates';
import { upcomingDeadlines } from './deadlines';
import { safeHref } from './web-address';
import {
  NOTHING_DATED,
  inRange,
  orElse,
  sectionOf,
  type PlanDocuments,
  type PlanItem,
  type PlanOptions,
  type PlanSectionSource,
} from '../action-plan/model';

/** Words for each membership state. */
const membershipLabels: Record<(typeof memberships)[number], string> = {
  'not-member': 'Not a member',
  applying: 'Applying',
  member: 'Member',
  lapsed: 'Lapsed',
};

/** Names of the linked records that still exist, in the order they were linked. */
function namesOf<T extends { id: string }>(
  ids: readonly string[],
  records: readonly T[],
  name: (record: T) => string,
): string[] {
  return ids.flatMap((id) => {
    const record = records.find((candidate) => candidate.id === id);
    return record ? [name(record)] : [];
  });
}

/** What an event is for: the goals it serves and the people to meet there, in one line. */
function eventPurpose(event: DevEvent, documents: PlanDocuments): string {
  const goals = namesOf(event.goalIds, documents.goals?.goals ?? [], (goal: Goal) =>
    orElse(goal.text, 'Unnamed goal'),
  );
  const people = namesOf(event.personIds, documents.people?.people ?? [], (person: Person) =>
    orElse(person.name, 'Unnamed person'),
  );
  return [
    goals.length ? `Serves: ${goals.join('; ')}` : '',
    people.length ? `Meet: ${people.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Events and deadlines inside the range, by date: what the planner asks of the reader. */
function datedItems(doc: DevelopmentDoc, documents: PlanDocuments, options: PlanOptions): PlanItem[] {
  return upcomingDeadlines(doc, options.range.from, { includePast: true })
    .filter((deadline) => inRange(deadline.date, options.range))
    .map((deadline) => {
      const event = doc.events.find((candidate) => candidate.id === deadline.sourceId);
      const purpose = deadline.kind === 'event' && event ? eventPurpose(event, documents) : '';
      const detail = [deadline.detail, purpose].filter(Boolean).join(' · ');
      return {
        key: `${deadline.kind}:${deadline.sourceId}`,
        text: deadline.title,
        // Deadline titles already say what they are ("Register for …"); events need the word.
        ...(deadline.kind === 'event' ? { label: 'Event' } : { tick: true }),
        date: deadline.date,
        ...(deadline.time ? { time: deadline.time } : {}),
        dateRef: `${deadline.kind}:${deadline.sourceId}`,
        ...(detail ? { detail } : {}),
      };
    });
}

/**
 * Lesson 5: events (with the goals they serve and whom to meet) and deadlines, organisations,
 * skills and sources from the planner.
 */
export const planSection: PlanSectionSource = {
  id: 'development',
  title: 'Events, organizations and skills',
  documents: ['development', 'goals', 'people'],
  build: ({ documents, options }) => {
    const doc = documents.development;
    return sectionOf(
      {
        id: 'development',
        title: 'Events, deadlines, organizations and skills',
        prompts: [
          'Your next event, its date and its registration deadline.',
          'The one organization you will get involved in, and how.',
          'The skill you are learning, its resource and target date.',
          'The two or three news sources you will read, and how often.',
        ],
      },
      [
        {
          key: 'dates',
          title: 'Events and deadlines',
          items: doc ? datedItems(doc, documents, options) : [],
          emptyText: NOTHING_DATED,
        },
        {
          key: 'organizations',
          title: 'Organizations',
          items: (doc?.organizations ?? []).map((organization) => ({
            key: organization.id,
            text: orElse(organization.name, 'Unnamed organization'),
            label: membershipLabels[organization.membership],
            ...(organization.involvement.trim() || organization.renewal
              ? {
                  detail: [
                    organization.involvement.trim().replace(/\s+/g, ' '),
                    organization.renewal ? `renews ${formatDate(organization.renewal)}` : '',
                  ]
                    .filter(Boolean)
                    .join(' · '),
                }
              : {}),
          })),
        },
        {
          key: 'skills',
          title: 'Skills',
          items: (doc?.skills ?? []).map((skill) => ({
            key: skill.id,
            text: orElse(skill.name, 'Unnamed skill'),
            label: `${skill.progress}% done`,
            detail: [skill.resource.trim(), skill.target ? `target ${formatDate(skill.target)}` : '']
              .filter(Boolean)
              .join(' · '),
          })),
        },
        {
          key: 'sources',
          title: 'News and trend sources',
          items: (doc?.sources ?? []).map((source) => {
            const href = safeHref(source.url);
            return {
              key: source.id,
              text: orElse(source.name, 'Unnamed source'),
              label: source.frequency[0]!.toUpperCase() + source.frequency.slice(1),
              ...(href ? { href } : {}),
            };
          }),
        },
      ],
    );
  },
};
