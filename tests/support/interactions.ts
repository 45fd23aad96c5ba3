import type { Interaction } from '../../src/documents/people/schema';

/** A valid logged interaction for tests: an email with nothing noted, unless `fields` say otherwise. */
export function makeInteraction(
  fields: Pick<Interaction, 'id' | 'personId' | 'date'> & Partial<Interaction>,
  now: Date,
): Interaction {
  return {
    updatedAt: now.toISOString(),
    channel: 'email',
    talkedAbout: '',
    theyShared: '',
    promised: '',
    thankYou: 'not-needed',
    thankYouSentOn: null,
    ...fields,
  };
}
