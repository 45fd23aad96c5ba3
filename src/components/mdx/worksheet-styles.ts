/**
 * Each interactive worksheet's own stylesheet, by worksheet id, and the one they share (fields,
 * record cards, list controls). Every lesson is built from one page module, so a stylesheet its
 * islands imported would land in every lesson's CSS, even the conclusion's, which has none;
 * instead a lesson links, in its head, only the stylesheets of the worksheets its front matter
 * lists. Linked in the head, they apply before the server-rendered worksheet is painted: no
 * unstyled flash on hydration. A new worksheet with its own styles adds one import and one line here.
 */
import communication from '../../worksheets/communication/communication.css?url';
import development from '../../worksheets/development/development.css?url';
import followUp from '../../worksheets/follow-up/follow-up.css?url';
import goals from '../../worksheets/goals/goals.css?url';
import pitch from '../../worksheets/pitch/pitch.css?url';
import relationshipMap from '../../worksheets/relationship-map/relationship-map.css?url';
import shared from '../../styles/worksheet.css?url';
import type { WorksheetId } from '../../schemas/lesson';

const styles: Partial<Record<WorksheetId, string>> = {
  goals,
  'relationship-map': relationshipMap,
  pitch,
  communication,
  'online-presence': communication,
  'follow-up': followUp,
  development,
};

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
export const worksheetStyles = (ids: readonly WorksheetId[]): string[] => stylesFor(ids, styles, shared);
