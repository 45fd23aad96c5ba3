import type { Interaction, Person } from '../schemas/people';
import { formatDate } from './dates';

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
const clause = (text: string) => text.trim().replace(/[.!\s]+$/, '');

/** Lower-cases the first letter, so "Small clinics…" reads well after "what you said about". */
const inline = (text: string) => {
  const trimmed = clause(text);
  return trimmed && trimmed[0]!.toLowerCase() + trimmed.slice(1);
};

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

/**
 * Drafts a thank-you note from what the reader logged: what they discussed, what the contact
 * shared (their advice or news), and what the reader promised. It asks for nothing, as the lesson
 * teaches. Empty fields are left out rather than filled with placeholders, so the draft is
 * always sendable and the reader adds the personal touch.
 */
export function draftThankYou(
  person: Pick<Person, 'name' | 'metHow'>,
  interaction: Pick<Interaction, 'date' | 'channel' | 'talkedAbout' | 'theyShared' | 'promised'> | undefined,
  tone: Tone,
  signature = '',
): ThankYouDraft {
  const name = firstName(person.name);
  const met = clause(person.metHow);
  const thanksFor = occasion(interaction?.channel, met);
  const talked = interaction ? inline(interaction.talkedAbout) : '';
  const shared = interaction ? inline(interaction.theyShared) : '';
  const promised = interaction ? inline(interaction.promised) : '';
  const sign = signature.trim();
  const lines: string[] = [];

  if (tone === 'brief') {
    lines.push(`Hi ${name},`, '');
    lines.push(`Thanks for ${thanksFor}${talked ? `; I enjoyed talking about ${talked}` : ''}.`);
    if (shared) lines.push(`Your point about ${shared} stayed with me.`);
    if (promised) lines.push(`As promised: ${promised}.`);
    lines.push('', sign ? `Best, ${sign}` : 'Best');
  } else if (tone === 'formal') {
    lines.push(`Dear ${person.name.trim() || name},`, '');
    lines.push(
      `Thank you for your time${interaction ? ` on ${formatDate(interaction.date)}` : ''}.${talked ? ` I valued our conversation about ${talked}.` : ''}`,
    );
    if (shared) lines.push(`I especially appreciated your perspective on ${shared}.`);
    if (promised) lines.push(`As I mentioned, I will follow through: ${promised}.`);
    lines.push('I hope we can stay in touch.', '', 'Kind regards,');
    if (sign) lines.push(sign);
  } else {
    lines.push(`Hi ${name},`, '');
    lines.push(
      `Thank you for ${thanksFor}.${talked ? ` I really enjoyed our conversation about ${talked}.` : ''}`,
    );
    if (shared) lines.push(`I've been thinking about what you said about ${shared}.`);
    if (promised) lines.push(`As promised: ${promised}.`);
    lines.push(`I'd be glad to stay in touch.`, '', 'Best,');
    if (sign) lines.push(sign);
  }
  const subject =
    tone === 'formal'
      ? 'Thank you for your time'
      : met && (interaction?.channel ?? 'in-person') === 'in-person'
        ? `Great to meet you at ${met}`
        : talked
          ? `Thanks for the conversation about ${talked}`
          : 'Thank you';
  return { subject, body: lines.join('\n') };
}
