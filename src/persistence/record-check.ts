import * as v from 'valibot';
import {
  DEFER_CHECK_FROM,
  decodeEnvelope,
  openEnvelope,
  type Decoded,
  type DocumentSpec,
} from '../lib/documents';

/** One part of a value and the schema it must pass: a whole record, a field, or a list's length. */
export interface CheckUnit {
  schema: v.GenericSchema;
  value: unknown;
}

/**
 * A schema check split into parts that can run separately. `head` holds everything but the
 * records of lists (the fields, each list's own limits) plus each list's first and last record:
 * cheap, and enough to say the value has the right shape. `rest` holds the other records. The
 * value passes the schema exactly when every unit of both passes.
 */
export interface CheckPlan {
  head: CheckUnit[];
  rest: CheckUnit[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Splits the check of `value` against `spec`'s schema into parts (see `CheckPlan`), along the
 * lists the spec declares large: the document with each of them emptied, each of them whole
 * against its own checks (length, unique ids), and its first and last record; then the records
 * in between one by one. Every part passing is the same as the whole schema passing, since the
 * schema checks a large list only through those checks and its records.
 */
export function planCheck<T>(
  spec: Pick<DocumentSpec<T>, 'schema' | 'largeLists'>,
  value: unknown,
): CheckPlan {
  const out: CheckPlan = { head: [], rest: [] };
  if (!spec.largeLists || !isPlainObject(value)) return { head: [{ schema: spec.schema, value }], rest: [] };
  const cut: Record<string, unknown> = { ...value };
  for (const [key, parts] of Object.entries(spec.largeLists)) {
    const records = value[key];
    if (!Array.isArray(records) || records.length <= 2) continue;
    cut[key] = [];
    out.head.push({ schema: parts.frame, value: records });
    records.forEach((record: unknown, index) => {
      const unit = { schema: parts.item, value: record };
      if (index === 0 || index === records.length - 1) out.head.push(unit);
      else out.rest.push(unit);
    });
  }
  out.head.unshift({ schema: spec.schema, value: cut });
  return out;
}

/** True when every unit passes its schema. */
export function checkUnits(units: readonly CheckUnit[]): boolean {
  return units.every((unit) => v.is(unit.schema, unit.value));
}

/** Gives the page a turn: input, rendering and timers run before the check goes on. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Options of `checkInSlices`. */
export interface SliceOptions {
  /** Longest stretch of checking before the page gets a turn, in milliseconds. */
  sliceMs?: number;
  /** Stops early (the answer no longer matters, e.g. the document was reloaded). */
  cancelled?: () => boolean;
  /** How to give the page its turn; tests pass their own. */
  pause?: () => Promise<void>;
}

/**
 * Checks units in slices of a few milliseconds, giving the page a turn before each slice, so a
 * check of tens of thousands of records never blocks typing. Resolves false at the first unit that
 * fails (or when cancelled), true when all pass.
 */
export async function checkInSlices(
  units: readonly CheckUnit[],
  options: SliceOptions = {},
): Promise<boolean> {
  const { sliceMs = 8, cancelled = () => false, pause = yieldToPage } = options;
  let index = 0;
  while (index < units.length) {
    await pause();
    if (cancelled()) return false;
    const until = performance.now() + sliceMs;
    do {
      const unit = units[index++]!;
      if (!v.is(unit.schema, unit.value)) return false;
    } while (index < units.length && (index % 64 !== 0 || performance.now() < until));
  }
  return true;
}

/** The outcome of `decodeShape`: decoded in full, or adopted with records still to check. */
export type DecodedShape<T> =
  | Decoded<T>
  | {
      kind: 'unchecked';
      /** The stored data, of the right shape, whose `remaining` records are not checked yet. */
      data: T;
      updatedAt: string;
      remaining: CheckUnit[];
    };

/**
 * Reads a raw stored value like `decodeEnvelope`, except that a large document of the current
 * version whose shape passes (every field, each list's limits and its first and last record) is
 * returned `unchecked`, with the records left to check (`checkInSlices`): validating 50,000
 * records takes longer than a reader should wait to see them. Anything else (small, older,
 * newer, or failing the shape check) is decoded in full, so its outcome is exactly
 * `decodeEnvelope`'s. The caller must not write the data back before the rest has passed.
 */
export function decodeShape<T>(
  spec: DocumentSpec<T>,
  raw: unknown,
  deferFrom = DEFER_CHECK_FROM,
): DecodedShape<T> {
  const opened = openEnvelope(raw);
  if (opened.kind !== 'envelope' || opened.schemaVersion !== spec.version) return decodeEnvelope(spec, raw);
  const plan = planCheck(spec, opened.data);
  if (plan.rest.length < deferFrom || !checkUnits(plan.head)) return decodeEnvelope(spec, raw);
  return { kind: 'unchecked', data: opened.data as T, updatedAt: opened.updatedAt, remaining: plan.rest };
}
