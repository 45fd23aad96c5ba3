import type { PaperSize } from './schema';

/** The CSS `size` of each paper choice. */
export const paperCss: Record<PaperSize, string> = { a4: 'A4', letter: 'letter' };

/**
 * Text as a CSS string literal. Everything but letters, digits, spaces and common punctuation is
 * written as a hex escape, so a name such as `"} body { display: none` stays a name.
 */
export function cssString(text: string): string {
  const safe = /[\p{L}\p{N} .,'’·\-]/u;
  let out = '';
  for (const char of text) out += safe.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  return `"${out}"`;
}

/**
 * The `@page` rules of the printed plan: the paper size, and page headers with the reader's name
 * and page numbers (margin boxes; browsers without them simply leave the header out).
 */
export function planPageCss(name: string, paper: PaperSize): string {
  const title = name.trim() ? `Action plan · ${name.trim()}` : 'Action plan';
  return [
    '@media print {',
    '  @page {',
    `    size: ${paperCss[paper]};`,
    '    margin: 20mm 16mm 18mm;',
    `    @top-left { content: ${cssString(title)}; font: 9pt system-ui, sans-serif; color: #333; }`,
    '    @top-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #333; }',
    '  }',
    '}',
  ].join('\n');
}
