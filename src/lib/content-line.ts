/**
 * Rules shared by the vCard (RFC 6350) and iCalendar (RFC 5545) exports, whose files are "content
 * lines" ended by CRLF. A reader's text must never end a line early: many apps take a bare CR or
 * LF for a line break, so a name holding one could add a property or a whole card.
 */

// Lone surrogates cannot be written as UTF-8: the file would hold U+FFFD anyway, so say so here.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Normalises text that may hold line breaks (names, notes, descriptions): CRLF and a bare CR
 * become LF, which the writers escape as `\n`; every other control character (C0, DEL and C1,
 * whose NEL some apps also take for a line break) is removed, since neither format allows them
 * in a value. Tabs stay: both formats allow them in text.
 */
export const cleanText = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(LONE_SURROGATE, '\uFFFD');

/**
 * Normalises a one-line value that is not text, such as a UID: every control character, line
 * breaks and tabs included, is removed.
 */
export const cleanValue = (value: string) => cleanText(value).replace(/[\t\n]/g, '');

/** UTF-8 length of one code point. */
const utf8Octets = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1, RFC 6350 §3.2): each continuation starts
 * with a space. Counts UTF-8 octets and steps by code point, so neither a multi-byte character
 * nor a surrogate pair (an emoji) is ever split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const octets = utf8Octets(char.codePointAt(0)!);
    // The first line holds 75 octets; continuation lines 74 plus their leading space.
    if (size + octets > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * Refolds a whole file at 75 octets. The ics library folds at 75 characters, which is up to 300
 * octets of non-Latin text; its folds are undone first. Safe only once every value has been
 * cleaned, so that the only CRLFs left end lines or fold them.
 */
export const refold = (text: string) =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n');
