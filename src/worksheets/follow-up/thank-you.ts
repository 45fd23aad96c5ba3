import type { Interaction, Person } from '../../documents/people/schema';
import { formatDate } from '../../lib/dates';
import { escapeRegExp, makeProperNames, promiseOf, sharedOf, tidyNote, topicOf } from './note-phrases';

/** The voices the composer can draft in. */
export const tones = ['warm', 'brief', 'formal'] as const;

/** One of the composer's voices. */
export type Tone = (typeof tones)[number];

/** How each tone is named to the reader. */
export const toneLabels: Record<Tone, string> = {
  warm: 'Warm',
  brief: 'Brief',
  formal: 'Formal',
};

/** A drafted note: a subject line and the body, ready to copy. */
export interface ThankYouDraft {
  subject: string;
  body: string;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] || 'there';

/** Text the reader wrote, trimmed and without a final full stop, so it fits mid-sentence. */
const clause = (text: string) => tidyNote(text);

/** What the reader thanks them for, by channel: "Thank you for …". */
function occasion(channel: Interaction['channel'] | undefined, met: string): string {
  switch (channel) {
    case 'call':
      return 'the call';
    case 'email':
      return 'your email';
    case 'message':
      return 'your message';
    case 'event':
      return met ? `talking with me at ${met}` : 'talking with me at the event';
    default:
      return met ? `meeting me at ${met}` : 'meeting with me';
  }
}

/** The promise line of each tone: delivered in the first person, as the lesson asks. */
function promiseLine(promise: ReturnType<typeof promiseOf>, tone: Tone): string {
  if (!promise) return '';
  if ('sentence' in promise) return promise.sentence;
  if ('thing' in promise) return `As promised: ${promise.thing}.`;
  return tone === 'formal' ? `As promised, I will ${promise.task}.` : `I'll ${promise.task}, as promised.`;
}

/** The line on what they shared: their news heard back, or the point of theirs that stayed. */
function sharedLine(shared: ReturnType<typeof sharedOf>, tone: Tone): string {
  if (!shared) return '';
  if ('news' in shared) {
    return {
      warm: `I was glad to hear ${shared.news}.`,
      brief: `Glad to hear ${shared.news}.`,
      formal: `I was pleased to hear that ${shared.news}.`,
    }[tone];
  }
  return {
    warm: `I've been thinking about what you said: ${shared.point}.`,
    brief: `Your point stayed with me: ${shared.point}.`,
    formal: `I especially appreciated your perspective: ${shared.point}.`,
  }[tone];
}

/** A subject line names the topic only while it stays short enough to read in an inbox. */
const SUBJECT_TOPIC = 60;

/**
 * Drafts a thank-you note from what the reader logged: what they discussed, what the contact
 * shared (their advice or news), and what the reader promised, each read from the reader's
 * notes (fragments or sentences, see `note-phrases`) into sentences spoken to the contact. It
 * asks for nothing, as the lesson teaches. Empty fields are left out rather than filled with
 * placeholders, so the draft is always sendable and the reader adds the personal touch.
 */
export function draftThankYou(
  person: Pick<Person, 'name' | 'metHow'> & Partial<Pick<Person, 'organization'>>,
  interaction: Pick<Interaction, 'date' | 'channel' | 'talkedAbout' | 'theyShared' | 'promised'> | undefined,
  tone: Tone,
  signature = '',
): ThankYouDraft {
  const name = firstName(person.name);
  const met = clause(person.metHow);
  const names = makeProperNames(person.name, person.organization ?? '', person.metHow);
  const thanksFor = occasion(interaction?.channel, met);
  const sign = signature.trim();
  // The reader's notes name the reader at times ("Maya's case study"); the letter says "my".
  const mine = (text: string) => {
    const own = firstName(sign);
    return sign ? text.replace(new RegExp(`\\b${escapeRegExp(own)}['’]s\\b`, 'g'), 'my') : text;
  };
  const talked = mine(interaction ? topicOf(interaction.talkedAbout, name, names) : '');
  const shared = mine(sharedLine(interaction && sharedOf(interaction.theyShared, name, names), tone));
  const promised = mine(promiseLine(interaction && promiseOf(interaction.promised, name, names), tone));
  const lines: string[] = [];

  if (tone === 'brief') {
    lines.push(`Hi ${name},`, '');
    lines.push(`Thanks for ${thanksFor}${talked ? `; I enjoyed talking about ${talked}` : ''}.`);
    if (shared) lines.push(shared);
    if (promised) lines.push(promised);
    lines.push('', sign ? `Best, ${sign}` : 'Best');
  } else if (tone === 'formal') {
    lines.push(`Dear ${person.name.trim() || name},`, '');
    lines.push(
      `Thank you for your time${interaction ? ` on ${formatDate(interaction.date)}` : ''}.${talked ? ` I valued our conversation about ${talked}.` : ''}`,
    );
    if (shared) lines.push(shared);
    if (promised) lines.push(promised);
    lines.push('I hope we can stay in touch.', '', 'Kind regards,');
    if (sign) lines.push(sign);
  } else {
    lines.push(`Hi ${name},`, '');
    lines.push(
      `Thank you for ${thanksFor}.${talked ? ` I really enjoyed our conversation about ${talked}.` : ''}`,
    );
    if (shared) lines.push(shared);
    if (promised) lines.push(promised);
    lines.push(`I'd be glad to stay in touch.`, '', 'Best,');
    if (sign) lines.push(sign);
  }
  const subject =
    tone === 'formal'
      ? 'Thank you for your time'
      : met && (interaction?.channel ?? 'in-person') === 'in-person'
        ? `Great to meet you at ${met}`
        : talked && talked.length <= SUBJECT_TOPIC
          ? `Thanks for the conversation about ${talked}`
          : 'Thank you';
  return { subject, body: lines.join('\n') };
}
