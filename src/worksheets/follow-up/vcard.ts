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

/** Courtesy titles written before a name, for N's prefix. */
const PREFIX = /^(?:dr|mr|mrs|ms|mx|prof|sir|dame)\.?$/i;

/** Generations and degrees not written in capitals, after a name ("Marcus Webb, PhD"). */
const SUFFIX_WORD = /^(?:jr|sr|ii|iii|iv|phd|dphil|mphil|msc|bsc|mres|esq)$/i;

/** A generation or degree, for N's suffix: one of those words, or capitals such as "MD" or "M.B.A.". */
const isSuffixPart = (part: string) => {
  const bare = part.replace(/\./g, '');
  return SUFFIX_WORD.test(bare) || /^[A-Z]{2,5}$/.test(bare);
};

/** The parts of N (RFC 6350 §6.2.2) guessed from a full name. */
export interface NameParts {
  family: string;
  given: string;
  prefix: string;
  suffix: string;
}

/**
 * N from a full name, as an address book would fill it: a courtesy title is the prefix, what
 * follows a comma is the suffix when it reads as degrees or a generation ("PhD", "Jr.", "MD,
 * MBA"), and otherwise "Webb, Marcus" is family then given. The last word is the family name and
 * the words before it the given names; words without a letter (an emoji, a dash) are no part of
 * either, so "Ana Lima 🌿" is family Lima.
 */
export function splitName(name: string): NameParts {
  const words = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const [base = '', ...after] = name.split(',');
  const suffixes = after.map((part) => words(part).join(' ')).filter(Boolean);
  const isSuffix = suffixes.length > 0 && suffixes.every(isSuffixPart);
  if (suffixes.length === 1 && !isSuffix) {
    // "Webb, Marcus": family name first.
    return { family: words(base).join(' '), given: suffixes[0]!, prefix: '', suffix: '' };
  }
  const all = words(base);
  const prefix = all.length > 1 && PREFIX.test(all[0]!) ? all.shift()! : '';
  const family = all.length > 1 ? all.pop()! : '';
  return { family, given: all.join(' '), prefix, suffix: isSuffix ? suffixes.join(', ') : '' };
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
    const parts = splitName(name);
    lines.push(
      `N:${[parts.family, parts.given, '', parts.prefix, parts.suffix].map((part) => escapeVCardText(part, true)).join(';')}`,
    );
  }
  const organization = field(person.organization);
  if (organization) lines.push(`ORG:${escapeVCardText(organization, true)}`);
  const role = field(person.role);
  if (role) lines.push(`TITLE:${escapeVCardText(role)}`);
  const email = field(person.email);
  if (email) lines.push(`EMAIL;TYPE=work:${escapeVCardText(email)}`);
  const phone = field(person.phone);
  if (phone) lines.push(`TEL;VALUE=text:${escapeVCardText(phone)}`);
  // A URI, not TEXT (RFC 6350 §6.7.8): written as is, without spaces or control characters.
  const url = cleanValue(person.profileUrl).trim();
  if (url && !/\s/.test(url)) lines.push(`URL:${url}`);
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
