/**
 * Contacts from a `.vcf` file, as phones and address books export them (vCard 2.1, 3.0 and 4.0,
 * one card or many). The parsing is ical.js's: folded lines, escaped `\,` `\;` `\n`, structured
 * N and ORG. This module is fetched only when the reader picks a vCard file, with ical.js.
 */
import ICAL from 'ical.js';
import type { Candidate, ImportedFields, RowProblem } from '../contacts-csv';
import { checkFields, joinName } from '../contacts-csv';
import { parseTags } from '../contact-query';

/** One property of a jCard (RFC 7095): name, parameters, value type, then its values. */
type JCardProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

/** Decodes quoted-printable text (vCard 2.1's `=C3=A9`) in the card's charset, UTF-8 unless said. */
function decodeQuotedPrintable(text: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(text.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(text[i]));
  }
  try {
    return new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder().decode(new Uint8Array(bytes));
  }
}

/**
 * A vCard 2.1 card as ical.js reads vCard 3.0: quoted-printable soft line breaks (`=` at a line's
 * end) joined and the values decoded, bare parameters (`TEL;CELL:`) named (`TEL;TYPE=CELL:`), and
 * commas, which 2.1 does not escape, escaped so a note is not split into several values.
 */
function normalise21(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && /ENCODING=QUOTED-PRINTABLE/i.test(previous) && previous.endsWith('=')) {
      joined[joined.length - 1] = previous.slice(0, -1) + line;
    } else joined.push(line);
  }
  return joined.map((line) => {
    const colon = line.indexOf(':');
    if (colon < 0 || /^[ \t]/.test(line)) return line;
    const [name = '', ...params] = line.slice(0, colon).split(';');
    let value = line.slice(colon + 1);
    const kept: string[] = [];
    let charset = 'utf-8';
    let quoted = false;
    for (const param of params) {
      const [key = '', given] = param.includes('=') ? param.split('=', 2) : ['TYPE', param];
      if (/^charset$/i.test(key)) charset = given ?? charset;
      else if (/^encoding$/i.test(key)) quoted = /^quoted-printable$/i.test(given ?? '');
      else kept.push(`${key}=${given ?? ''}`);
    }
    if (quoted) value = decodeQuotedPrintable(value, charset);
    if (!/^(?:[\w-]+\.)?categories$/i.test(name)) value = value.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
    // A decoded line break must not end the content line: it is written as vCard 3.0's `\n`.
    return [name, ...kept].join(';') + ':' + value.replace(/\r\n|\r|\n/g, '\\n');
  });
}

/** The text of a property's value: structured values (N, ORG) and lists as their parts. */
const textOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(textOf)
    : typeof value === 'string'
      ? // ical.js keeps the backslash of an escaped semicolon outside structured values.
        [value.replace(/\\;/g, ';')]
      : [];

/** One card's contact fields, read from its jCard properties. */
function fieldsOf(properties: JCardProperty[]): ImportedFields {
  const all = (name: string) => properties.filter((property) => property[0] === name);
  const first = (name: string) => all(name)[0]?.slice(3) ?? [];
  const text = (name: string) => textOf(first(name)[0]).join(' ').trim();
  const [family = '', given = '', additional = '', , suffix = ''] = (() => {
    const value = first('n')[0];
    return (Array.isArray(value) ? value : [value]).map((part) => textOf(part).join(' '));
  })();
  const org = first('org')[0];
  const organization = (Array.isArray(org) ? textOf(org[0]) : textOf(org)).join(' ').trim();
  const kind = text('kind').toLowerCase() === 'org' ? 'organization' : 'person';
  return {
    kind,
    name: text('fn') || joinName([given, additional, family], suffix) || organization,
    organization: kind === 'organization' ? '' : organization,
    role: text('title') || text('role'),
    email: text('email').replace(/^mailto:/i, ''),
    phone: text('tel').replace(/^tel:/i, ''),
    profileUrl: text('url'),
    tags: parseTags(
      all('categories')
        .flatMap((property) => textOf(property.slice(3)))
        .join(','),
    ),
    notes: all('note')
      .flatMap((property) => textOf(property.slice(3)))
      .join('\n\n')
      .trim(),
  };
}

/**
 * Every card of a vCard file as a candidate contact, with the line each card begins on; a card
 * that cannot be read, or lacks a name, is a problem on its line and the others still import.
 */
export function readVCards(text: string): { candidates: Candidate[]; problems: RowProblem[]; cards: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const candidates: Candidate[] = [];
  const problems: RowProblem[] = [];
  let start = -1;
  let cards = 0;
  lines.forEach((line, index) => {
    if (/^BEGIN:VCARD\s*$/i.test(line)) start = index;
    else if (/^END:VCARD\s*$/i.test(line) && start >= 0) {
      cards++;
      const at = start + 1;
      const cardLines = lines.slice(start, index + 1);
      const is21 = cardLines.some((cardLine) => /^VERSION:2\.1\s*$/i.test(cardLine));
      const card = (is21 ? normalise21(cardLines) : cardLines).join('\r\n');
      start = -1;
      let fields: ImportedFields;
      try {
        const parsed = ICAL.parse(card) as unknown as ['vcard', JCardProperty[], unknown[]];
        fields = fieldsOf(parsed[1]);
      } catch (error) {
        problems.push({ line: at, reason: `this card cannot be read: ${(error as Error).message}.` });
        return;
      }
      const reason = checkFields(fields);
      if (reason) problems.push({ line: at, reason });
      else candidates.push({ line: at, fields });
    }
  });
  if (start >= 0) {
    cards++;
    problems.push({ line: start + 1, reason: 'this card has no END:VCARD line, so it may be cut short.' });
  }
  return { candidates, problems, cards };
}
