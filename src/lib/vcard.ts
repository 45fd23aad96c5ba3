import type { Person } from '../schemas/people';

/**
 * Escapes a TEXT value as RFC 6350 §3.4 asks: backslash and comma get a backslash, and a line
 * break becomes `\n`, so a note with several lines stays one property. A semicolon separates the
 * parts of compound values (N, ORG), so `compound` escapes it too; elsewhere it is left as is,
 * which every reader accepts (some, such as ical.js, would keep the backslash).
 */
export function escapeVCardText(text: string, compound = false): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  return compound ? escaped.replace(/;/g, '\\;') : escaped;
}

/**
 * Folds a content line at 75 octets (RFC 6350 §3.2): each continuation starts with a space.
 * Counts UTF-8 bytes and never splits a character, so names in any script survive.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 plus their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** One vCard 4.0 for a contact; `uid` stays the same across exports, so re-importing updates it. */
export function toVCard(person: Person): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  const name = person.name.trim() || 'Unnamed contact';
  lines.push(`FN:${escapeVCardText(name)}`);
  if (person.kind === 'organization') lines.push('KIND:org');
  else {
    // N is structured (family; given; additional; prefixes; suffixes); the last word is taken as
    // the family name, the usual guess when only a full name is known.
    const words = name.split(/\s+/);
    const family = words.length > 1 ? words[words.length - 1]! : '';
    const given = words.length > 1 ? words.slice(0, -1).join(' ') : words[0]!;
    lines.push(`N:${escapeVCardText(family, true)};${escapeVCardText(given, true)};;;`);
  }
  if (person.organization.trim()) lines.push(`ORG:${escapeVCardText(person.organization.trim(), true)}`);
  if (person.role.trim()) lines.push(`TITLE:${escapeVCardText(person.role.trim())}`);
  if (person.email.trim()) lines.push(`EMAIL;TYPE=work:${escapeVCardText(person.email.trim())}`);
  if (person.tags.length > 0)
    lines.push(`CATEGORIES:${person.tags.map((tag) => escapeVCardText(tag)).join(',')}`);
  const note = [person.metHow.trim() && `How we met: ${person.metHow.trim()}`, person.notes.trim()]
    .filter(Boolean)
    .join('\n');
  if (note) lines.push(`NOTE:${escapeVCardText(note)}`);
  lines.push(
    `UID:urn:uuid:${person.id}`,
    `REV:${person.updatedAt.replace(/[-:]/g, '').replace(/\.\d+/, '')}`,
  );
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n');
}

/** A `.vcf` file holding every given contact, one card after another. */
export function toVCards(people: readonly Person[]): string {
  return people.map(toVCard).join('\r\n') + '\r\n';
}
