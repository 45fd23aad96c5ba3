import {
  cellReader,
  parseCsv,
  readRows,
  type Candidate,
  type ParsedCsv,
  type RowProblem,
} from '../contacts-csv';
import { matchesSource, type CsvSource } from './csv-source';
import { googleLegacySource, googleSource } from './google';
import { linkedinSource } from './linkedin';
import { outlookSource } from './outlook';

/** The exports recognised from their header row, most specific first. */
export const csvSources: readonly CsvSource[] = [
  linkedinSource,
  googleSource,
  googleLegacySource,
  outlookSource,
];

/** A CSV file read: its rows, and the export it came from when its header row says so. */
export interface ReadCsv {
  parsed: ParsedCsv;
  source: CsvSource | undefined;
}

/** Whether a file is vCard text (`.vcf`) rather than CSV, from its content, not its name. */
export const isVCard = (text: string) => /^\uFEFF?\s*BEGIN:VCARD/i.test(text);

/** Reads a CSV file and recognises which export it is, past any notes above its header. */
export function readCsv(text: string): ReadCsv {
  const parsed = parseCsv(text, (cells) => csvSources.some((source) => matchesSource(source, cells)));
  const source = csvSources.find((candidate) => matchesSource(candidate, parsed.headers));
  return { parsed, source };
}

/** The contacts of a recognised export, each row read by the export's own rules. */
export function readSourceRows(
  parsed: ParsedCsv,
  source: CsvSource,
): { candidates: Candidate[]; problems: RowProblem[] } {
  const reader = cellReader(parsed.headers);
  return readRows(parsed, (cells) => source.read(reader(cells)));
}
