import { addDays, daysBetween } from '../../lib/dates';
import { topList, withChecked, type EditResult, type ListPlace, type Patch } from '../../lib/list-edit';
import { checkWebAddress } from './web-address';
import {
  recordSchemas,
  blankRecords,
  type DevelopmentDoc,
  type DevelopmentList,
  type DevEvent,
} from './schema';
import { development } from './document';
import { listEditor, parsedBy, type ListEditor } from '../../stores/edit';

// The development planner's edits. The document itself lives in `document.ts`, which pages that
// only read the plan import; it is re-exported here so the planner has one store.
export { $development, development } from './document';

/** One record of a list of the plan. */
export type RecordOf<L extends DevelopmentList> = DevelopmentDoc[L][number];

/** The fields of a record the reader can change. */
export type PatchOf<L extends DevelopmentList> = Patch<RecordOf<L>>;

/** What each list's records are called in messages such as “Deleted the event …”. */
export const recordNouns: Record<DevelopmentList, string> = {
  events: 'event',
  organizations: 'organization',
  sources: 'source',
  skills: 'skill',
};

/** Where each list sits in the plan. */
export const planList = <L extends DevelopmentList>(list: L) =>
  topList<DevelopmentDoc, L>(list) as unknown as ListPlace<DevelopmentDoc, RecordOf<L>>;

/**
 * Moving an event's start past its end moves the end along, keeping the event's length, as
 * calendar apps do: the reader is rescheduling, not making an event that ends before it starts.
 */
function followStart(event: DevEvent, patch: PatchOf<'events'>): PatchOf<'events'> {
  if (!('start' in patch) || 'end' in patch || !patch.start || !event.end || event.end >= patch.start)
    return patch;
  const end = event.start ? addDays(event.end, daysBetween(event.start, patch.start)) : patch.start;
  return { ...patch, end };
}

/**
 * The checks an edit of a list must pass before it is kept: an end before the start, a
 * `javascript:` address or progress over 100 is refused with a message and changes nothing.
 */
function checkFor<L extends DevelopmentList>(list: L) {
  const schema = parsedBy<RecordOf<L>>(recordSchemas[list]);
  return (next: RecordOf<L>, current: RecordOf<L>, patch: PatchOf<L>): EditResult<RecordOf<L>> => {
    let record = next;
    if (list === 'events') record = { ...record, ...followStart(current as DevEvent, patch) };
    const url = (record as { url?: unknown }).url;
    if (list === 'sources' && 'url' in patch && typeof url === 'string') {
      const checked = checkWebAddress(url);
      if (!checked.ok) return checked;
      record = { ...record, url: checked.url };
    }
    return schema(record, current, patch);
  };
}

/** The plan with some fields of one record changed, if the result passes its list's checks. */
export function withPatched<L extends DevelopmentList>(
  doc: DevelopmentDoc,
  list: L,
  id: string,
  patch: PatchOf<L>,
  now: Date,
): EditResult<DevelopmentDoc> {
  return withChecked(doc, planList(list), id, patch, now, checkFor(list));
}

const editorFor = <L extends DevelopmentList>(list: L): ListEditor<RecordOf<L>> =>
  listEditor(development, planList(list), {
    make: blankRecords[list],
    check: checkFor(list),
    deleted: (record) => {
      const name = record.name.trim();
      return name
        ? `Deleted the ${recordNouns[list]} “${name}”.`
        : `Deleted an unnamed ${recordNouns[list]}.`;
    },
  });

/** The editing actions of each list of the plan. */
export const planEditors: { [L in DevelopmentList]: ListEditor<RecordOf<L>> } = {
  events: editorFor('events'),
  organizations: editorFor('organizations'),
  sources: editorFor('sources'),
  skills: editorFor('skills'),
};

/** A list of linked ids with one id added (`on`) or removed, keeping the reader's order. */
export function toggledLink(ids: readonly string[], id: string, on: boolean): string[] {
  if (on) return ids.includes(id) ? [...ids] : [...ids, id];
  return ids.filter((existing) => existing !== id);
}

/** Links an event to a person or a goal (`field` names which), or unlinks it. */
export function setEventLink(
  eventId: string,
  field: 'personIds' | 'goalIds',
  id: string,
  on: boolean,
  now = new Date(),
): void {
  const event = development.$data.get().events.find((candidate) => candidate.id === eventId);
  if (!event) return;
  planEditors.events.update(eventId, { [field]: toggledLink(event[field], id, on) }, now);
}

/**
 * Sets a skill's progress. An empty field changes nothing (the reader is replacing the number);
 * anything but a whole number from 0 to 100 is refused with a message.
 */
export function setSkillProgress(id: string, progress: number | null, now = new Date()): string | undefined {
  if (progress === null) return undefined;
  return planEditors.skills.update(id, { progress }, now);
}
