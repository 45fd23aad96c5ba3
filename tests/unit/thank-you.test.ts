import { describe, expect, it } from 'vitest';
import { giveBalance } from '../../src/lib/give-balance';
import { draftThankYou, tones } from '../../src/lib/thank-you';
import type { Give } from '../../src/schemas/people';

const elise = { name: 'Elise Warren', metHow: 'the Columbus Health Data Meetup' };
const meetup = {
  date: '2027-03-03',
  channel: 'in-person' as const,
  talkedAbout: 'How Clearpath measures app engagement.',
  theyShared: 'Small clinics make experiments slow to read',
  promised: 'Send the small-sample article',
};

describe('draftThankYou', () => {
  it('drafts a warm note from what was discussed, shared and promised', () => {
    expect(draftThankYou(elise, meetup, 'warm', 'Maya')).toMatchInlineSnapshot(`
      {
        "body": "Hi Elise,

      Thank you for meeting me at the Columbus Health Data Meetup. I really enjoyed our conversation about how Clearpath measures app engagement.
      I've been thinking about what you said about small clinics make experiments slow to read.
      As promised: send the small-sample article.
      I'd be glad to stay in touch.

      Best,
      Maya",
        "subject": "Great to meet you at the Columbus Health Data Meetup",
      }
    `);
  });

  it('has a brief and a formal voice, each naming the specifics', () => {
    const brief = draftThankYou(elise, meetup, 'brief', 'Maya');
    expect(brief.body).toContain(
      'Thanks for meeting me at the Columbus Health Data Meetup; I enjoyed talking about',
    );
    expect(brief.body.endsWith('Best, Maya')).toBe(true);
    const formal = draftThankYou(elise, { ...meetup, channel: 'call' }, 'formal');
    expect(formal.body.startsWith('Dear Elise Warren,')).toBe(true);
    expect(formal.body).toContain('Wed, Mar 3, 2027');
    expect(formal.subject).toBe('Thank you for your time');
  });

  it('leaves out what was not logged instead of writing placeholders', () => {
    for (const tone of tones) {
      const draft = draftThankYou({ name: 'Jonah', metHow: '' }, undefined, tone);
      expect(draft.body).not.toMatch(/\[|undefined|about \.|: \./);
      expect(draft.body).toContain('Jonah');
    }
  });
});

describe('giveBalance', () => {
  const give = (date: string, kind: Give['kind'], personId = 'p'): Give => ({
    id: `${date}-${kind}-${personId}`,
    updatedAt: '2027-04-01T00:00:00Z',
    personId,
    date,
    kind,
    note: '',
  });
  const log = [
    give('2027-01-27', 'introduction', 'daniel'),
    give('2027-03-04', 'article', 'elise'),
    give('2027-03-18', 'introduction', 'priya'),
    give('2027-04-02', 'article', 'jonah'),
    give('2027-02-10', 'ask', 'daniel'),
    give('2027-03-20', 'ask', 'priya'),
    give('2027-04-22', 'ask', 'elise'),
    give('2026-10-01', 'ask', 'old'),
    give('2027-06-01', 'help', 'future'),
  ];

  it('counts the last three months and says where the reader stands', () => {
    expect(giveBalance(log, '2027-04-25')).toEqual({
      gives: 4,
      asks: 3,
      standing: 'ahead',
      summary: '4 gives and 3 asks in the last 3 months: ahead, but barely.',
    });
  });

  it('narrows to one contact, and speaks plainly when behind or empty', () => {
    expect(giveBalance(log, '2027-04-25', { personId: 'elise' }).standing).toBe('even');
    expect(giveBalance(log, '2027-04-25', { personId: 'daniel', days: 30 }).summary).toBe(
      '0 gives and 0 asks in the last 3 months: nothing logged yet; start with a give.',
    );
    expect(giveBalance([give('2027-04-20', 'ask')], '2027-04-25').summary).toContain('behind');
  });
});
