import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commonGroundPrompts,
  groupPeople,
  nextMove,
  personLabel,
  personName,
  statusSummary,
  type GroupBy,
} from '../../../../src/worksheets/relationship-map/relationships';
import { makePerson, statuses, tiers, type Person } from '../../../../src/documents/people/schema';

const now = new Date('2027-03-01T10:00:00Z');
const person = (fields: Partial<Person> = {}, id = fields.name ?? 'p') => makePerson(id, now, fields);

const priya = person({
  name: 'Priya Raman',
  role: 'Senior product analyst',
  organization: 'Mendwell',
  tier: 'A',
});

describe('personLabel', () => {
  it.each([
    [
      { name: 'Priya Raman', role: 'Senior product analyst', organization: 'Mendwell' },
      'Priya Raman (Senior product analyst, Mendwell)',
    ],
    [{ name: 'Priya Raman', role: 'Senior product analyst' }, 'Priya Raman (Senior product analyst)'],
    [{ name: 'Priya Raman', organization: 'Mendwell' }, 'Priya Raman (Mendwell)'],
    [{ name: 'Priya Raman' }, 'Priya Raman'],
    [{ name: '  Priya   Raman ', role: ' ', organization: '' }, 'Priya Raman'],
    [{ name: '' }, 'Unnamed person'],
    [{ name: '', role: 'Recruiter' }, 'Unnamed person (Recruiter)'],
    [{ kind: 'organization' as const, name: '' }, 'Unnamed organization'],
    [
      { kind: 'organization' as const, name: 'Columbus Health Data Meetup', role: 'Monthly local group' },
      'Columbus Health Data Meetup (Monthly local group)',
    ],
  ])('%o is “%s”', (fields, label) => {
    expect(personLabel(person(fields))).toBe(label);
  });
});

describe('personName', () => {
  it.each([
    [{ name: 'Daniel Osei' }, 'Daniel Osei'],
    [{ name: '   ' }, 'this person'],
    [{ kind: 'organization' as const, name: '' }, 'this organization'],
  ])('%o is called “%s”', (fields, name) => {
    expect(personName(person(fields))).toBe(name);
  });
});

describe('commonGroundPrompts', () => {
  it('asks about the organization, what they share, and who knows them, for a new contact', () => {
    expect(commonGroundPrompts(priya)).toMatchInlineSnapshot(`
      [
        "Have you or a colleague worked with someone at Mendwell?",
        "What has Priya Raman written, shared or spoken about lately?",
        "Did you and Priya Raman study, work or live in the same place, or make the same career move?",
        "Who do you know at Mendwell, or who used to work there?",
        "What problem does a senior product analyst face that you have worked on too?",
      ]
    `);
  });

  it('turns what is written into openings once common ground is filled', () => {
    const filled = {
      ...priya,
      sharedInterests: 'Patient experience metrics',
      sharedBackground: 'Both moved from hospital analytics into software',
      mutualConnections: 'Daniel Osei, Laura Chen',
    };
    expect(commonGroundPrompts(filled)).toMatchInlineSnapshot(`
      [
        "Have you or a colleague worked with someone at Mendwell?",
        "Would Daniel Osei or Laura Chen introduce you, or tell you what Priya Raman cares about?",
        "How could you open with “Patient experience metrics” in a first message?",
        "Which detail of “Both moved from hospital analytics into…” would Priya Raman recognize at once?",
      ]
    `);
  });

  it('asks organization questions for an organization', () => {
    const meetup = person({ kind: 'organization', name: 'Columbus Health Data Meetup' });
    expect(commonGroundPrompts(meetup)).toMatchInlineSnapshot(`
      [
        "Which role or person inside Columbus Health Data Meetup does the work you want to do?",
        "What has Columbus Health Data Meetup published, hosted or announced lately?",
        "Have you attended, used or worked with Columbus Health Data Meetup before?",
        "Who do you know who is a member of Columbus Health Data Meetup, or works there?",
      ]
    `);
  });

  it('talks about “this person” before a name is typed', () => {
    expect(commonGroundPrompts(person())[0]).toBe(
      'What has this person written, shared or spoken about lately?',
    );
  });

  it.each([
    ['no organization', {}, /worked with someone at/, false],
    ['an organization', { organization: 'Orrin Health' }, /worked with someone at Orrin Health\?/, true],
    ['no shared interests', {}, /written, shared or spoken about lately/, true],
    ['shared interests', { sharedInterests: 'Open data' }, /written, shared or spoken about lately/, false],
    ['shared interests, quoted', { sharedInterests: 'Open data' }, /open with “Open data”/, true],
    ['no shared background', {}, /study, work or live in the same place/, true],
    ['shared background', { sharedBackground: 'Ohio State' }, /study, work or live/, false],
    ['no mutual connections', {}, /Who do you know who might know Sam/, true],
    ['mutual connections', { mutualConnections: 'Ana and Bo' }, /Would Ana or Bo introduce you/, true],
    [
      'mutual connections on lines',
      { mutualConnections: 'Ana Li\nBo' },
      /Would Ana Li or Bo introduce/,
      true,
    ],
    ['a role, nothing shared', { role: 'Data lead' }, /does a data lead face/, true],
    ['a role starting with a vowel', { role: 'Engineer' }, /does an engineer face/, true],
    ['a role that is an acronym', { role: 'UX researcher' }, /does a UX researcher face/, true],
    ['a role, interests known', { role: 'Data lead', sharedInterests: 'x' }, /data lead face/, false],
  ])('with %s', (_case, fields: Partial<Person>, pattern, expected) => {
    const prompts = commonGroundPrompts(person({ name: 'Sam', ...fields }));
    expect(prompts.some((prompt) => pattern.test(prompt))).toBe(expected);
  });

  it('asks who could introduce, reading well whatever the reader typed as mutual connections', () => {
    const introductions = (mutualConnections: string) =>
      commonGroundPrompts({ ...priya, mutualConnections }).find((prompt) => prompt.startsWith('Would'));
    expect(
      [
        'Helen Park',
        'My manager, Helen',
        'Helen, my manager',
        'my old boss at Orrin Health',
        'A former colleague of mine',
        'Daniel Osei, Laura Chen',
        'Daniel Osei and Laura Chen.',
        'Daniel Osei, a former colleague, and Laura Chen',
        'Ana Li\nBo Han\nCarmen Ruiz',
        'Ana; Bo; Carmen; Dev; Eli',
        'Laura Chen – we met at the PyData meetup',
        'We both know people from the Ohio State alumni group in Columbus',
      ].map(introductions),
    ).toMatchInlineSnapshot(`
      [
        "Would Helen Park introduce you, or tell you what Priya Raman cares about?",
        "Would your manager, Helen, introduce you, or tell you what Priya Raman cares about?",
        "Would Helen, your manager, introduce you, or tell you what Priya Raman cares about?",
        "Would your old boss at Orrin Health introduce you, or tell you what Priya Raman cares about?",
        "Would a former colleague of yours introduce you, or tell you what Priya Raman cares about?",
        "Would Daniel Osei or Laura Chen introduce you, or tell you what Priya Raman cares about?",
        "Would Daniel Osei or Laura Chen introduce you, or tell you what Priya Raman cares about?",
        "Would Daniel Osei, a former colleague, or Laura Chen introduce you, or tell you what Priya Raman cares about?",
        "Would Ana Li, Bo Han or Carmen Ruiz introduce you, or tell you what Priya Raman cares about?",
        "Would Ana, Bo or one of the 3 others you listed introduce you, or tell you what Priya Raman cares about?",
        "Would Laura Chen introduce you, or tell you what Priya Raman cares about?",
        "Would one of the mutual connections you noted introduce you, or tell you what Priya Raman cares about?",
      ]
    `);
  });

  it.each(['none', 'Not sure yet', 'n/a', '?', '  '])(
    'takes “%s” as no mutual connection, and asks who could know them',
    (mutualConnections) => {
      const prompts = commonGroundPrompts({ ...priya, mutualConnections });
      expect(prompts).toContain('Who do you know at Mendwell, or who used to work there?');
      expect(prompts.join(' ')).not.toMatch(/introduce you/);
    },
  );

  it('quotes notes and roles without doubling the reader’s punctuation or capitals', () => {
    expect(
      commonGroundPrompts(
        person({
          name: 'Sam',
          sharedInterests: 'Open data.\nCivic tech!',
          sharedBackground: 'Ohio State.',
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "Who do you know who might know Sam: a former colleague, classmate or client?",
        "How could you open with “Open data” in a first message?",
        "Which detail of “Ohio State” would Sam recognize at once?",
      ]
    `);
    expect(
      ['An engineer.', 'MBA student', 'SRE', 'HR business partner', 'UX researcher', 'the founder'].map(
        (role) => commonGroundPrompts(person({ name: 'Sam', role })).at(-1),
      ),
    ).toMatchInlineSnapshot(`
      [
        "What problem does an engineer face that you have worked on too?",
        "What problem does an MBA student face that you have worked on too?",
        "What problem does an SRE face that you have worked on too?",
        "What problem does an HR business partner face that you have worked on too?",
        "What problem does a UX researcher face that you have worked on too?",
        "What problem does a founder face that you have worked on too?",
      ]
    `);
  });

  it('shortens long answers it quotes, at a word', () => {
    const prompts = commonGroundPrompts(
      person({
        name: 'Sam',
        sharedInterests: 'Reducing no-shows in outpatient clinics with better reminders',
      }),
    );
    expect(prompts).toContain(
      'How could you open with “Reducing no-shows in outpatient clinics…” in a first message?',
    );
  });

  it('always gives three to six short, distinct questions', () => {
    const text = fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 120 }));
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom('person' as const, 'organization' as const),
          name: text,
          role: text,
          organization: text,
          sharedInterests: text,
          sharedBackground: text,
          mutualConnections: text,
        }),
        (fields) => {
          const prompts = commonGroundPrompts(person(fields));
          expect(prompts.length).toBeGreaterThanOrEqual(3);
          expect(prompts.length).toBeLessThanOrEqual(6);
          expect(new Set(prompts).size).toBe(prompts.length);
          for (const prompt of prompts) {
            expect(prompt.trim()).toBe(prompt);
            expect(prompt).toMatch(/\?$/);
          }
        },
      ),
    );
  });
});

describe('groupPeople', () => {
  const map = [
    person({ name: 'Cleo', tier: 'C', status: 'to-reach', goalIds: ['g1'] }),
    person({ name: 'Abe', tier: 'A', status: 'connected', goalIds: ['g1', 'g2'] }),
    person({ name: 'Bea', tier: 'B', status: 'to-reach', goalIds: [] }),
    person({ name: 'Ada', tier: 'A', status: 'to-reach', goalIds: ['g-gone'] }),
    person({ name: 'Bo', tier: 'B', status: 'contacted', goalIds: ['g2'] }),
    person({ name: 'Al', tier: 'A', status: 'to-reach', goalIds: ['g2'] }),
  ];
  const goals = [
    { id: 'g1', text: '12 informational conversations by June 30' },
    { id: 'g2', text: 'Five case study reviewers' },
    { id: 'g3', text: '  ' },
  ];
  const shape = (by: GroupBy, list = map) =>
    groupPeople(list, by, goals).map((g) => `${g.label}: ${g.people.map((p) => p.name).join(' ')}`);

  it.each<[GroupBy, string[]]>([
    ['status', ['To reach: Ada Al Bea Cleo', 'Contacted: Bo', 'Connected: Abe']],
    [
      'tier',
      [
        'Tier A — reach out first: Abe Ada Al',
        'Tier B — within 90 days: Bea Bo',
        'Tier C — keep in view: Cleo',
      ],
    ],
    [
      'goal',
      [
        '12 informational conversations by June 30: Abe Cleo',
        'Five case study reviewers: Abe Al Bo',
        'Unnamed goal: ',
        'Not linked to a goal: Ada Bea',
      ],
    ],
  ])('by %s', (by, expected) => {
    expect(shape(by)).toEqual(expected);
  });

  it.each<[GroupBy, string[]]>([
    ['status', ['to-reach', 'contacted', 'connected']],
    ['tier', ['A', 'B', 'C']],
    ['goal', ['g1', 'g2', 'g3', 'none']],
  ])('keeps every %s group, even empty, in a fixed order', (by, keys) => {
    const groups = groupPeople([], by, goals);
    expect(groups.map((g) => g.id)).toEqual(keys);
    expect(groups.every((g) => g.people.length === 0)).toBe(true);
  });

  it('without goals, puts everyone under “Not linked to a goal”', () => {
    expect(groupPeople(map, 'goal').map((g) => [g.label, g.people.length])).toEqual([
      ['Not linked to a goal', 6],
    ]);
  });

  it('keeps the reader’s order within a tier (stable)', () => {
    const same = ['x', 'y', 'z'].map((name) => person({ name, tier: 'B' }));
    expect(groupPeople(same, 'status')[0]?.people.map((p) => p.name)).toEqual(['x', 'y', 'z']);
  });

  it('puts everyone in exactly one status group and one tier group, whatever the data', () => {
    const entry = fc.record({ tier: fc.constantFrom(...tiers), status: fc.constantFrom(...statuses) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
        const list = entries.map((fields, i) => person(fields, `p${i}`));
        for (const by of ['status', 'tier'] as const) {
          const grouped = groupPeople(list, by).flatMap((g) => g.people.map((p) => p.id));
          expect([...grouped].sort()).toEqual(list.map((p) => p.id).sort());
        }
        for (const group of groupPeople(list, 'status')) {
          const order = group.people.map((p) => p.tier);
          expect(order).toEqual([...order].sort());
        }
      }),
    );
  });
});

describe('statusSummary', () => {
  it.each([
    [[], 'No one on your map yet.'],
    [['to-reach'], '1 to reach, 0 contacted, 0 connected'],
    [
      ['to-reach', 'connected', 'to-reach', 'contacted', 'to-reach', 'connected'],
      '3 to reach, 1 contacted, 2 connected',
    ],
  ] as [Person['status'][], string][])('%o reads “%s”', (list, summary) => {
    expect(statusSummary(list.map((status) => ({ status })))).toBe(summary);
  });
});

describe('nextMove', () => {
  it.each([
    [
      { status: 'to-reach' as const, opportunity: 'Ask Daniel for an introduction.' },
      'Reach out to Priya Raman: Ask Daniel for an introduction.',
    ],
    [
      { status: 'to-reach' as const, opportunity: 'Talk at the meetup\nthen email' },
      'Reach out to Priya Raman: Talk at the meetup.',
    ],
    [
      { status: 'to-reach' as const, opportunity: '' },
      'Choose a way to reach Priya Raman: an introduction, an event you both attend, or a short message.',
    ],
    [
      { status: 'to-reach' as const, kind: 'organization' as const, name: 'Product Analytics Guild' },
      'Choose a way into Product Analytics Guild: an event, joining, or a member who can introduce you.',
    ],
    [
      { status: 'to-reach' as const, opportunity: 'Ask Daniel for an introduction?' },
      'Reach out to Priya Raman: Ask Daniel for an introduction.',
    ],
    [
      {
        status: 'to-reach' as const,
        opportunity: 'Reply to her post on patient reminders, then ask for 20 minutes on a call.',
      },
      'Reach out to Priya Raman: Reply to her post on patient reminders, then ask for 20 minutes on a call.',
    ],
    [
      {
        status: 'to-reach' as const,
        opportunity:
          'Reply to her post on patient reminders and the follow-up thread, then ask for a short call.',
      },
      'Reach out to Priya Raman: Reply to her post on patient reminders and the follow-up thread, then ask for a…',
    ],
    [
      { status: 'contacted' as const },
      'Follow up with Priya Raman: thank them, or check in if you have not heard back in a week.',
    ],
    [
      { status: 'connected' as const },
      'Keep in touch with Priya Raman: share something useful every month or two.',
    ],
    [
      { status: 'connected' as const, name: '' },
      'Keep in touch with this person: share something useful every month or two.',
    ],
  ])('%o: “%s”', (fields, move) => {
    expect(nextMove({ ...priya, ...fields })).toBe(move);
  });

  it('stays one line for any opportunity text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (opportunity) => {
        const move = nextMove({ ...priya, opportunity });
        expect(move).not.toMatch(/\n/);
        expect(move.length).toBeLessThan(140);
      }),
    );
  });
});
