/**
 * Each interactive worksheet's own stylesheet (the registry's `styles`), and the one they share
 * (fields, record cards, list controls). Every lesson is built from one page module, so a
 * stylesheet its islands imported would land in every lesson's CSS, even the conclusion's, which
 * has none; instead a lesson links, in its head, only the stylesheets of the worksheets its front
 * matter lists. Linked in the head, they apply before the server-rendered worksheet is painted:
 * no unstyled flash on hydration.
 */
import shared from '../../styles/worksheet.css?url';
import { worksheets, type WorksheetId } from '../../worksheets/registry';

/** Every worksheet folder's stylesheet address, by its path under `src/worksheets/`. */
const addresses = import.meta.glob<string>('../../worksheets/*/*.css', {
  query: '?url',
  import: 'default',
  eager: true,
});

/**
 * The registry's stylesheets by worksheet id, as built addresses. A registry line naming a file
 * that is not there fails the build rather than a lesson losing its styles.
 */
function styleTable(): Partial<Record<WorksheetId, string>> {
  const table: Partial<Record<WorksheetId, string>> = {};
  for (const entry of worksheets) {
    if (!('styles' in entry)) continue;
    const address = addresses[`../../worksheets/${entry.styles}`];
    if (!address)
      throw new Error(`Worksheet "${entry.id}" names src/worksheets/${entry.styles}, which is missing.`);
    table[entry.id] = address;
  }
  return table;
}

/**
 * The stylesheet addresses the given worksheets need, each once: the shared one first when any of
 * them has its own, then each worksheet's own in the order given. Pure, for the unit tests.
 */
export function stylesFor(
  ids: readonly WorksheetId[],
  table: Partial<Record<WorksheetId, string>>,
  common: string,
): string[] {
  const own = ids.flatMap((id) => table[id] ?? []);
  return own.length > 0 ? [...new Set([common, ...own])] : [];
}

/** The stylesheet addresses a lesson with these worksheets links (see `stylesFor`). */
export const worksheetStyles = (ids: readonly WorksheetId[]): string[] =>
  stylesFor(ids, styleTable(), shared);
