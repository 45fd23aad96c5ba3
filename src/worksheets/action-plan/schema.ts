import * as v from 'valibot';
import { countLists, countWritten, type DocumentSpec } from '../../lib/documents';
import { mergeRecord } from '../../lib/records';
import { isoInstant, list, object, optionalDate } from '../../schemas/common';

/** Paper sizes the plan prints on. */
export const paperSizes = ['a4', 'letter'] as const;

/** Said when the plan's length is not one of the offered choices. */
export const PLAN_DAYS_RANGE = 'The plan covers 30 to 365 days.';

/** Said when the reader's name does not fit a page header. */
export const PLAN_NAME_LENGTH = 'Keep your name under 120 characters so it fits the page header.';

/** The `plan` document: how the reader wants the printable action plan made. */
export const planSchema = object({
  /** When any choice last changed; the later copy wins a choice two tabs both changed. */
  updatedAt: isoInstant,
  /** The reader's name, printed at the top and in every page header; may stay empty. */
  name: v.pipe(v.string(), v.maxLength(120, PLAN_NAME_LENGTH)),
  /** Ids of the sections left out. Stored as exclusions so a section added later is included. */
  excluded: list(v.pipe(v.string(), v.maxLength(40)), 40),
  /** First day of the plan, or null for "today" (the usual choice, so the plan moves with time). */
  from: optionalDate,
  /** How many days the plan covers from its first day. */
  days: v.pipe(
    v.number(PLAN_DAYS_RANGE),
    v.safeInteger(PLAN_DAYS_RANGE),
    v.minValue(30, PLAN_DAYS_RANGE),
    v.maxValue(365, PLAN_DAYS_RANGE),
  ),
  /** A4 or US Letter: sets the printed page size. */
  paper: v.picklist(paperSizes),
});

export type PlanDoc = v.InferOutput<typeof planSchema>;
export type PaperSize = PlanDoc['paper'];

/** Storage description of the plan document. */
export const planSpec: DocumentSpec<PlanDoc> = {
  key: 'plan',
  title: 'Action plan choices',
  version: 1,
  schema: planSchema,
  initial: () => ({
    updatedAt: new Date(0).toISOString(),
    name: '',
    excluded: [],
    from: null,
    days: 90,
    paper: 'a4',
  }),
  migrations: {},
  // Choice by choice: a name typed in one tab and a paper size picked in another both stay.
  merge: mergeRecord,
  count: (data) => countWritten(data, 'name') + countLists(data, 'excluded'),
};
