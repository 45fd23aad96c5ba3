import { describe, expect, it } from 'vitest';
import { contactStatuses } from '../../../../src/worksheets/follow-up/cadence';
import {
  contactsToCsv,
  findDuplicates,
  guardFormula,
  guessMapping,
  parseCsv,
  planImport,
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
    expect(parsed.rows).toEqual([
      { line: 2, cells: ['Warren, Elise', 'Said "hi"\nthen left'] },
      { line: 4, cells: ['Priya Raman', ''] },
      { line: 6, cells: ['Daniel', 'x'] },
    ]);
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
      { line: 1, reason: 'No column is mapped to Name; choose which column holds the names.' },
    ]);
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
    expect(planImport(rows, duplicates, new Map(), existing)).toEqual({
      add: [{ cadence: '2-months', name: 'Priya Raman', email: '' }],
      merge: [{ id: 'p-elise', patch: { role: 'Analytics lead', tags: ['peer', 'mentor'] } }],
    });
    expect(planImport(rows, duplicates, new Map([[2, 'skip']]), existing).merge).toEqual([]);
    expect(planImport(rows, duplicates, new Map([[2, 'add']]), existing).add).toHaveLength(2);
    expect(planImport(rows, duplicates, new Map(), existing, new Set([3])).add).toEqual([]);
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
      }),
    ];
    const csv = contactsToCsv(contactStatuses(people, '2027-03-01'));
    expect(csv.split('\r\n')[0]).toBe(
      'Name,Role,Organization,Email,How we met,Tags,Notes,Cadence,Last interaction,Next follow-up',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const parsed = parseCsv(csv);
    const { candidates, problems } = validateRows(parsed, guessMapping(parsed.headers));
    expect(problems).toEqual([]);
    expect(candidates[0]!.fields).toEqual({
      name: '=HYPERLINK("http://evil.example")',
      role: '',
      organization: 'Clearpath, Health',
      email: '',
      metHow: '',
      tags: ['peer', 'mentor'],
      notes: 'Line one\nsaid "hello"',
      cadence: 'custom',
      cadenceDays: 30,
    });
  });
});
