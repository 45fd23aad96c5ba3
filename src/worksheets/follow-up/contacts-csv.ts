/**
 * Contacts to and from CSV, the format every address book and spreadsheet can write. Parsing and
 * writing are Papa Parse's (RFC 4180 quoting, embedded newlines); the rules for what a row means
 * are here. Islands load this module on demand, so Papa Parse stays out of the page's first load.
 */
import Papa from 'papaparse';
import { cadences, MAX_CADENCE_DAYS, type Cadence, type Person } from '../../documents/people/schema';
import type { ContactStatus } from './cadence';
import { parseTags } from './contact-query';

/** The contact fields a CSV column can fill. */
export const importFields = [
  'name',
  'role',
  'organization',
  'email',
  'metHow',
  'tags',
  'notes',
  'cadence',
] as const;

/** One contact field a CSV column can fill. */
export type ImportField = (typeof importFields)[number];

/** How each field is named in the column mapping and in exported headers. */
export const importFieldLabels: Record<ImportField, string> = {
  name: 'Name',
  role: 'Role',
  organization: 'Organization',
  email: 'Email',
  metHow: 'How we met',
  tags: 'Tags',
  notes: 'Notes',
  cadence: 'Cadence',
};

/** For each column of the file, the field it fills, or `''` to ignore it. */
export type ColumnMapping = (ImportField | '')[];

/** A file read into rows, each with the line of the file it starts on. */
export interface ParsedCsv {
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

/** A row the import cannot use, by line of the file, and why. */
export interface RowProblem {
  line: number;
  reason: string;
}

/** A row that can become a contact. */
export interface Candidate {
  line: number;
  fields: Partial<
    Pick<
      Person,
      'name' | 'role' | 'organization' | 'email' | 'metHow' | 'notes' | 'tags' | 'cadence' | 'cadenceDays'
    >
  >;
}

/** A candidate that matches an existing contact by name and email. */
export interface Duplicate {
  line: number;
  existingId: string;
  existingName: string;
}

/** Header words that identify each field, lower-case, for guessing the mapping. */
const synonyms: Record<ImportField, string[]> = {
  name: ['name', 'full name', 'contact', 'contact name', 'display name'],
  role: ['role', 'title', 'job title', 'position'],
  organization: ['organization', 'organisation', 'company', 'employer', 'org'],
  email: ['email', 'e-mail', 'email address', 'e-mail address', 'mail'],
  metHow: ['how we met', 'met', 'where we met', 'how met', 'source', 'met at'],
  tags: ['tags', 'tag', 'labels', 'groups', 'categories'],
  notes: ['notes', 'note', 'comments', 'description'],
  cadence: ['cadence', 'follow-up', 'follow up', 'frequency'],
};

/** Reads CSV text: strips a byte-order mark, keeps each row's starting line for messages. */
export function parseCsv(text: string): ParsedCsv {
  const source = text.replace(/^\uFEFF/, '');
  const rows: { line: number; cells: string[] }[] = [];
  let offset = 0;
  let line = 1;
  let countedTo = 0;
  Papa.parse<string[]>(source, {
    skipEmptyLines: false,
    step: (result) => {
      // Lines before this row's start, counted incrementally; quoted newlines make rows span lines.
      for (let i = countedTo; i < offset; i++) if (source.charCodeAt(i) === 10) line++;
      countedTo = offset;
      const cells = result.data;
      if (!(cells.length === 1 && cells[0] === '')) rows.push({ line, cells });
      offset = result.meta.cursor;
      // Skip the row's line break, so the next row starts on the next line.
      if (source[offset] === '\r') offset++;
      if (source[offset] === '\n') offset++;
    },
  });
  const [header, ...body] = rows;
  return { headers: header ? header.cells.map((cell) => cell.trim()) : [], rows: body };
}

/** A first guess at which column fills which field, from the header names. Each field once. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const used = new Set<ImportField>();
  return headers.map((header) => {
    const key = header.trim().toLowerCase();
    const field = importFields.find((candidate) => !used.has(candidate) && synonyms[candidate].includes(key));
    if (!field) return '';
    used.add(field);
    return field;
  });
}

/** Cadence words a file may use, mapped to the tracker's cadences. */
const cadenceWords: Record<string, Cadence> = {
  '3 weeks': '3-weeks',
  'every 3 weeks': '3-weeks',
  '2 months': '2-months',
  'every 2 months': '2-months',
  '6 months': '6-months',
  'every 6 months': '6-months',
  yearly: 'yearly',
  'once a year': 'yearly',
  annually: 'yearly',
  none: 'none',
  '': 'none',
};

/** A cadence as a file may write it: the tracker's own names, common words, or "every 30 days". */
function readCadence(text: string): { cadence: Cadence; cadenceDays: number | null } | undefined {
  const value = text.toLowerCase().replace(/\s+/g, ' ');
  if ((cadences as readonly string[]).includes(value) && value !== 'custom')
    return { cadence: value as Cadence, cadenceDays: null };
  if (cadenceWords[value]) return { cadence: cadenceWords[value], cadenceDays: null };
  const days = /^every (\d+) days?$/.exec(value);
  const count = days ? Number(days[1]) : 0;
  return count >= 1 && count <= MAX_CADENCE_DAYS ? { cadence: 'custom', cadenceDays: count } : undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Turns parsed rows into contacts under a mapping. A row is a problem, reported by its line,
 * when it has the wrong number of cells, no name, an email that is not one, an unknown cadence,
 * or a value too long for its field; it is never silently fixed.
 */
export function validateRows(
  parsed: ParsedCsv,
  mapping: ColumnMapping,
): {
  candidates: Candidate[];
  problems: RowProblem[];
} {
  const candidates: Candidate[] = [];
  const problems: RowProblem[] = [];
  if (!mapping.includes('name')) {
    return {
      candidates,
      problems: [{ line: 1, reason: 'No column is mapped to Name; choose which column holds the names.' }],
    };
  }
  for (const { line, cells } of parsed.rows) {
    if (cells.length !== parsed.headers.length) {
      problems.push({
        line,
        reason: `it has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'} but the header has ${parsed.headers.length}.`,
      });
      continue;
    }
    const fields: Candidate['fields'] = {};
    let reason: string | undefined;
    mapping.forEach((field, column) => {
      if (!field || reason) return;
      // Our own export guards formula-like cells with an apostrophe; take it off again.
      const value = (cells[column] ?? '').trim().replace(/^'(?=[=+\-@])/, '');
      if (field === 'tags') fields.tags = parseTags(value);
      else if (field === 'cadence') {
        const cadence = readCadence(value);
        if (cadence) Object.assign(fields, cadence);
        else
          reason = `the cadence “${value}” is not one of every 3 weeks, every 2 months, every 6 months, once a year, every N days, or none.`;
      } else fields[field] = value;
    });
    if (!reason && !fields.name) reason = 'the name is empty.';
    if (!reason && fields.email && !EMAIL.test(fields.email))
      reason = `“${fields.email}” is not an email address.`;
    if (!reason) {
      const tooLong = (['name', 'role', 'organization', 'email', 'metHow'] as const).find(
        (field) => (fields[field]?.length ?? 0) > 300,
      );
      if (tooLong) reason = `the ${importFieldLabels[tooLong].toLowerCase()} is longer than 300 characters.`;
      else if ((fields.notes?.length ?? 0) > 5000) reason = 'the notes are longer than 5,000 characters.';
    }
    if (reason) problems.push({ line, reason });
    else candidates.push({ line, fields });
  }
  return { candidates, problems };
}

/** Name and email, normalised, as the identity of a contact for spotting duplicates. */
const identity = (name: string, email: string) =>
  `${name.trim().replace(/\s+/g, ' ').toLowerCase()}\u0000${email.trim().toLowerCase()}`;

/**
 * Candidates that are already contacts (same name and same email, ignoring case and spacing),
 * and candidates that repeat an earlier row of the same file (reported as problems).
 */
export function findDuplicates(
  candidates: readonly Candidate[],
  existing: readonly Pick<Person, 'id' | 'name' | 'email'>[],
): { duplicates: Duplicate[]; repeats: RowProblem[] } {
  const known = new Map(existing.map((person) => [identity(person.name, person.email), person]));
  const seen = new Map<string, number>();
  const duplicates: Duplicate[] = [];
  const repeats: RowProblem[] = [];
  for (const candidate of candidates) {
    const key = identity(candidate.fields.name ?? '', candidate.fields.email ?? '');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      repeats.push({ line: candidate.line, reason: `it repeats the contact on line ${earlier}.` });
      continue;
    }
    seen.set(key, candidate.line);
    const match = known.get(key);
    if (match) duplicates.push({ line: candidate.line, existingId: match.id, existingName: match.name });
  }
  return { duplicates, repeats };
}

/**
 * The fields an imported row adds to an existing contact: blanks filled, tags joined, notes
 * appended. What the reader already wrote is never overwritten.
 */
export function mergePatch(existing: Person, fields: Candidate['fields']): Partial<Person> {
  const patch: Partial<Person> = {};
  for (const field of ['role', 'organization', 'email', 'metHow'] as const) {
    const value = fields[field];
    if (value && !existing[field].trim()) patch[field] = value;
  }
  if (fields.tags?.length) {
    const tags = parseTags([...existing.tags, ...fields.tags].join(','));
    if (tags.length !== existing.tags.length) patch.tags = tags;
  }
  const notes = fields.notes?.trim();
  if (notes && !existing.notes.includes(notes))
    patch.notes = existing.notes ? `${existing.notes}\n\n${notes}` : notes;
  if (fields.cadence && fields.cadence !== 'none' && existing.cadence === 'none') {
    patch.cadence = fields.cadence;
    patch.cadenceDays = fields.cadenceDays ?? null;
  }
  return patch;
}

/**
 * A plan for the store: rows to add, and duplicates to merge (or to add as new contacts, or to
 * leave out, as the reader chose). Rows with problems never reach here.
 */
export function planImport(
  candidates: readonly Candidate[],
  duplicates: readonly Duplicate[],
  choices: ReadonlyMap<number, 'merge' | 'add' | 'skip'>,
  existing: readonly Person[],
  skipLines: ReadonlySet<number> = new Set(),
): { add: Candidate['fields'][]; merge: { id: string; patch: Partial<Person> }[] } {
  const byLine = new Map(duplicates.map((duplicate) => [duplicate.line, duplicate]));
  const byId = new Map(existing.map((person) => [person.id, person]));
  const add: Candidate['fields'][] = [];
  const merge: { id: string; patch: Partial<Person> }[] = [];
  for (const candidate of candidates) {
    if (skipLines.has(candidate.line)) continue;
    const duplicate = byLine.get(candidate.line);
    const choice = duplicate ? (choices.get(candidate.line) ?? 'merge') : 'add';
    if (choice === 'skip') continue;
    const person = duplicate && byId.get(duplicate.existingId);
    if (choice === 'merge' && person) {
      const patch = mergePatch(person, candidate.fields);
      if (Object.keys(patch).length > 0) merge.push({ id: person.id, patch });
    } else add.push({ cadence: '2-months', ...candidate.fields });
  }
  return { add, merge };
}

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula, so a contact named
 * `=HYPERLINK(…)` could act when the export is opened. An apostrophe in front makes it plain text
 * (OWASP "CSV injection").
 */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Exported column headers, which `guessMapping` recognises, so an export imports back. */
const exportHeaders = [
  ...importFields.map((field) => importFieldLabels[field]),
  'Last interaction',
  'Next follow-up',
] as const;

/** The contacts as CSV text (with a header row and CRLF line ends, as RFC 4180 says). */
export function contactsToCsv(contacts: readonly ContactStatus[]): string {
  const rows = contacts.map(({ person, last, due }) =>
    [
      person.name,
      person.role,
      person.organization,
      person.email,
      person.metHow,
      person.tags.join(', '),
      person.notes,
      person.cadence === 'custom' ? `every ${person.cadenceDays ?? ''} days` : person.cadence,
      last ?? '',
      due ?? '',
    ].map(guardFormula),
  );
  return Papa.unparse({ fields: [...exportHeaders], data: rows }, { newline: '\r\n' });
}
