/**
 * One step from a document to a field: a key of an object, or the record with this `id` in a
 * list. Records are found by id rather than by index because another tab can add, remove or
 * reorder records, which moves every index after the change.
 */
export type PathStep = string | { id: string };

/** A text the reader changed in this tab that the copy about to be shown replaces. */
export interface ReplacedText {
  /** Where the text is in the document. */
  path: PathStep[];
  /** What the reader had typed, as this tab showed it. */
  mine: string;
  /** What replaces it, or undefined when another tab deleted the record that held it. */
  next: string | undefined;
}

type Plain = Record<string, unknown>;

const isObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own field only: a key such as `__proto__` or `constructor` is the reader's data. */
const field = (value: unknown, key: string): unknown =>
  isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;

const isRecord = (value: unknown): value is Plain & { id: string } =>
  isObject(value) && typeof value['id'] === 'string';

const byId = (list: unknown): Map<string, Plain> =>
  new Map(Array.isArray(list) ? list.filter(isRecord).map((record) => [record.id, record]) : []);

/**
 * Keys whose strings are not text the reader typed: the time of a change, and links to records
 * of other lists (`objectiveId`, `personId`), which the reader picks and never sees as words.
 */
const notText = (key: string) => key === 'updatedAt' || key === 'id' || key.endsWith('Id');

function walk(mine: unknown, next: unknown, before: unknown, path: PathStep[], found: ReplacedText[]) {
  // Documents change by copying only what an edit touches, so a part the reader left alone, or
  // that the next copy keeps, is often the very same object: a log of 50,000 interactions is
  // then not walked record by record on every refresh.
  if (mine === before || mine === next) return;
  if (typeof mine === 'string') {
    // A field this tab added has no earlier text: left empty, the reader typed nothing into it.
    if (mine === '' && typeof before !== 'string') return;
    found.push({ path, mine, next: typeof next === 'string' ? next : undefined });
  } else if (Array.isArray(mine)) {
    // Lists of plain values (tags, linked ids) are picked or added whole, not typed in place.
    if (!mine.every(isRecord)) return;
    const nextRecords = byId(next);
    const beforeRecords = byId(before);
    for (const record of mine) {
      const step = { id: record.id };
      walk(record, nextRecords.get(record.id), beforeRecords.get(record.id), [...path, step], found);
    }
  } else if (isObject(mine)) {
    for (const key of Object.keys(mine)) {
      if (!notText(key)) walk(mine[key], field(next, key), field(before, key), [...path, key], found);
    }
  }
}

/**
 * The texts the reader changed in this tab that another tab's copy is about to replace on
 * screen. `mine` is what this tab shows, `next` what it is about to show instead (another tab's
 * copy, or a merge with it), and `before` the copy this tab last took from storage or another
 * tab, so that the reader's own edits are `mine`'s differences from it. A text the reader did not
 * change is not reported, whatever replaces it; nor is one that `next` keeps. A record that `next`
 * no longer has (deleted in another tab) is reported only for the texts the reader changed in it.
 * Records in lists are matched by `id`; `updatedAt`, links and non-string values are skipped.
 */
export function replacedTexts(mine: unknown, next: unknown, before: unknown): ReplacedText[] {
  const found: ReplacedText[] = [];
  walk(mine, next, before, [], found);
  return found;
}

/** A copy of an object with `key` set, as data even when it is `__proto__`, on the same prototype. */
function withField(object: Plain, key: string, value: unknown): Plain {
  const copy: Plain = Object.fromEntries(Object.entries(object));
  Object.defineProperty(copy, key, { value, writable: true, enumerable: true, configurable: true });
  return Object.setPrototypeOf(copy, Object.getPrototypeOf(object) as object | null) as Plain;
}

/** `now`, or a millisecond after `previous` when the clock says otherwise, so the stamp is later. */
function laterStamp(previous: unknown, now: Date): string {
  const last = typeof previous === 'string' ? Date.parse(previous) : NaN;
  return new Date(last >= now.getTime() ? last + 1 : now.getTime()).toISOString();
}

const MISSING = Symbol('missing');

function setAt(value: unknown, path: readonly PathStep[], text: string, now: Date): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return typeof value === 'string' ? text : MISSING;
  let changed: unknown;
  if (typeof step === 'string') {
    if (!isObject(value) || !Object.hasOwn(value, step)) return MISSING;
    const inner = setAt(value[step], rest, text, now);
    if (inner === MISSING) return MISSING;
    changed = withField(value, step, inner);
  } else {
    if (!Array.isArray(value)) return MISSING;
    const index = value.findIndex((item) => isRecord(item) && item.id === step.id);
    if (index < 0) return MISSING;
    const inner = setAt(value[index], rest, text, now);
    if (inner === MISSING) return MISSING;
    changed = value.map((item: unknown, at) => (at === index ? inner : item));
  }
  // Every stamped object on the way is stamped, not only the innermost: records merge as a whole
  // first (a goal, then its steps), and an outer record left with its old time would give way to
  // the other tab's copy, taking the restored text with it.
  return isObject(changed) && typeof changed['updatedAt'] === 'string'
    ? withField(changed, 'updatedAt', laterStamp(changed['updatedAt'], now))
    : changed;
}

/**
 * `data` with `text` back at `path`, and every record holding it stamped `now` (or just after its
 * current time), so the restored text is the later edit when tabs next merge. Undefined when the
 * path leads to no text any more, such as a record deleted since. Pure: `data` is not changed.
 */
export function putBack<T>(data: T, path: readonly PathStep[], text: string, now: Date): T | undefined {
  const result = setAt(data, path, text, now);
  return result === MISSING ? undefined : (result as T);
}

/** `sharedInterests` → `shared interests`. */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

const LABELS = ['name', 'text', 'label', 'title', 'who'];
const MAX_LABEL = 40;

/**
 * The field at `path` in words a reader recognises, e.g. `the metric of “Meet product analysts”`
 * (the record's own name or text, from `data`), or `the text of one of your goals` when the
 * field is itself what names the record, or `the text of your base` outside lists.
 */
export function describeField(data: unknown, path: readonly PathStep[]): string {
  const last = path.at(-1);
  const name = typeof last === 'string' ? words(last) : 'text';
  let value: unknown = data;
  let record: Plain | undefined;
  let list: string | undefined;
  let parent: string | undefined;
  for (const [index, step] of path.slice(0, -1).entries()) {
    if (typeof step === 'string') {
      value = field(value, step);
      parent = step;
    } else {
      value = byId(value).get(step.id);
      record = value as Plain | undefined;
      const key = path[index - 1];
      list = typeof key === 'string' ? key : list;
    }
  }
  const labelKey = LABELS.find((key) => key !== last && typeof field(record, key) === 'string');
  const label = labelKey ? (field(record, labelKey) as string).trim() : '';
  if (label) {
    const short = label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
    return `the ${name} of “${short}”`;
  }
  if (record && list) return `the ${name} of one of your ${words(list)}`;
  return parent ? `the ${name} of your ${words(parent)}` : `your ${name}`;
}
