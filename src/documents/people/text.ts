/**
 * The lines about one entry of the relationship map that both the map and the action plan show:
 * its name, its label, its tier and its next move. Apart from the map's other rules
 * (`relationships.ts`: grouping, common-ground prompts) so the plan loads only these.
 */
import type { Person } from './schema';

/** The words for each priority tier, following the lesson's 30-day / 90-day / in-view tiers. */
export const tierLabels: Record<Person['tier'], string> = {
  A: 'A — reach out first',
  B: 'B — within 90 days',
  C: 'C — keep in view',
};

/** The text with its ends trimmed and each run of white space made one space. */
export const clean = (text: string) => text.trim().replace(/\s+/g, ' ');

/** Shortens text to `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const value = clean(text);
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max - 1).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** What to call an entry in running text: its name, or "this person" / "this organization". */
export function personName(person: Pick<Person, 'kind' | 'name'>): string {
  const name = clean(person.name);
  if (name) return name;
  return person.kind === 'organization' ? 'this organization' : 'this person';
}

/**
 * A one-line description of an entry, e.g. "Priya Raman (Senior product analyst, Mendwell)".
 * Unnamed entries are "Unnamed person" or "Unnamed organization", so every card has a title.
 */
export function personLabel(person: Pick<Person, 'kind' | 'name' | 'role' | 'organization'>): string {
  const name =
    clean(person.name) || (person.kind === 'organization' ? 'Unnamed organization' : 'Unnamed person');
  const details = [clean(person.role), clean(person.organization)].filter(Boolean);
  return details.length ? `${name} (${details.join(', ')})` : name;
}

/**
 * The next step with an entry, in one line, following its status: reach out through the chosen
 * opportunity, follow up after contact, keep in touch once connected.
 */
export function nextMove(person: Pick<Person, 'kind' | 'name' | 'status' | 'opportunity'>): string {
  const name = personName(person);
  switch (person.status) {
    case 'to-reach': {
      // The reader's own end punctuation goes, so the line ends once: not "?." nor "…."
      const opportunity = shorten(person.opportunity.split('\n')[0] ?? '', 80).replace(/[\s.,;:!?]+$/, '');
      return opportunity
        ? `Reach out to ${name}: ${opportunity}${opportunity.endsWith('…') ? '' : '.'}`
        : person.kind === 'organization'
          ? `Choose a way into ${name}: an event, joining, or a member who can introduce you.`
          : `Choose a way to reach ${name}: an introduction, an event you both attend, or a short message.`;
    }
    case 'contacted':
      return `Follow up with ${name}: thank them, or check in if you have not heard back in a week.`;
    case 'connected':
      return `Keep in touch with ${name}: share something useful every month or two.`;
  }
}
