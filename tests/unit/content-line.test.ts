import { describe, expect, it } from 'vitest';
import { cleanText, cleanValue, foldLine, refold } from '../../src/lib/content-line';

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('cleanText and cleanValue', () => {
  it('turns CRLF and bare CR into LF, drops other controls, keeps tabs', () => {
    expect(cleanText('a\r\nb\rc\nd\te\u0000f\u0007g\u007fh\u0085i')).toBe('a\nb\nc\nd\tefghi');
  });

  it('writes a lone surrogate as the replacement character UTF-8 would give', () => {
    expect(cleanText('x\uD83Dy\uDE00z😀')).toBe('x\uFFFDy\uFFFDz😀');
  });

  it('leaves a one-line value with no line break or tab at all', () => {
    expect(cleanValue('id\r\n1\t2\r3\n4')).toBe('id1234');
  });
});

describe('foldLine', () => {
  it('folds long lines at 75 octets without splitting a character', () => {
    const folded = foldLine(`NOTE:${'é'.repeat(80)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(`NOTE:${'é'.repeat(80)}`);
  });

  it('never splits a surrogate pair, even at the last octet of a line', () => {
    // 73 ASCII octets leave 2, too few for a 4-octet emoji: it moves whole to the next line.
    const line = `${'a'.repeat(73)}😀b`;
    expect(foldLine(line).split('\r\n')).toEqual(['a'.repeat(73), ' 😀b']);
  });

  it('leaves a line of exactly 75 octets alone', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });
});

describe('refold', () => {
  it('undoes folds made at 75 characters and folds again at 75 octets', () => {
    const value = `SUMMARY:${'東京'.repeat(40)}`;
    const byCharacters = [value.slice(0, 75), value.slice(75)].join('\r\n\t');
    const text = refold(`BEGIN:VEVENT\r\n${byCharacters}\r\nEND:VEVENT\r\n`);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(text)).toBe(`BEGIN:VEVENT\r\n${value}\r\nEND:VEVENT\r\n`);
  });
});
