import type { Person } from '../../documents/people/schema';
import { cleanText, cleanValue, foldLine } from '../../lib/content-line';

/**
 * Escapes a TEXT value as RFC 6350 §3.4 asks, once `cleanText` has normalised its control
 * characters: backslash and comma get a backslash, and a line break becomes `\n`, so a note with
 * several lines stays one property. A semicolon separates the parts of compound values (N, ORG),
 * so `compound` escapes it too; elsewhere it is left as is, which every reader accepts (some,
 * such as ical.js, would keep the backslash).
 */
export function escapeVCardText(text: string, compound = false): string {
  const escaped = cleanText(text).replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/\n/g, '\\n');
  return compound ? escaped.replace(/;/g, '\\;') : escaped;
}

/** One vCard 4.0 for a contact; `uid` stays the same across exports, so re-importing updates it. */
export function toVCard(person: Person): string {
  // Cleaned before trimming, so a value of only control characters counts as empty.
  const field = (text: string) => cleanText(text).trim();
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  const name = field(person.name) || 'Unnamed contact';
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
  const organization = field(person.organization);
  if (organization) lines.push(`ORG:${escapeVCardText(organization, true)}`);
  const role = field(person.role);
  if (role) lines.push(`TITLE:${escapeVCardText(role)}`);
  const email = field(person.email);
  if (email) lines.push(`EMAIL;TYPE=work:${escapeVCardText(email)}`);
  const tags = person.tags.map(cleanText).filter(Boolean);
  if (tags.length > 0) lines.push(`CATEGORIES:${tags.map((tag) => escapeVCardText(tag)).join(',')}`);
  const metHow = field(person.metHow);
  const note = [metHow && `How we met: ${metHow}`, field(person.notes)].filter(Boolean).join('\n');
  if (note) lines.push(`NOTE:${escapeVCardText(note)}`);
  // UID is a URI (RFC 6350 §6.7.6): the id is percent-encoded, which leaves a generated id as is.
  lines.push(
    `UID:urn:uuid:${encodeURIComponent(cleanValue(person.id))}`,
    `REV:${cleanValue(person.updatedAt).replace(/[-:]/g, '').replace(/\.\d+/, '')}`,
  );
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n');
}

/** A `.vcf` file holding every given contact, one card after another. */
export function toVCards(people: readonly Person[]): string {
  return people.map(toVCard).join('\r\n') + '\r\n';
}
