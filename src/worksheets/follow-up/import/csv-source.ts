import type { ImportedFields } from '../contacts-csv';

/** A recognised export: how to spot its header row and what each of its rows means. */
export interface CsvSource {
  /** Names the export in the preview, e.g. "LinkedIn connections (Connections.csv)". */
  label: string;
  /** Header names, lower-case, that together identify the export. */
  signature: readonly string[];
  /** For the preview: the columns read, and the contact field each fills. */
  columns: readonly { from: string; to: string }[];
  /** One row's fields, from a reader of its cells by header name (any case); or why it is skipped. */
  read: (cell: (header: string) => string) => ImportedFields | string;
}

/** Whether a header row is a source's: every header of its signature is there, in any case. */
export function matchesSource(source: CsvSource, headers: readonly string[]): boolean {
  const present = new Set(headers.map((header) => header.trim().toLowerCase()));
  return source.signature.every((header) => present.has(header));
}

/** The first of several cells that is filled: exports spread one thing over alternative columns. */
export const firstFilled = (cell: (header: string) => string, headers: readonly string[]) =>
  headers.map(cell).find(Boolean) ?? '';
