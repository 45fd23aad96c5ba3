/**
 * Contacts to and from CSV, the format every address book and spreadsheet can write. Parsing and
 * writing are Papa Parse's (RFC 4180 quoting, embedded newlines); the rules for what a row means
 * are here. Islands load this module on demand, so Papa Parse stays out of the page's first load.
 */
import Papa from 'papaparse';
import { cadences, MAX_CADENCE_DAYS, type Cadence, type Person } from '../../documents/people/schema';
import { addDays, type CalendarDate } from '../../lib/dates';
import { addMonths, stepFrom, type ContactStatus } from './cadence';
import { parseTags } from './contact-query';

/** The contact fields a CSV column can fill. */
export const importFields = [
  'name',
  'firstName',
  'lastName',
  'role',
  'organization',
  'email',
  'phone',
  'profileUrl',
  'metHow',
  'tags',
  'notes',
  'cadence',
  'lastInteraction',
  'nextFollowUp',
] as const;

/** One contact field a CSV column can fill. */
export type ImportField = (typeof importFields)[number];

/** How each field is named in the column mapping and in exported headers. */
export const importFieldLabels: Record<ImportField, string> = {
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  role: 'Role',
  organization: 'Organization',
  email: 'Email',
  phone: 'Phone',
  profileUrl: 'Profile URL',
  metHow: 'How we met',
  tags: 'Tags',
  notes: 'Notes',
  cadence: 'Cadence',
  lastInteraction: 'Last interaction',
  nextFollowUp: 'Next follow-up',
};

/** For each column of the file, the field it fills, or `''` to ignore it. */
export type ColumnMapping = (ImportField | '')[];

/** A file read into rows, each with the line of the file it starts on. */
export interface ParsedCsv {
  headers: string[];
  /** The line of the header row: 1, or later when the file opens with notes (LinkedIn's do). */
  headerLine: number;
  rows: { line: number; cells: string[] }[];
  /** Rows that could not be read at all, such as one whose quoted cell is never closed. */
  problems: RowProblem[];
}

/** A row the import cannot use, by line of the file, and why. */
export interface RowProblem {
  line: number;
  reason: string;
}

/**
 * What one row (or card) gives a contact. `lastInteraction` and `nextFollowUp` are not stored as
 * such: they set when the cadence counts from (see `scheduleOf`), so an exported contact comes
 * back due on the same day.
 */
export type ImportedFields = Partial<
  Pick<
    Person,
    | 'kind'
    | 'name'
    | 'role'
    | 'organization'
    | 'email'
    | 'phone'
    | 'profileUrl'
    | 'metHow'
    | 'notes'
    | 'tags'
    | 'cadence'
    | 'cadenceDays'
  > & { lastInteraction: CalendarDate; nextFollowUp: CalendarDate }
>;

/** A row that can become a contact. */
export interface Candidate {
  line: number;
  fields: ImportedFields;
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
  firstName: ['first name', 'given name', 'first', 'forename'],
  lastName: ['last name', 'family name', 'surname', 'last'],
  role: ['role', 'title', 'job title', 'position'],
  organization: ['organization', 'organisation', 'company', 'employer', 'org'],
  email: ['email', 'e-mail', 'email address', 'e-mail address', 'mail'],
  phone: ['phone', 'phone number', 'telephone', 'mobile', 'mobile phone', 'cell', 'tel'],
  profileUrl: ['profile url', 'profile', 'url', 'linkedin', 'linkedin url', 'website', 'web page'],
  metHow: ['how we met', 'met', 'where we met', 'how met', 'source', 'met at'],
  tags: ['tags', 'tag', 'labels', 'groups', 'categories'],
  notes: ['notes', 'note', 'comments', 'description'],
  cadence: ['cadence', 'follow-up', 'follow up', 'frequency'],
  lastInteraction: ['last interaction', 'last contacted', 'last contact', 'last in touch'],
  nextFollowUp: ['next follow-up', 'next follow up', 'next due', 'due'],
};

/** Rows at the top of a file searched for its header, past any notes written above it. */
const HEADER_SEARCH_ROWS = 10;

/** What Papa Parse's quote errors mean, in the reader's words. */
const quoteReasons: Record<string, string> = {
  MissingQuotes:
    'a quoted cell starts here and its closing quote (") is missing, so this row and everything after it cannot be read.',
  InvalidQuotes:
    'a quoted cell here has text after its closing quote; a quote inside a cell is written twice ("").',
};

/**
 * Reads CSV text: strips a byte-order mark, keeps each row's starting line for messages, and
 * finds the header row. That is the first row `isHeader` recognises among the first few (a
 * LinkedIn export opens with a "Notes:" paragraph), else the first with two or more cells filled,
 * else the first. A quote never closed is reported on the line it opens, never read as data.
 */
export function parseCsv(text: string, isHeader: (cells: string[]) => boolean = () => false): ParsedCsv {
  const source = text.replace(/^\uFEFF/, '');
  const rows: { line: number; cells: string[] }[] = [];
  const problems: RowProblem[] = [];
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
      const quoteError = result.errors.find((error) => error.type === 'Quotes');
      if (quoteError) problems.push({ line, reason: quoteReasons[quoteError.code] ?? quoteError.message });
      else if (!(cells.length === 1 && cells[0] === '')) rows.push({ line, cells });
      offset = result.meta.cursor;
      // Skip the row's line break, so the next row starts on the next line.
      if (source[offset] === '\r') offset++;
      if (source[offset] === '\n') offset++;
    },
  });
  const top = rows.slice(0, HEADER_SEARCH_ROWS);
  const filled = (cells: string[]) => cells.filter((cell) => cell.trim()).length;
  let index = top.findIndex((row) => isHeader(row.cells.map((cell) => cell.trim())));
  if (index < 0)
    index = Math.max(
      0,
      top.findIndex((row) => filled(row.cells) >= 2),
    );
  const header = rows[index];
  return {
    headers: header ? header.cells.map((cell) => cell.trim()) : [],
    headerLine: header?.line ?? 1,
    rows: rows.slice(index + 1),
    problems: problems.filter((problem) => !header || problem.line > header.line),
  };
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
export function readCadence(text: string): { cadence: Cadence; cadenceDays: number | null } | undefined {
  const value = text.toLowerCase().replace(/\s+/g, ' ');
  if ((cadences as readonly string[]).includes(value) && value !== 'custom')
    return { cadence: value as Cadence, cadenceDays: null };
  if (cadenceWords[value]) return { cadence: cadenceWords[value], cadenceDays: null };
  const days = /^every (\d+) days?$/.exec(value);
  const count = days ? Number(days[1]) : 0;
  return count >= 1 && count <= MAX_CADENCE_DAYS ? { cadence: 'custom', cadenceDays: count } : undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether text is a real `YYYY-MM-DD` day (not February 30). */
const isDay = (text: string) => DAY.test(text) && addDays(text, 0) === text;

/** "First Middle Last, Suffix" from the parts of a name a file splits it into; blanks left out. */
export function joinName(parts: readonly string[], suffix = ''): string {
  const name = parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
  const tail = suffix.trim();
  return name && tail ? `${name}, ${tail}` : name;
}

/** The most a one-line field may hold, as the people schema says. */
const SHORT = 300;

/**
 * Why imported fields cannot become a contact, or undefined when they can: a name is needed (a
 * name alone is enough), an email must be one, dates must be days, and each field must fit.
 */
export function checkFields(fields: ImportedFields): string | undefined {
  if (!fields.name?.trim()) return 'the name is empty.';
  if (fields.email && !EMAIL.test(fields.email)) return `“${fields.email}” is not an email address.`;
  for (const field of ['lastInteraction', 'nextFollowUp'] as const) {
    const day = fields[field];
    if (day && !isDay(day))
      return `the ${importFieldLabels[field].toLowerCase()} “${day}” is not a day written YYYY-MM-DD.`;
  }
  const tooLong = (['name', 'role', 'organization', 'email', 'phone', 'profileUrl', 'metHow'] as const).find(
    (field) => (fields[field]?.length ?? 0) > SHORT,
  );
  if (tooLong) return `the ${importFieldLabels[tooLong].toLowerCase()} is longer than ${SHORT} characters.`;
  if ((fields.notes?.length ?? 0) > 5000) return 'the notes are longer than 5,000 characters.';
  return undefined;
}

/** Each row's cells, read one header at a time, ignoring case and spacing. */
export function cellReader(headers: readonly string[]) {
  const columns = new Map<string, number>();
  headers.forEach((header, index) => {
    const key = header.trim().toLowerCase();
    if (!columns.has(key)) columns.set(key, index);
  });
  return (cells: readonly string[]) =>
    (header: string): string => {
      const column = columns.get(header.toLowerCase());
      return column === undefined ? '' : (cells[column] ?? '').trim();
    };
}

/**
 * A row's cells against the header: missing cells at the end are empty (a row with a name alone
 * is a contact), but a row with more filled cells than the header has columns is a problem.
 */
function fitRow(cells: string[], width: number): string[] | string {
  if (cells.length <= width) return cells;
  if (cells.slice(width).every((cell) => !cell.trim())) return cells.slice(0, width);
  return `it has ${cells.length} cells but the header has ${width}.`;
}

/**
 * Turns parsed rows into contacts with `read`, which gives each row's fields (a recognised
 * export's own rules, or the reader's column mapping). A row is a problem, reported by its line,
 * when it cannot be read or `checkFields` refuses it; it is never silently fixed.
 */
export function readRows(
  parsed: ParsedCsv,
  read: (cells: string[]) => ImportedFields | string,
): { candidates: Candidate[]; problems: RowProblem[] } {
  const candidates: Candidate[] = [];
  const problems: RowProblem[] = [...parsed.problems];
  for (const { line, cells } of parsed.rows) {
    const fitted = fitRow(cells, parsed.headers.length);
    const fields = typeof fitted === 'string' ? fitted : read(fitted);
    const reason = typeof fields === 'string' ? fields : checkFields(fields);
    if (reason) problems.push({ line, reason });
    else candidates.push({ line, fields: fields as ImportedFields });
  }
  return { candidates, problems: problems.sort((a, b) => a.line - b.line) };
}

/** Whether a mapping says where the names are: a Name column, or a first or last name column. */
export const mapsName = (mapping: ColumnMapping) =>
  mapping.includes('name') || mapping.includes('firstName') || mapping.includes('lastName');

/**
 * Turns parsed rows into contacts under the reader's column mapping. The name is the Name column,
 * or First name and Last name joined when the file splits it.
 */
export function validateRows(
  parsed: ParsedCsv,
  mapping: ColumnMapping,
): {
  candidates: Candidate[];
  problems: RowProblem[];
} {
  if (!mapsName(mapping)) {
    return {
      candidates: [],
      problems: [
        {
          line: parsed.headerLine,
          reason:
            'No column is mapped to Name (or First name and Last name); choose which column holds the names.',
        },
      ],
    };
  }
  return readRows(parsed, (cells) => {
    const fields: ImportedFields = {};
    const parts: Partial<Record<'firstName' | 'lastName', string>> = {};
    for (const [column, field] of mapping.entries()) {
      if (!field) continue;
      // Our own export guards formula-like cells with an apostrophe; take it off again.
      const value = (cells[column] ?? '').trim().replace(/^'(?=[=+\-@])/, '');
      if (field === 'tags') fields.tags = parseTags(value);
      else if (field === 'firstName' || field === 'lastName') parts[field] = value;
      else if (field === 'cadence') {
        const cadence = readCadence(value);
        if (!cadence)
          return `the cadence “${value}” is not one of every 3 weeks, every 2 months, every 6 months, once a year, every N days, or none.`;
        Object.assign(fields, cadence);
      } else if (field === 'lastInteraction' || field === 'nextFollowUp') {
        if (value) fields[field] = value;
      } else fields[field] = value;
    }
    if (!fields.name) fields.name = joinName([parts.firstName ?? '', parts.lastName ?? '']);
    return fields;
  });
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
export function mergePatch(existing: Person, fields: ImportedFields): Partial<Person> {
  const patch: Partial<Person> = {};
  for (const field of ['role', 'organization', 'email', 'phone', 'profileUrl', 'metHow'] as const) {
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

/** One cadence step back from `date`: the day a step forward from lands on it (or just before). */
function stepBack(date: CalendarDate, cadence: Cadence, days: number | null): CalendarDate | null {
  switch (cadence) {
    case '3-weeks':
      return addDays(date, -21);
    case '2-months':
      return addMonths(date, -2);
    case '6-months':
      return addMonths(date, -6);
    case 'yearly':
      return addMonths(date, -12);
    case 'custom':
      return days && days > 0 ? addDays(date, -days) : null;
    case 'none':
      return null;
  }
}

/**
 * When an imported contact's cadence counts from, so that it is due on the day the file says.
 * The tracker keeps no interaction the log does not hold, so a file's last interaction becomes
 * the day the cadence counts from (`addedOn`); a next follow-up later than one step from there is
 * kept as a snooze, and without a last interaction the cadence counts from one step before it.
 * Without either, it counts from `today`, the day of the import.
 */
export function scheduleOf(
  fields: Pick<ImportedFields, 'cadence' | 'cadenceDays' | 'lastInteraction' | 'nextFollowUp'>,
  today: CalendarDate,
): Pick<Person, 'addedOn' | 'snoozedUntil'> {
  const cadence = fields.cadence ?? 'none';
  const days = fields.cadenceDays ?? null;
  const next = fields.nextFollowUp;
  let addedOn = fields.lastInteraction ?? today;
  if (!fields.lastInteraction && next) {
    const back = stepBack(next, cadence, days);
    if (back && back <= today) addedOn = back;
  }
  const due = stepFrom(addedOn, cadence, days);
  return { addedOn, snoozedUntil: next && due && next > due ? next : null };
}

/** The contact fields of a candidate: its schedule worked out, the file-only columns left out. */
export function contactFields(fields: ImportedFields, today: CalendarDate): Partial<Person> {
  const { lastInteraction: _last, nextFollowUp: _next, ...contact } = { cadence: '2-months', ...fields };
  return { ...contact, ...scheduleOf({ cadence: '2-months', ...fields }, today) } as Partial<Person>;
}

/**
 * A plan for the store: rows to add, and duplicates to merge (or to add as new contacts, or to
 * leave out, as the reader chose). Rows with problems never reach here. New contacts without a
 * cadence in the file follow up every 2 months, counted from `today`.
 */
export function planImport(
  candidates: readonly Candidate[],
  duplicates: readonly Duplicate[],
  choices: ReadonlyMap<number, 'merge' | 'add' | 'skip'>,
  existing: readonly Person[],
  today: CalendarDate,
  skipLines: ReadonlySet<number> = new Set(),
): { add: Partial<Person>[]; merge: { id: string; patch: Partial<Person> }[] } {
  const byLine = new Map(duplicates.map((duplicate) => [duplicate.line, duplicate]));
  const byId = new Map(existing.map((person) => [person.id, person]));
  const add: Partial<Person>[] = [];
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
    } else add.push(contactFields(candidate.fields, today));
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

/**
 * The exported columns: every field but the name's parts, named as `guessMapping` recognises
 * them, so an export imports back; the order of `importFields` matches the row below.
 */
const exportFields = importFields.filter((field) => field !== 'firstName' && field !== 'lastName');

/** Cadences as the export writes them: words a person (and `readCadence`) reads, one vocabulary. */
const cadenceWordsOut: Record<Exclude<Cadence, 'custom'>, string> = {
  '3-weeks': 'every 3 weeks',
  '2-months': 'every 2 months',
  '6-months': 'every 6 months',
  yearly: 'once a year',
  none: 'none',
};

/** A contact's cadence in words: "every 2 months", or "every 45 days" for a custom one. */
export function cadenceInWords(person: Pick<Person, 'cadence' | 'cadenceDays'>): string {
  if (person.cadence !== 'custom') return cadenceWordsOut[person.cadence];
  const days = person.cadenceDays ?? 0;
  return `every ${days} ${days === 1 ? 'day' : 'days'}`;
}

/** The contacts as CSV text (with a header row and CRLF line ends, as RFC 4180 says). */
export function contactsToCsv(contacts: readonly ContactStatus[]): string {
  const rows = contacts.map(({ person, last, due }) =>
    [
      person.name,
      person.role,
      person.organization,
      person.email,
      person.phone,
      person.profileUrl,
      person.metHow,
      person.tags.join(', '),
      person.notes,
      cadenceInWords(person),
      last ?? '',
      due ?? '',
    ].map(guardFormula),
  );
  return Papa.unparse(
    { fields: exportFields.map((field) => importFieldLabels[field]), data: rows },
    { newline: '\r\n' },
  );
}
