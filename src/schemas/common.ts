import * as v from 'valibot';

/** Anything but null and arrays: what an object's fields may be read from. */
const isObject = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/** A plain `{}` object, not an array or an instance of a class: what a record may be. */
const isPlainObject = (input: unknown): input is Record<string, unknown> =>
  isObject(input) && [Object.prototype, null].includes(Object.getPrototypeOf(input) as object | null);

/**
 * Comes before valibot's `object` in `object()`. valibot reads fields from any object, arrays
 * included; stored documents have always refused an array where an object belongs, saying so.
 */
export const objectGuard = v.custom<Record<string, unknown>>(
  isObject,
  (issue) => `Invalid type: Expected Object but received ${issue.received}`,
);

/**
 * An object with these fields; unknown keys are dropped. A missing field is worded as its own
 * schema words `undefined` ("Expected string but received undefined"), not as a missing key.
 */
export function object<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    objectGuard,
    v.object(entries, (issue) => {
      const key = String(issue.path?.[0]?.key);
      return v.safeParse(entries[key]!, undefined).issues?.[0].message ?? issue.message;
    }),
  );
}

/**
 * An object of any keys (checked by `key`) whose values all pass `value`. Its keys are ids or
 * names from the reader's data, so every one is kept, `__proto__` and `constructor` included
 * (valibot's own record drops those silently), on an object with no prototype, where such a key
 * is as plain as any other.
 */
export function record<K extends v.GenericSchema<string, string>, V extends v.GenericSchema>(
  key: K,
  value: V,
) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      isPlainObject,
      (issue) => `Invalid type: Expected record but received ${issue.received}`,
    ),
    v.rawTransform<Record<string, unknown>, Record<string, v.InferOutput<V>>>(
      ({ dataset, addIssue, NEVER }) => {
        const input = dataset.value;
        const output = Object.create(null) as Record<string, v.InferOutput<V>>;
        for (const name of Object.keys(input)) {
          const at = { type: 'object', origin: 'value', input, key: name, value: input[name] } as const;
          const checkedKey = v.safeParse(key, name);
          const checked = checkedKey.success ? v.safeParse(value, input[name]) : checkedKey;
          if (!checked.success) {
            const [issue] = checked.issues;
            addIssue({
              message: issue.message,
              path: [at, ...(checkedKey.success ? (issue.path ?? []) : [])],
            });
            return NEVER;
          }
          output[name] = checked.output;
        }
        return output;
      },
    ),
  );
}

const idOf = (item: unknown): unknown =>
  isObject(item) && Object.hasOwn(item, 'id') ? item['id'] : undefined;

/**
 * Refuses a list in which two records share an id: the workbook finds, edits and deletes a record
 * by its id, so two of them would change together. Names the second record and the first.
 */
const uniqueIds = v.rawCheck<unknown[]>(({ dataset, addIssue }) => {
  // A list already refused (too long) is not read record by record.
  if (!dataset.typed || dataset.issues) return;
  const list = dataset.value;
  const seen = new Map<string, number>();
  for (let index = 0; index < list.length; index++) {
    const id = idOf(list[index]);
    if (typeof id !== 'string') continue;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, index);
      continue;
    }
    addIssue({
      message: `its id ${JSON.stringify(id)} is also the id of record ${first}; each record needs an id of its own`,
      path: [{ type: 'array', origin: 'value', input: list, key: index, value: list[index] }],
    });
    return;
  }
});

/**
 * A list of at most `max` items, each passing `item`, no two records sharing an id. The length is
 * checked first, and a list too long is refused without reading its items: a reader is told the
 * real problem, and a damaged copy of 10 million records is not checked one by one.
 */
export function list<T extends v.GenericSchema>(item: T, max: number) {
  return listOf(listParts(item, max));
}

/**
 * A list's two checks apart: its own (`frame`: the length, then no two records sharing an id)
 * and each record's (`item`). A spec declares its large lists with these (`largeLists`), so their
 * records can be checked in slices without taking the schema apart.
 */
export function listParts<T extends v.GenericSchema>(item: T, max: number) {
  return { frame: v.pipe(v.array(v.unknown()), v.maxLength(max), uniqueIds), item };
}

/** The list schema of `listParts`: its own checks first, then every record. */
export function listOf<T extends v.GenericSchema>(parts: {
  frame: v.GenericSchema<unknown, unknown[]>;
  item: T;
}) {
  return v.pipe(parts.frame, v.array(parts.item));
}

/** An ISO 8601 instant such as `2027-03-04T09:30:00.000Z`: when a record last changed. */
export const isoInstant = v.pipe(
  v.string(),
  v.regex(
    // A real calendar day (leap years included), a time with seconds, and `Z` or an offset.
    /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
    'Invalid ISO datetime',
  ),
);

/** A record's stable identifier: never reused, never shown to the reader. */
export const recordId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

/** A calendar date `YYYY-MM-DD`, with no time or zone: deadlines are days, not instants. */
export const calendarDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2027-03-31.'),
  // Arithmetic rather than a Date object: a large contact log holds tens of thousands of dates,
  // all checked on every load.
  v.check((value) => {
    const y = Number(value.slice(0, 4));
    const m = Number(value.slice(5, 7));
    const d = Number(value.slice(8, 10));
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
    return m >= 1 && m <= 12 && d >= 1 && d <= days;
  }, 'That day does not exist.'),
);

/** A date the reader may leave empty. */
export const optionalDate = v.nullable(calendarDate);

/** A one-line answer; generous, but bounded so a paste cannot fill the reader's storage. */
export const shortText = v.pipe(v.string(), v.maxLength(300));

/** A paragraph-sized answer. */
export const longText = v.pipe(v.string(), v.maxLength(5000));

/** Ids of records in another list (goals, people), in the order the reader linked them. */
export const links = list(recordId, 200);

/** When each deleted record was deleted, so another tab's older copy does not bring it back. */
export const tombstones = record(v.string(), isoInstant);
