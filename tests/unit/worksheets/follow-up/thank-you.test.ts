import { describe, expect, it } from 'vitest';
import { giveBalance } from '../../../../src/worksheets/follow-up/give-balance';
import { draftThankYou, tones, type Tone } from '../../../../src/worksheets/follow-up/thank-you';
import type { Give, Interaction } from '../../../../src/documents/people/schema';

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
      I've been thinking about what you said: small clinics make experiments slow to read.
      I'll send the small-sample article, as promised.
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

describe('draftThankYou from notes as readers write them', () => {
  const jonah = { name: 'Jonah Reyes', metHow: '', organization: 'Mendwell' };
  const note = (fields: Partial<Pick<Interaction, keyof typeof meetup>>) => ({
    ...meetup,
    talkedAbout: '',
    theyShared: '',
    promised: '',
    ...fields,
  });
  const sentences = (text: string) => text.split('\n').filter((line) => line.trim());

  it('weaves a fragment that describes the meeting into a sentence, instead of pasting it after "about"', () => {
    const call = note({ channel: 'call', talkedAbout: '20-minute intro call about the data team' });
    for (const tone of tones) {
      const draft = draftThankYou(jonah, call, tone);
      expect(`${draft.subject}\n${draft.body}`).not.toMatch(/about 20-minute|about \S+ call about/i);
      expect(draft.body).toContain('the data team');
    }
    expect(draftThankYou(jonah, call, 'warm').subject).toBe(
      'Thanks for the conversation about the data team',
    );
  });

  it('turns a full sentence into what the note is about, spoken to them', () => {
    const lisbon = note({ channel: 'call', talkedAbout: 'We talked about her move to Lisbon.' });
    for (const tone of tones) {
      const draft = draftThankYou({ name: 'Ana Duarte', metHow: '' }, lisbon, tone);
      expect(draft.body).not.toMatch(/about we talked|Lisbon\.\./i);
      expect(draft.body).toContain('your move to Lisbon');
    }
  });

  it('hears what they shared as a point, or as their news when the note speaks of them', () => {
    const point = draftThankYou(elise, meetup, 'warm').body;
    expect(point).not.toContain('about small clinics make');
    expect(point).toContain('small clinics make experiments slow to read');
    const news = note({ theyShared: 'She plans to hire a product analyst this summer.' });
    for (const tone of tones) {
      const body = draftThankYou(elise, news, tone).body;
      expect(body).toContain('you plan to hire a product analyst this summer.');
      expect(body).not.toMatch(/about she|: she/i);
    }
  });

  it('delivers a promise in the first person, whether noted as a task or as a sentence', () => {
    const task = draftThankYou(elise, note({ promised: 'Send the small-sample article' }), 'warm').body;
    expect(task).toContain("I'll send the small-sample article");
    expect(task).not.toContain('As promised: send');
    const sentence = note({ promised: "I'll send the revised version by May 7." });
    for (const tone of tones) {
      const body = draftThankYou(elise, sentence, tone).body;
      expect(body).toContain("I'll send the revised version by May 7.");
      expect(body).not.toMatch(/: I'll|\.\./);
    }
  });

  it('drops trailing punctuation and stray spaces, and keeps names capitalised mid-sentence', () => {
    const messy = note({
      channel: 'message',
      talkedAbout: '  Clearpath’s new partnership with a Dayton clinic network!!  ',
      theyShared: '',
      promised: 'Send the case study when it is published...',
    });
    for (const tone of tones) {
      const body = draftThankYou({ ...elise, organization: 'Clearpath' }, messy, tone).body;
      expect(body).toContain('Clearpath’s new partnership with a Dayton clinic network.');
      expect(body).not.toMatch(/!|\.\.|  /);
      expect(body).toMatch(/send the case study when it is published/i);
    }
  });

  it('keeps every line a whole sentence when notes are empty', () => {
    for (const tone of tones) {
      const body = draftThankYou(elise, note({}), tone).body;
      for (const line of sentences(body).slice(1, -1)) expect(line).toMatch(/[.,]$/);
      expect(body).not.toMatch(/about \.|: \.|undefined/);
    }
  });
});

describe('draftThankYou over a week of logged conversations, in every tone', () => {
  const log = [
    { ...meetup },
    {
      date: '2027-03-24',
      channel: 'message' as const,
      talkedAbout: "Congratulations on Clearpath's new partnership with a Dayton clinic network",
      theyShared: "She'd like to read Maya's case study.",
      promised: 'Send it when it is published',
    },
    {
      date: '2027-04-22',
      channel: 'call' as const,
      talkedAbout: '20-minute video call about Elise’s feedback on the case study',
      theyShared: 'Clearpath plans to hire a product analyst this summer.',
      promised: "I'll send the revised version by May 7.",
    },
    {
      date: '2027-05-05',
      channel: 'event' as const,
      talkedAbout: 'We talked about her move to Lisbon.',
      theyShared: '',
      promised: '',
    },
  ];
  const drafts = (tone: Tone) =>
    log
      .map((entry) => {
        const draft = draftThankYou({ ...elise, organization: 'Clearpath' }, entry, tone, 'Maya');
        return `Subject: ${draft.subject}\n${draft.body}`;
      })
      .join('\n---\n');

  it('warm', () => {
    expect(drafts('warm')).toMatchInlineSnapshot(`
      "Subject: Great to meet you at the Columbus Health Data Meetup
      Hi Elise,

      Thank you for meeting me at the Columbus Health Data Meetup. I really enjoyed our conversation about how Clearpath measures app engagement.
      I've been thinking about what you said: small clinics make experiments slow to read.
      I'll send the small-sample article, as promised.
      I'd be glad to stay in touch.

      Best,
      Maya
      ---
      Subject: Thanks for the conversation about Clearpath's new partnership with a Dayton clinic network
      Hi Elise,

      Thank you for your message. I really enjoyed our conversation about Clearpath's new partnership with a Dayton clinic network.
      I was glad to hear you'd like to read my case study.
      I'll send it when it is published, as promised.
      I'd be glad to stay in touch.

      Best,
      Maya
      ---
      Subject: Thanks for the conversation about your feedback on the case study
      Hi Elise,

      Thank you for the call. I really enjoyed our conversation about your feedback on the case study.
      I've been thinking about what you said: Clearpath plans to hire a product analyst this summer.
      I'll send the revised version by May 7.
      I'd be glad to stay in touch.

      Best,
      Maya
      ---
      Subject: Thanks for the conversation about your move to Lisbon
      Hi Elise,

      Thank you for talking with me at the Columbus Health Data Meetup. I really enjoyed our conversation about your move to Lisbon.
      I'd be glad to stay in touch.

      Best,
      Maya"
    `);
  });

  it('brief', () => {
    expect(drafts('brief')).toMatchInlineSnapshot(`
      "Subject: Great to meet you at the Columbus Health Data Meetup
      Hi Elise,

      Thanks for meeting me at the Columbus Health Data Meetup; I enjoyed talking about how Clearpath measures app engagement.
      Your point stayed with me: small clinics make experiments slow to read.
      I'll send the small-sample article, as promised.

      Best, Maya
      ---
      Subject: Thanks for the conversation about Clearpath's new partnership with a Dayton clinic network
      Hi Elise,

      Thanks for your message; I enjoyed talking about Clearpath's new partnership with a Dayton clinic network.
      Glad to hear you'd like to read my case study.
      I'll send it when it is published, as promised.

      Best, Maya
      ---
      Subject: Thanks for the conversation about your feedback on the case study
      Hi Elise,

      Thanks for the call; I enjoyed talking about your feedback on the case study.
      Your point stayed with me: Clearpath plans to hire a product analyst this summer.
      I'll send the revised version by May 7.

      Best, Maya
      ---
      Subject: Thanks for the conversation about your move to Lisbon
      Hi Elise,

      Thanks for talking with me at the Columbus Health Data Meetup; I enjoyed talking about your move to Lisbon.

      Best, Maya"
    `);
  });

  it('formal', () => {
    expect(drafts('formal')).toMatchInlineSnapshot(`
      "Subject: Thank you for your time
      Dear Elise Warren,

      Thank you for your time on Wed, Mar 3, 2027. I valued our conversation about how Clearpath measures app engagement.
      I especially appreciated your perspective: small clinics make experiments slow to read.
      As promised, I will send the small-sample article.
      I hope we can stay in touch.

      Kind regards,
      Maya
      ---
      Subject: Thank you for your time
      Dear Elise Warren,

      Thank you for your time on Wed, Mar 24, 2027. I valued our conversation about Clearpath's new partnership with a Dayton clinic network.
      I was pleased to hear that you'd like to read my case study.
      As promised, I will send it when it is published.
      I hope we can stay in touch.

      Kind regards,
      Maya
      ---
      Subject: Thank you for your time
      Dear Elise Warren,

      Thank you for your time on Thu, Apr 22, 2027. I valued our conversation about your feedback on the case study.
      I especially appreciated your perspective: Clearpath plans to hire a product analyst this summer.
      I'll send the revised version by May 7.
      I hope we can stay in touch.

      Kind regards,
      Maya
      ---
      Subject: Thank you for your time
      Dear Elise Warren,

      Thank you for your time on Wed, May 5, 2027. I valued our conversation about your move to Lisbon.
      I hope we can stay in touch.

      Kind regards,
      Maya"
    `);
  });

  it('stays under the lesson’s hundred words', () => {
    for (const tone of tones)
      for (const draft of drafts(tone).split('---')) {
        expect(draft.split(/\s+/).filter(Boolean).length).toBeLessThan(100);
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
