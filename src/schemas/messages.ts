import type * as v from 'valibot';

// valibot's own messages read "Invalid type: Expected string but received 42". Readers (and the
// backup importer, and tests) have long seen zod's English phrasing instead ("Invalid input:
// expected string, received number"), so this function words the handful of checks the schemas
// use that way, and says "Invalid input" for the rest.

/** What a value is, in the words the messages use (`array`, `null`, `NaN`). */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/** A value that is not of the `expected` type, e.g. "Invalid input: expected string, received number". */
export const invalidType = (expected: string, input: unknown) =>
  `Invalid input: expected ${expected}, received ${typeName(input)}`;

/** How a value's size is counted, for "Too big: expected string to have <=300 characters". */
const units: Record<string, string> = { string: 'characters', array: 'items' };

/** A too-big or too-small message, e.g. "Too small: expected number to be >=1". */
function size(input: unknown, big: boolean, limit: unknown, origin = typeName(input)): string {
  const unit = units[origin];
  const comparison = big ? '<=' : '>=';
  return `Too ${big ? 'big' : 'small'}: expected ${origin} to ${unit ? 'have' : 'be'} ${comparison}${String(limit)}${unit ? ` ${unit}` : ''}`;
}

/** Words an issue found by one of our schemas; pass to `v.setGlobalMessage`. */
export const englishIssue = (issue: v.BaseIssue<unknown>): string => {
  const { type, input, requirement } = issue;
  switch (type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
      return invalidType(type, input);
    case 'picklist': {
      // valibot lists the options as `("a" | "b")`; zod's phrasing is `one of "a"|"b"`.
      const options = (issue.expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ');
      return options.length === 1
        ? `Invalid input: expected ${options[0]}`
        : `Invalid option: expected one of ${options.join('|')}`;
    }
    case 'min_length':
    case 'min_value':
      return size(input, false, requirement);
    case 'max_length':
    case 'max_value':
      return size(input, true, requirement);
    case 'safe_integer':
      // A whole number too large to count exactly is out of range; anything else is not whole.
      return Number.isInteger(input)
        ? size(
            input,
            (input as number) > 0,
            (input as number) > 0 ? '9007199254740991' : '-9007199254740991',
            'int',
          )
        : invalidType('int', input);
    case 'regex':
      return `Invalid string: must match pattern ${String(requirement)}`;
    default:
      return 'Invalid input';
  }
};
