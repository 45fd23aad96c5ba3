import type * as z from 'zod/mini';

// zod/mini ships without messages ("Invalid input"). Its English locale covers every check zod
// has (IP ranges, JWTs, credit cards…) and weighs about 1 KB gzip on every worksheet page; the
// schemas here use a handful of checks, so this function words exactly those, with the locale's
// own phrasing (tests and the backup importer quote it), and says "Invalid input" for the rest.

/** What a value is, in the words zod's English messages use (`array`, `null`, `NaN`). */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/** How a value's size is counted, for "Too big: expected string to have <=300 characters". */
const units: Record<string, string> = { string: 'characters', array: 'items', set: 'items', map: 'entries' };

/** A value quoted as a literal, as zod prints options (`"a"`, `3`). */
const literal = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

/** The size part of a too-big or too-small message. */
function size(origin: string | undefined, comparison: string, limit: unknown): string {
  const unit = units[origin ?? ''];
  return `expected ${origin ?? 'value'} to ${unit ? 'have' : 'be'} ${comparison}${String(limit)}${unit ? ` ${unit}` : ''}`;
}

/** Words an issue found by one of our schemas; pass to `z.config({ localeError })`. */
export const englishIssue = (issue: z.core.$ZodRawIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${typeName(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${literal(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(literal).join('|')}`;
    case 'too_big':
      return `Too big: ${size(issue.origin, issue.exact ? 'exactly ' : issue.inclusive ? '<=' : '<', issue.maximum)}`;
    case 'too_small':
      return `Too small: ${size(issue.origin, issue.exact ? 'exactly ' : issue.inclusive ? '>=' : '>', issue.minimum)}`;
    case 'invalid_format':
      if (issue.format === 'regex') return `Invalid string: must match pattern ${String(issue.pattern)}`;
      return `Invalid ${issue.format === 'datetime' ? 'ISO datetime' : issue.format}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(literal).join(', ')}`;
    default:
      return 'Invalid input';
  }
};
