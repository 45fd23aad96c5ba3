import * as z from 'zod/mini';

// zod/mini ships without messages ("Invalid input"); readers importing a damaged backup deserve
// to be told what was expected, so load the English ones for every schema.
z.config(z.locales.en());

/** An ISO 8601 instant such as `2027-03-04T09:30:00.000Z`: when a record last changed. */
export const isoInstant = z.iso.datetime({ offset: true });

/** A record's stable identifier: never reused, never shown to the reader. */
export const recordId = z.string().check(z.minLength(1), z.maxLength(64));
