import { describe, expect, it } from 'vitest';
import { contactStatuses } from '../../../../src/worksheets/follow-up/cadence';
import Papa from 'papaparse';
import {
  cadenceInWords,
  contactsToCsv,
  findDuplicates,
  guardFormula,
  guessMapping,
  parseCsv,
  planImport,
  readCadence,
  scheduleOf,
  validateRows,
} from '../../../../src/worksheets/follow-up/contacts-csv';
import { makePerson } from '../../../../src/documents/people/schema';

const now = new Date('2027-03-01T12:00:00Z');

describe('parseCsv', () => {
  it('reads quotes, embedded newlines and a byte-order mark, keeping each row’s line', () => {
    const text =
      '\uFEFFName,Notes\r\n"Warren, Elise","Said ""hi""\nthen left"\r\nPriya Raman,\r\n\r\nDaniel,x\r\n';
    const parsed = parseCsv(text);
    expect(parsed.headers).toEqual(['Name', 'Notes']);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 2, cells: ['Warren, Elise', 'Said "hi"\nthen left'] },
      { line: 4, cells: ['Priya Raman', ''] },
      { line: 6, cells: ['Daniel', 'x'] },
    ]);
  });

  it('reports a quote never closed on the line it opens, and reads the rows before it', () => {
    const parsed = parseCsv('Name,Notes\r\nPriya Raman,fine\r\nDaniel Osei,"never closed\r\nMarcus,x\r\n');
    expect(parsed.rows).toEqual([{ line: 2, cells: ['Priya Raman', 'fine'] }]);
    expect(parsed.problems).toEqual([
      {
        line: 3,
        reason:
          'a quoted cell starts here and its closing quote (") is missing, so this row and everything after it cannot be read.',
      },
    ]);
    const { candidates, problems } = validateRows(parsed, guessMapping(parsed.headers));
    expect(candidates.map((candidate) => candidate.fields.name)).toEqual(['Priya Raman']);
    expect(problems.map((problem) => problem.line)).toEqual([3]);
  });

  it('finds a header row under notes written above it, else takes the first row', () => {
    const notes = 'Exported by hand\r\n\r\nName,Email\r\nPriya Raman,\r\n';
    expect(parseCsv(notes)).toMatchObject({ headers: ['Name', 'Email'], headerLine: 3 });
    expect(parseCsv('Name\r\nPriya Raman\r\n')).toMatchObject({ headers: ['Name'], headerLine: 1 });
  });

  it('guesses the mapping from common header names', () => {
    expect(guessMapping(['Full Name', 'Company', 'E-mail', 'Job Title', 'Whatever', 'Tags'])).toEqual([
      'name',
      'organization',
      'email',
      'role',
      '',
      'tags',
    ]);
  });
});

describe('validateRows', () => {
  const text = [
    'Name,Email,Cadence,Tags',
    'Elise Warren,elise@clearpath.example,every 3 weeks,"health-tech, target company"',
    ',nobody@example.com,,',
    'Jonah Reyes,not-an-email,,',
    'Marcus Feld,,fortnightly,',
    'Too,many,cells,here,!',
    'Priya Raman,,every 45 days,peer',
    'Name Alone',
  ].join('\n');
  const parsed = parseCsv(text);

  it('keeps good rows and reports each bad one by line and reason', () => {
    const { candidates, problems } = validateRows(parsed, guessMapping(parsed.headers));
    expect(candidates).toEqual([
      {
        line: 2,
        fields: {
          name: 'Elise Warren',
          email: 'elise@clearpath.example',
          cadence: '3-weeks',
          cadenceDays: null,
          tags: ['health-tech', 'target company'],
        },
      },
      {
        line: 7,
        fields: { name: 'Priya Raman', email: '', cadence: 'custom', cadenceDays: 45, tags: ['peer'] },
      },
      // A row with a name alone is a contact: the cells it lacks are empty.
      { line: 8, fields: { name: 'Name Alone', email: '', cadence: 'none', cadenceDays: null, tags: [] } },
    ]);
    expect(problems).toEqual([
      { line: 3, reason: 'the name is empty.' },
      { line: 4, reason: '“not-an-email” is not an email address.' },
      {
        line: 5,
        reason:
          'the cadence “fortnightly” is not one of every 3 weeks, every 2 months, every 6 months, once a year, every N days, or none.',
      },
      { line: 6, reason: 'it has 5 cells but the header has 4.' },
    ]);
  });

  it('asks for a name column before anything else', () => {
    expect(validateRows(parsed, ['', 'email', 'cadence', 'tags']).problems).toEqual([
      {
        line: 1,
        reason:
          'No column is mapped to Name (or First name and Last name); choose which column holds the names.',
      },
    ]);
  });

  it('joins a first and a last name column into the name', () => {
    const split = parseCsv('Given,Surname,Company\r\nZoë,García,"Clearpath, Inc."\r\n,Osei,\r\nMarcus,,\r\n');
    expect(guessMapping(['First Name', 'Last Name', 'Phone', 'URL'])).toEqual([
      'firstName',
      'lastName',
      'phone',
      'profileUrl',
    ]);
    const { candidates } = validateRows(split, ['firstName', 'lastName', 'organization']);
    expect(candidates.map((candidate) => candidate.fields.name)).toEqual(['Zoë García', 'Osei', 'Marcus']);
    expect(candidates[0]!.fields.organization).toBe('Clearpath, Inc.');
  });
});

describe('duplicates and the import plan', () => {
  const existing = [
    makePerson('p-elise', now, {
      name: 'Elise  Warren',
      email: 'Elise@Clearpath.example',
      tags: ['peer'],
      role: '',
    }),
    makePerson('p-priya', now, { name: 'Priya Raman', email: 'priya@mendwell.example' }),
  ];
  const candidates = [
    {
      line: 2,
      fields: {
        name: 'elise warren',
        email: 'elise@clearpath.example',
        role: 'Analytics lead',
        tags: ['mentor'],
      },
    },
    { line: 3, fields: { name: 'Priya Raman', email: '' } },
    { line: 4, fields: { name: 'ELISE WARREN', email: 'elise@clearpath.example' } },
  ];

  it('matches on name and email together, ignoring case and spacing, and flags repeats in the file', () => {
    expect(findDuplicates(candidates, existing)).toEqual({
      duplicates: [{ line: 2, existingId: 'p-elise', existingName: 'Elise  Warren' }],
      repeats: [{ line: 4, reason: 'it repeats the contact on line 2.' }],
    });
  });

  it('merges by default (filling blanks, joining tags), or adds or skips as the reader chose', () => {
    const { duplicates } = findDuplicates(candidates, existing);
    const rows = candidates.slice(0, 2);
    const day = '2027-03-01';
    expect(planImport(rows, duplicates, new Map(), existing, day)).toEqual({
      add: [{ cadence: '2-months', name: 'Priya Raman', email: '', addedOn: day, snoozedUntil: null }],
      merge: [{ id: 'p-elise', patch: { role: 'Analytics lead', tags: ['peer', 'mentor'] } }],
    });
    expect(planImport(rows, duplicates, new Map([[2, 'skip']]), existing, day).merge).toEqual([]);
    expect(planImport(rows, duplicates, new Map([[2, 'add']]), existing, day).add).toHaveLength(2);
    expect(planImport(rows, duplicates, new Map(), existing, day, new Set([3])).add).toEqual([]);
  });
});

describe('export', () => {
  it('guards cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+33 6', '-2', '@SUM(A1)', 'plain', ''].map(guardFormula)).toEqual([
      "'=1+1",
      "'+33 6",
      "'-2",
      "'@SUM(A1)",
      'plain',
      '',
    ]);
  });

  it('writes quotes and newlines safely and imports back to the same contacts', () => {
    const people = [
      makePerson('a', now, {
        name: '=HYPERLINK("http://evil.example")',
        organization: 'Clearpath, Health',
        notes: 'Line one\nsaid "hello"',
        tags: ['peer', 'mentor'],
        cadence: 'custom',
        cadenceDays: 30,
        addedOn: '2027-01-01',
        phone: '+1 614 555 0142',
        profileUrl: 'https://www.linkedin.com/in/example',
      }),
    ];
    const csv = contactsToCsv(contactStatuses(people, '2027-03-01'));
    expect(csv.split('\r\n')[0]).toBe(
      'Name,Role,Organization,Email,Phone,Profile URL,How we met,Tags,Notes,Cadence,Last interaction,Next follow-up',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    // Read by an independent parser, as a spreadsheet would: one header and one row, the cells as written.
    const independent = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(independent.errors).toEqual([]);
    expect(independent.data[1]).toEqual([
      `'=HYPERLINK("http://evil.example")`,
      '',
      'Clearpath, Health',
      '',
      "'+1 614 555 0142",
      'https://www.linkedin.com/in/example',
      '',
      'peer, mentor',
      'Line one\nsaid "hello"',
      'every 30 days',
      '',
      '2027-01-31',
    ]);
    const parsed = parseCsv(csv);
    const { candidates, problems } = validateRows(parsed, guessMapping(parsed.headers));
    expect(problems).toEqual([]);
    expect(candidates[0]!.fields).toEqual({
      name: '=HYPERLINK("http://evil.example")',
      role: '',
      organization: 'Clearpath, Health',
      email: '',
      phone: '+1 614 555 0142',
      profileUrl: 'https://www.linkedin.com/in/example',
      metHow: '',
      tags: ['peer', 'mentor'],
      notes: 'Line one\nsaid "hello"',
      cadence: 'custom',
      cadenceDays: 30,
      nextFollowUp: '2027-01-31',
    });
  });

  it('writes every cadence in one vocabulary that the import reads back', () => {
    const cadences = ['3-weeks', '2-months', '6-months', 'yearly', 'none'] as const;
    const people = [
      ...cadences.map((cadence) => makePerson(cadence, now, { name: cadence, cadence })),
      makePerson('custom', now, { name: 'custom', cadence: 'custom', cadenceDays: 45 }),
    ];
    const written = people.map(cadenceInWords);
    expect(written).toEqual([
      'every 3 weeks',
      'every 2 months',
      'every 6 months',
      'once a year',
      'none',
      'every 45 days',
    ]);
    expect(written.map(readCadence)).toEqual(
      people.map(({ cadence, cadenceDays }) => ({ cadence, cadenceDays })),
    );
  });
});

describe('export, delete, import: every contact due on the same day', () => {
  const exportDay = '2027-03-01';
  const importDay = '2027-03-20';
  const people = [
    // Counted from a last interaction.
    makePerson('a', now, {
      name: 'Ann',
      cadence: '2-months',
      addedOn: '2026-11-02',
      lastInteraction: '2027-01-31',
    }),
    // Counted from the day added, never in touch: overdue.
    makePerson('b', now, { name: 'Ben', cadence: '3-weeks', addedOn: '2027-01-10' }),
    // Snoozed past its cadence.
    makePerson('c', now, {
      name: 'Cy',
      cadence: 'yearly',
      addedOn: '2026-06-01',
      snoozedUntil: '2027-08-15',
    }),
    // A month-end date: December 31 plus two months is the end of February.
    makePerson('d', now, { name: 'Di', cadence: '2-months', addedOn: '2026-12-31' }),
    makePerson('e', now, { name: 'Ed', cadence: 'custom', cadenceDays: 45, addedOn: '2027-02-27' }),
    makePerson('f', now, { name: 'Fay', cadence: 'none', addedOn: '2027-02-01' }),
  ];

  it('maps the Last interaction and Next follow-up columns back into the schedule', () => {
    const before = contactStatuses(people, exportDay);
    const parsed = parseCsv(contactsToCsv(before));
    const { candidates, problems } = validateRows(parsed, guessMapping(parsed.headers));
    expect(problems).toEqual([]);
    const plan = planImport(candidates, [], new Map(), [], importDay);
    const restored = plan.add.map((fields, index) => makePerson(`r${index}`, now, fields));
    const after = contactStatuses(restored, importDay);
    expect(after.map((status) => [status.person.name, status.due])).toEqual(
      before.map((status) => [status.person.name, status.due]),
    );
    expect(before.map((status) => status.due)).toEqual([
      '2027-03-31',
      '2027-01-31',
      '2027-08-15',
      '2027-02-28',
      '2027-04-13',
      null,
    ]);
  });

  it('counts from the import day when the file says nothing of a schedule, and refuses a day that is not one', () => {
    expect(scheduleOf({ cadence: '2-months' }, importDay)).toEqual({
      addedOn: importDay,
      snoozedUntil: null,
    });
    expect(scheduleOf({ cadence: '3-weeks', nextFollowUp: '2028-01-01' }, importDay)).toEqual({
      addedOn: importDay,
      snoozedUntil: '2028-01-01',
    });
    const parsed = parseCsv('Name,Next follow-up\r\nAnn,2027-02-30\r\nBen,31/01/2027\r\n');
    expect(validateRows(parsed, guessMapping(parsed.headers)).problems).toEqual([
      { line: 2, reason: 'the next follow-up “2027-02-30” is not a day written YYYY-MM-DD.' },
      { line: 3, reason: 'the next follow-up “31/01/2027” is not a day written YYYY-MM-DD.' },
    ]);
  });
});
