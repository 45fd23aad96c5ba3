import { describe, expect, it } from 'vitest';
import { planSection as communicationSection } from '../../../../src/worksheets/communication/plan';
import type { PlanDocuments, PlanOptions } from '../../../../src/worksheets/action-plan/model';
import { areaInfo } from '../../../../src/worksheets/communication/self-check';
import {
  blankPlan,
  communicationSpec,
  type CommunicationDoc,
} from '../../../../src/worksheets/communication/schema';
import { mayaWorkbook } from '../../../support/workbook-fixtures';

/** The weeks around Maya's call with Priya (February 18). */
const february: PlanOptions = { today: '2027-02-12', range: { from: '2027-02-12', to: '2027-05-12' } };
const build = (documents: PlanDocuments, options = february) =>
  communicationSection.build({ documents, options, earlier: [] });
const comms = mayaWorkbook.communication!;

describe('the conversations and online presence section', () => {
  it('is a blank worksheet without the lesson 3 document, or with nothing in it', () => {
    expect(build({}).empty).toBe(true);
    expect(build({ communication: communicationSpec.initial() }).empty).toBe(true);
  });

  it('lists each conversation plan with its day, a box to tick and its preparation', () => {
    const [conversations] = build(mayaWorkbook).groups;
    expect(conversations!.title).toBe('Conversations to prepare');
    const [priya] = conversations!.items;
    expect(priya).toMatchObject({
      text: 'Conversation with Priya Raman (Senior product analyst, Mendwell)',
      label: 'Conversation',
      date: '2027-02-18',
      dateRef: 'conversation:plan-priya',
      tick: true,
      detail: "20-minute video call set up through Daniel's introduction.",
    });
    expect(priya!.children!.map((child) => [child.label, child.text])).toEqual([
      [
        'Ask',
        'What surprised you most about moving from hospital analytics to a product team? How does your team decide which metrics matter for a new feature?',
      ],
      ['Listen for', 'Skills Priya thinks I lack, names she mentions, anything I could help with.'],
      ['Adapt', 'Use the 30-second pitch, skip hospital jargon, end on time.'],
    ]);
  });

  it('names a conversation by the reader’s words when no one on the map is picked, and keeps undated ones', () => {
    const plan = { ...blankPlan('c', new Date('2027-02-01')), who: 'The Guild’s programme chair' };
    const doc: CommunicationDoc = { ...communicationSpec.initial(), plans: [plan] };
    const [item] = build({ communication: doc }).groups[0]!.items;
    expect(item).toMatchObject({ text: 'Conversation with The Guild’s programme chair', tick: true });
    expect(item!.date).toBeUndefined();
    expect(item!.children).toEqual([]);
  });

  it('leaves out conversations dated outside the plan’s days', () => {
    const later: PlanOptions = { today: '2027-03-01', range: { from: '2027-03-01', to: '2027-05-29' } };
    expect(build(mayaWorkbook, later).groups.map((group) => group.key)).not.toContain('conversations');
  });

  it('lists the weakest areas of the latest self-check with the lesson’s tip', () => {
    const focus = build(mayaWorkbook).groups.find((group) => group.key === 'focus')!;
    expect(focus.items.map((item) => [item.text, item.label, item.detail])).toEqual([
      ['Talking and pausing', '2.5 of 5', areaInfo.balance.tip],
      ['Active listening', '2.7 of 5', areaInfo.listening.tip],
    ]);
    // A later take replaces the earlier one's focus.
    const strong = Object.fromEntries(Object.keys(comms.takes[0]!.ratings).map((id) => [id, 5]));
    const retaken = {
      ...comms,
      takes: [...comms.takes, { ...comms.takes[0]!, id: 't2', takenOn: '2027-02-20', ratings: strong }],
    };
    expect(build({ communication: retaken }).groups.map((group) => group.key)).not.toContain('focus');
  });

  it('lists the profile items not done, with the reader’s note or the lesson’s standard, once the checklist is started', () => {
    const presence = build(mayaWorkbook).groups.find((group) => group.key === 'presence')!;
    expect(presence.title).toBe('Online profile to-dos');
    expect(presence.items.map((item) => item.text)).toEqual([
      'Summary',
      'Photo',
      'Experience',
      'Activity',
      'Skills',
      'Recommendations',
    ]);
    expect(presence.items.every((item) => item.tick)).toBe(true);
    expect(presence.items[1]!.detail).toBe('Plain headshot on Saturday.');
    expect(presence.items[0]!.detail).toMatch(/^Your written pitch in the first person/);
    const untouched = { ...comms, presence: [] };
    expect(build({ communication: untouched }).groups.map((group) => group.key)).not.toContain('presence');
  });
});
