import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeContactsFile } from '../../../../src/worksheets/follow-up/import/decode';
import {
  csvSources,
  isVCard,
  readCsv,
  readSourceRows,
} from '../../../../src/worksheets/follow-up/import/detect';
import { googleLabels } from '../../../../src/worksheets/follow-up/import/google';
import { readVCards } from '../../../../src/worksheets/follow-up/import/read-vcard';

/** A fixture's text, decoded as the import decodes a chosen file. */
const file = (name: string) =>
  decodeContactsFile(new Uint8Array(readFileSync(`tests/fixtures/contacts/${name}`)).buffer);

/** Reads a fixture as the import does, and checks it recognised the export. */
function imported(name: string, label: string) {
  const { parsed, source } = readCsv(file(name));
  expect(source?.label).toBe(label);
  return readSourceRows(parsed, source!);
}

const summary = (fields: { name?: string; organization?: string; role?: string }) =>
  `${fields.name} | ${fields.organization} | ${fields.role}`;

describe('the fixtures are what the exports really write', () => {
  it('are UTF-8 CSV with CRLF line ends, a BOM where the export writes one, and every row as wide as its header', () => {
    for (const name of [
      'google-contacts.csv',
      'google-contacts-legacy.csv',
      'outlook-desktop.csv',
      'outlook-com.csv',
    ]) {
      const text = file(name);
      expect(text.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
      const { data, errors } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
      expect(errors).toEqual([]);
      expect(new Set(data.map((row) => row.length)).size).toBe(1);
    }
    const linkedin = readFileSync('tests/fixtures/contacts/linkedin-connections.csv', 'utf8');
    expect(linkedin.startsWith('\uFEFFNotes:\r\n')).toBe(true);
  });

  it('are read as UTF-8, or as Windows-1252 when they are not valid UTF-8, as Outlook for Windows writes', () => {
    const raw = readFileSync('tests/fixtures/contacts/outlook-desktop.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(raw)).toThrow();
    expect(file('outlook-desktop.csv')).toContain('"Björn","","Lindqvist","Jr.","Lindqvist & Söner AB"');
    const utf8 = new TextEncoder().encode('\uFEFFName\r\nZoë García\r\n');
    // The byte-order mark goes too: it says how to read the file and is no part of its text.
    expect(decodeContactsFile(utf8.buffer)).toBe('Name\r\nZoë García\r\n');
  });
});

describe('LinkedIn Connections.csv', () => {
  it('finds the header under the "Notes:" preamble and reads every connection', () => {
    const { parsed } = readCsv(file('linkedin-connections.csv'));
    expect(parsed.headerLine).toBe(4);
    const { candidates, problems } = imported(
      'linkedin-connections.csv',
      'LinkedIn connections (Connections.csv)',
    );
    expect(candidates.map((candidate) => summary(candidate.fields))).toEqual([
      'Priya Raman | Mendwell | Senior Product Analyst',
      'Zoë García-Núñez | Clearpath Health, Inc. | Director, Data & Analytics',
      'Daniel Osei | Columbus Health Data Meetup | Organizer',
      "Siobhán O'Connor | Byrne, Walsh & Partners | Partner",
    ]);
    expect(candidates[0]!).toEqual({
      line: 5,
      fields: {
        name: 'Priya Raman',
        organization: 'Mendwell',
        role: 'Senior Product Analyst',
        email: 'priya.raman@mendwell.example',
        profileUrl: 'https://www.linkedin.com/in/priya-raman-example',
        metHow: 'Connected on LinkedIn, 12 Mar 2024',
      },
    });
    expect(candidates[1]!.fields.email).toBe('');
    // A member who hides their name comes without one: skipped, with its line.
    expect(problems).toEqual([{ line: 9, reason: 'the name is empty.' }]);
  });
});

describe('Google Contacts CSV', () => {
  it('reads the current layout: names joined with their suffix, the first email and phone, labels as tags', () => {
    const { candidates, problems } = imported('google-contacts.csv', 'Google Contacts (Google CSV)');
    expect(problems).toEqual([]);
    expect(candidates.map((candidate) => summary(candidate.fields))).toEqual([
      'Marcus Webb, PhD | Ohio State University, Wexner Medical Center | Research Director',
      'Amélie Claire Dubois | Nordlys Analytics | Head of Data, EMEA',
      'Kwame Mensah | Mensah & Daughters, LLC | Founder',
      'Lena Fischer |  | ',
    ]);
    // A note over two lines starts on line 2 and ends on 3, so the next contact is on line 4.
    expect(candidates.map((candidate) => candidate.line)).toEqual([2, 4, 5, 6]);
    expect(candidates[0]!.fields).toMatchObject({
      email: 'marcus.webb@osu.example',
      phone: '+1 614-555-0107',
      profileUrl: 'https://www.linkedin.com/in/marcus-webb-example',
      tags: ['Networking', 'Mentors'],
      notes: 'Met at the AMIA symposium.\nAsked about the fellowship.',
    });
    expect(candidates[2]!.fields).toMatchObject({
      email: 'kwame@mensah.example',
      phone: '+1 380-555-0199',
      tags: [],
    });
  });

  it('reads the older layout, whose full name is one column', () => {
    const { candidates, problems } = imported(
      'google-contacts-legacy.csv',
      'Google Contacts (older Google CSV)',
    );
    expect(problems).toEqual([]);
    expect(candidates.map((candidate) => summary(candidate.fields))).toEqual([
      'Jonah Reyes | Reyes, Park & Co. | Principal',
      'Chloé Martin | Hôpital Saint-Louis | Infirmière cheffe',
      'Tomás Álvarez | Clínica Norte | Data engineer',
    ]);
    expect(candidates[0]!.fields).toMatchObject({ tags: ['Conference 2019'], phone: '(614) 555-0142' });
  });

  it('splits labels on " ::: ", drops the "* " of Google’s own groups, and leaves out myContacts', () => {
    expect(googleLabels('* myContacts ::: * starred ::: Networking ::: Health tech')).toEqual([
      'starred',
      'Networking',
      'Health tech',
    ]);
    expect(googleLabels('* myContacts')).toEqual([]);
    expect(googleLabels('')).toEqual([]);
  });
});

describe('Outlook CSV', () => {
  it('reads the desktop export: "Title" is the courtesy title, the job is "Job Title"', () => {
    const { candidates, problems } = imported('outlook-desktop.csv', 'Outlook contacts (CSV)');
    expect(problems).toEqual([]);
    expect(candidates.map((candidate) => summary(candidate.fields))).toEqual([
      'Helen Okafor | Riverside Health, Inc. | Chief Medical Information Officer',
      'Björn Lindqvist, Jr. | Lindqvist & Söner AB | CTO',
      'Ana Lucía Ferreira | Saúde Digital | Product lead',
    ]);
    expect(candidates[0]!.fields).toMatchObject({
      email: 'helen.okafor@riverside.example',
      phone: '(614) 555-0188',
      profileUrl: 'https://www.linkedin.com/in/helen-okafor-example',
      tags: ['Networking', 'Conference 2024'],
    });
    expect(candidates[1]!.fields.phone).toBe('+46 8 555 123 45');
  });

  it('reads the Outlook.com export, with its columns in another order', () => {
    const { candidates } = imported('outlook-com.csv', 'Outlook contacts (CSV)');
    expect(candidates.map((candidate) => summary(candidate.fields))).toEqual([
      'Rachel Kim | Brightline Care, LLC | VP, Clinical Operations',
      'Étienne Beaulieu | Santé Québec | Analyste principal',
    ]);
    expect(candidates[0]!.fields.phone).toBe('+1 (380) 555-0111');
  });
});

describe('recognising a file', () => {
  it('tells each export from the others by its header row, and knows none of a plain spreadsheet', () => {
    const labels = [
      'linkedin-connections.csv',
      'google-contacts.csv',
      'google-contacts-legacy.csv',
      'outlook-com.csv',
    ].map((name) => readCsv(file(name)).source?.label);
    expect(new Set(labels).size).toBe(4);
    expect(readCsv('Name,Company,Email\r\nPriya Raman,Mendwell,\r\n').source).toBeUndefined();
    expect(csvSources.length).toBe(4);
  });

  it('tells vCard from CSV by the content, not the name', () => {
    expect(isVCard(file('iphone-contacts-3.0.vcf'))).toBe(true);
    expect(isVCard(file('contacts-4.0.vcf'))).toBe(true);
    expect(isVCard(file('outlook-com.csv'))).toBe(false);
  });
});

describe('vCard files', () => {
  it('reads vCard 3.0 with folded lines and escapes, N and ORG as structured values', () => {
    const { candidates, problems, cards } = readVCards(file('iphone-contacts-3.0.vcf'));
    expect([cards, problems]).toEqual([3, []]);
    expect(candidates.map((candidate) => summary(candidate.fields))).toEqual([
      'Marcus Webb, PhD | Ohio State University, Wexner Medical Center | Research Director',
      'Zoë García-Núñez | Clearpath Health, Inc. | Director, Data & Analytics',
      'Ken Nakamura |  | ',
    ]);
    expect(candidates.map((candidate) => candidate.line)).toEqual([1, 16, 25]);
    expect(candidates[0]!.fields).toMatchObject({
      email: 'marcus.webb@osu.example',
      phone: '+1 (614) 555-0107',
      profileUrl: 'https://www.linkedin.com/in/marcus-webb-example',
      tags: ['Networking', 'Mentors'],
      notes:
        'Met at the AMIA symposium in Columbus; asked about the fellowship.\nFollow up with the reading list he mentioned.',
    });
  });

  it('reads vCard 4.0: a tel: URI, a folded escaped note, an organisation card, a name from N', () => {
    const { candidates, problems } = readVCards(file('contacts-4.0.vcf'));
    expect(problems).toEqual([]);
    expect(candidates[0]!.fields).toMatchObject({
      name: "Siobhán O'Connor",
      organization: 'Byrne, Walsh & Partners',
      phone: '+353-1-555-0190',
      profileUrl: 'https://oconnor.example/about',
      notes: 'Introduced by Daniel at the Dublin meetup.\nLikes long walks, good coffee and short emails.',
    });
    expect(candidates[1]!.fields).toMatchObject({ kind: 'organization', name: 'Mendwell', organization: '' });
    expect(summary(candidates[2]!.fields)).toBe(
      'Dr. Aisha Bello | Lagos University Teaching Hospital | Consultant cardiologist',
    );
  });

  it('reads vCard 2.1: quoted-printable UTF-8 with a soft line break, bare TYPE parameters', () => {
    const { candidates, problems } = readVCards(file('android-contacts-2.1.vcf'));
    expect(problems).toEqual([]);
    expect(candidates[0]!.fields).toMatchObject({
      name: 'Jürgen Müller',
      organization: 'Universitätsklinikum Köln',
      role: 'Oberarzt',
      phone: '+49 221 555 0123',
      email: 'juergen.mueller@uk-koeln.example',
      notes: 'Trafen uns auf der DMEA in Berlin, sprach über Datenqualität.',
    });
    expect(candidates[1]!.fields).toMatchObject({ name: 'Kwame Mensah', phone: '+1 380-555-0199' });
  });

  it('reads a vCard 2.1 card past its base64 photo, whose type is a bare parameter, and the blank line after it', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Amara Obi',
      'PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkS',
      ' Ew8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgN',
      '',
      'TITLE:Nurse informaticist',
      'END:VCARD',
    ].join('\r\n');
    const { candidates, problems } = readVCards(card);
    expect(problems).toEqual([]);
    expect(candidates[0]!.fields).toMatchObject({ name: 'Amara Obi', role: 'Nurse informaticist' });
  });

  it('reports a card it cannot read, or one cut short, by its line, and imports the others', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Good Card',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'this line has no colon',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'ORG:Nameless Inc.;',
      'N:;;;;',
      'FN:',
      'END:VCARD',
      'BEGIN:VCARD',
      'FN:Cut Short',
    ].join('\r\n');
    const { candidates, problems, cards } = readVCards(text);
    expect(cards).toBe(4);
    expect(candidates.map((candidate) => candidate.fields.name)).toEqual(['Good Card', 'Nameless Inc.']);
    expect(problems.map((problem) => problem.line)).toEqual([5, 15]);
    expect(problems[0]!.reason).toMatch(/^this card cannot be read: .*this line has no colon/);
    expect(problems[1]!.reason).toBe('this card has no END:VCARD line, so it may be cut short.');
  });
});
