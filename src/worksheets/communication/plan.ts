import type { CommunicationDoc, ConversationPlan } from './schema';
import type { Person } from '../../documents/people/schema';
import { personLabel } from '../../documents/people/text';
import { presenceInfo, presenceItems } from '../online-presence/presence';
import { tipsFor } from './self-check';
import { inRange, orElse, sectionOf, type PlanItem, type PlanSectionSource } from '../action-plan/model';

/** Whom a conversation is with: the person picked from the map, else the reader's own words. */
function withWhom(plan: ConversationPlan, people: readonly Person[]): string {
  const person = plan.personId ? people.find((candidate) => candidate.id === plan.personId) : undefined;
  return person ? personLabel(person) : orElse(plan.who, 'someone');
}

/** A conversation plan inside the range, with its questions, what to listen for and how to adapt. */
function conversationItem(plan: ConversationPlan, people: readonly Person[]): PlanItem {
  const prep: [string, string][] = [
    ['Ask', plan.questions],
    ['Listen for', plan.listenFor],
    ['Adapt', plan.adapt],
  ];
  const context = orElse(plan.context, '');
  return {
    key: plan.id,
    text: `Conversation with ${withWhom(plan, people)}`,
    label: 'Conversation',
    tick: true,
    ...(plan.date ? { date: plan.date, dateRef: `conversation:${plan.id}` } : {}),
    ...(context ? { detail: context } : {}),
    children: prep
      .filter(([, text]) => text.trim())
      .map(([label, text]) => ({ key: `${plan.id}:${label}`, label, text: orElse(text, '') })),
  };
}

/** The areas of the latest self-check to work on, with the lesson's tip for each. */
function focusItems(doc: CommunicationDoc): PlanItem[] {
  const latest = doc.takes.reduce<CommunicationDoc['takes'][number] | undefined>(
    (last, take) => (!last || take.takenOn >= last.takenOn ? take : last),
    undefined,
  );
  if (!latest) return [];
  return tipsFor(latest.ratings).map((tip) => ({
    key: `focus:${tip.area}`,
    text: tip.label,
    label: `${tip.score.toFixed(1)} of 5`,
    detail: tip.tip,
  }));
}

/**
 * The profile items not done yet, once the reader has started the checklist (an untouched
 * checklist is not seven to-dos the reader chose), with their note or the lesson's standard.
 */
function presenceTodos(doc: CommunicationDoc): PlanItem[] {
  if (doc.presence.length === 0) return [];
  return presenceItems
    .filter((item) => !doc.presence.find((record) => record.id === item)?.done)
    .map((item) => {
      const note = orElse(doc.presence.find((record) => record.id === item)?.note ?? '', '');
      return {
        key: `presence:${item}`,
        text: presenceInfo[item].label,
        label: 'Profile',
        tick: true,
        detail: note || presenceInfo[item].check,
      };
    });
}

/** Lesson 3: the conversations to prepare, what to work on from the self-check, the profile to-dos. */
export const planSection: PlanSectionSource = {
  id: 'communication',
  title: 'Conversations and online presence',
  documents: ['communication', 'people'],
  build: ({ documents, options }) => {
    const doc = documents.communication;
    const people = documents.people?.people ?? [];
    return sectionOf(
      {
        id: 'communication',
        title: 'Conversations and online presence',
        prompts: [
          'Your next conversation: with whom, when, and two open questions to ask.',
          'The one listening habit you will practise.',
          'The profile changes you will make, and by when.',
        ],
      },
      [
        {
          key: 'conversations',
          title: 'Conversations to prepare',
          items: (doc?.plans ?? [])
            .filter((plan) => inRange(plan.date, options.range))
            .map((plan) => conversationItem(plan, people)),
        },
        { key: 'focus', title: 'What to work on when you talk', items: doc ? focusItems(doc) : [] },
        { key: 'presence', title: 'Online profile to-dos', items: doc ? presenceTodos(doc) : [] },
      ],
    );
  },
};
