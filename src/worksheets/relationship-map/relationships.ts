import type { Person } from '../../documents/people/schema';
import type { SettingsDoc } from '../../schemas/settings';
import { clean, personName, shorten, tierLabels } from '../../documents/people/text';

// The lines the action plan shows too live in `people-text.ts`; the map reaches them through here.
export { nextMove, personLabel, personName, tierLabels } from '../../documents/people/text';

/** The fields of a person this module reads; the follow-up tracker's later fields are ignored. */
export type MapEntry = Pick<
  Person,
  | 'kind'
  | 'name'
  | 'role'
  | 'organization'
  | 'why'
  | 'goalIds'
  | 'sharedInterests'
  | 'sharedBackground'
  | 'mutualConnections'
  | 'opportunity'
  | 'tier'
  | 'status'
>;

/** A goal as the relationship map needs it: its id and the reader's words for it. */
export interface GoalOption {
  id: string;
  text: string;
}

/** Ways to group the map; the reader's choice is kept in `settings`. */
export type GroupBy = SettingsDoc['mapGroupBy'];

/** One group of the map: a heading and the entries under it. */
export interface PeopleGroup<T extends MapEntry = MapEntry> {
  /** A status, a tier, a goal id, or `none` for entries linked to no goal: the group's identity. */
  id: string;
  label: string;
  people: T[];
}

/** The words for each status, as the reader sees them (never a colour alone). */
export const statusLabels: Record<Person['status'], string> = {
  'to-reach': 'To reach',
  contacted: 'Contacted',
  connected: 'Connected',
};

const statusOrder: readonly Person['status'][] = ['to-reach', 'contacted', 'connected'];
const tierOrder: readonly Person['tier'][] = ['A', 'B', 'C'];

/** Words that open a description rather than a name: "my manager", "a former colleague". */
const describer = /^(?:my|our|a|an|the|his|her|their)\s/i;
/** What a reader types when they know no one in between. */
const nobody = /^(?:none|no one|nobody|not sure|unknown|n\/a|-+|\?+)\b/i;
/** Punctuation the reader ended a phrase with, which a question or a quote around it would double. */
const endPunctuation = /[\s.,;:!?]+$/;

/**
 * The reader's words as they read inside a question to them: "My manager" is "your manager",
 * and a description's opening word loses its capital mid-sentence ("A former colleague").
 */
function addressed(text: string): string {
  return text
    .replace(/\b(?:[Mm]y|[Oo]ur)\b/g, 'your')
    .replace(/\bmine\b/g, 'yours')
    .replace(/\bme\b/g, 'you')
    .replace(describer, (word) => word.toLowerCase());
}

/**
 * The people in a "mutual connections" note, each as it reads in a sentence. Lines, semicolons,
 * "and" and "&" separate people; a comma does too, except between a name and a description of
 * the same person ("My manager, Helen" or "Helen, my manager" is one person). What follows a dash,
 * a colon or a bracket is a note about the person, not part of the name.
 */
export function connectionNames(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split(/[\n;]/)) {
    // Pieces alternate with the separators between them: [piece, separator, piece, ...].
    const pieces = line.split(/\s*(,|&|\band\b)\s*/);
    let joinable = false;
    let separators = '';
    for (let index = 0; index < pieces.length; index += 2) {
      separators += pieces[index - 1] ?? '';
      const piece = clean((pieces[index] ?? '').split(/\s[–—-]\s|[:(]/)[0] ?? '').replace(endPunctuation, '');
      if (!piece) continue;
      const previous = names.at(-1);
      if (joinable && previous && separators === ',' && describer.test(piece) !== describer.test(previous)) {
        names[names.length - 1] = `${previous}, ${piece}`;
        joinable = false;
      } else {
        names.push(piece);
        joinable = true;
      }
      separators = '';
    }
  }
  return names.filter((name) => !nobody.test(name)).map(addressed);
}

/**
 * Who could introduce the reader, as the subject of "Would … introduce you": one name, "A or B",
 * "A, B or C", or the first two and how many more; undefined when the note is not a list of people
 * (a sentence, or too long to quote).
 */
function introducers(names: readonly string[]): string | undefined {
  if (names.length === 0 || names.some((name) => name.length > 40)) return undefined;
  // A description set off by commas closes with one: "Would your manager, Helen, introduce you".
  const shown = names.map((name) => (name.includes(',') ? `${name},` : name));
  const [first, second, third] = shown;
  const list =
    names.length === 1
      ? first
      : names.length === 2
        ? `${first} or ${second}`
        : names.length === 3
          ? `${first}, ${second} or ${third}`
          : `${first}, ${second} or one of the ${names.length - 2} others you listed`;
  return list?.replace(/,+/g, ',');
}

/**
 * A role in running text: "a senior product analyst", "an engineer", "an MBA student". Only a
 * capital followed by a lowercase letter is lowered, so acronyms keep their capitals; an article
 * or full stop the reader typed is dropped, as the sentence brings its own.
 */
function withArticle(role: string): string {
  const text = shorten(role, 40)
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(endPunctuation, '');
  const lowered = /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
  // An acronym is said letter by letter: "an MBA", "an SRE", "a UX researcher".
  const vowel = /^[A-Z]{2}/.test(lowered) ? /^[AEFHILMNORSX]/.test(lowered) : /^[aeiou]/i.test(lowered);
  return `${vowel ? 'an' : 'a'} ${lowered}`;
}

/** A note of the reader's, quoted in a question: its first line, without the punctuation it ends with. */
function quoted(text: string): string {
  const line = text.split('\n').find((part) => clean(part)) ?? '';
  return `“${shorten(line, 40).replace(endPunctuation, '')}”`;
}

/**
 * Three to six short questions that help the reader find common ground with an entry. They
 * follow what is already written: a missing field gets a question that helps fill it, a filled
 * one gets a question that turns it into an opening. Questions about what is missing come first.
 */
export function commonGroundPrompts(person: MapEntry): string[] {
  const name = personName(person);
  const organization = clean(person.organization);
  const role = clean(person.role);
  const interests = clean(person.sharedInterests);
  const background = clean(person.sharedBackground);
  const connections = connectionNames(person.mutualConnections);
  const isOrganization = person.kind === 'organization';
  const missing: string[] = [];
  const filled: string[] = [];

  if (isOrganization) {
    missing.push(`Which role or person inside ${name} does the work you want to do?`);
    if (!interests) missing.push(`What has ${name} published, hosted or announced lately?`);
    if (!background) missing.push(`Have you attended, used or worked with ${name} before?`);
    if (connections.length === 0) missing.push(`Who do you know who is a member of ${name}, or works there?`);
    if (organization) filled.push(`Have you or a colleague worked with someone at ${organization}?`);
  } else {
    if (organization) missing.push(`Have you or a colleague worked with someone at ${organization}?`);
    if (!interests) missing.push(`What has ${name} written, shared or spoken about lately?`);
    if (!background) {
      missing.push(
        `Did you and ${name} study, work or live in the same place, or make the same career move?`,
      );
    }
    if (connections.length === 0) {
      missing.push(
        organization
          ? `Who do you know at ${organization}, or who used to work there?`
          : `Who do you know who might know ${name}: a former colleague, classmate or client?`,
      );
    }
    if (role && !interests)
      missing.push(`What problem does ${withArticle(role)} face that you have worked on too?`);
  }

  if (connections.length > 0) {
    const who = introducers(connections) ?? 'one of the mutual connections you noted';
    filled.push(`Would ${who} introduce you, or tell you what ${name} cares about?`);
  }
  if (interests) filled.push(`How could you open with ${quoted(person.sharedInterests)} in a first message?`);
  if (background)
    filled.push(`Which detail of ${quoted(person.sharedBackground)} would ${name} recognize at once?`);

  const prompts = [...missing, ...filled];
  // Fillers keep at least three questions when most of the card is already written.
  for (const filler of [
    `What could you offer ${name} before asking for anything?`,
    `What would you most like to learn from ${name}?`,
    `What is one small, specific ask ${name} could say yes to in 20 minutes?`,
  ]) {
    if (prompts.length >= 3) break;
    prompts.push(filler);
  }
  return prompts.slice(0, 6);
}

/** Entries in priority order (A, then B, then C), keeping the reader's order within a tier. */
function byTier<T extends MapEntry>(people: readonly T[]): T[] {
  return people
    .map((person, index) => ({ person, index }))
    .sort((a, b) => tierOrder.indexOf(a.person.tier) - tierOrder.indexOf(b.person.tier) || a.index - b.index)
    .map(({ person }) => person);
}

/**
 * The map in groups, every group present even when empty (an empty "Connected" or an unlinked
 * goal is worth seeing). By status: to reach, contacted, connected. By tier: A, B, C. By goal:
 * one group per goal in `goals` order, then "Not linked to a goal"; an entry linked to several
 * goals is in each, and a link to a goal no longer in `goals` does not count. Inside each group,
 * tier A comes first, then B, then C, otherwise in the reader's order.
 */
export function groupPeople<T extends MapEntry>(
  people: readonly T[],
  by: GroupBy,
  goals: readonly GoalOption[] = [],
): PeopleGroup<T>[] {
  if (by === 'status') {
    return statusOrder.map((status) => ({
      id: status,
      label: statusLabels[status],
      people: byTier(people.filter((person) => person.status === status)),
    }));
  }
  if (by === 'tier') {
    return tierOrder.map((tier) => ({
      id: tier,
      label: `Tier ${tierLabels[tier]}`,
      people: people.filter((person) => person.tier === tier),
    }));
  }
  const known = new Set(goals.map((goal) => goal.id));
  return [
    ...goals.map((goal) => ({
      id: goal.id,
      label: clean(goal.text) || 'Unnamed goal',
      people: byTier(people.filter((person) => person.goalIds.includes(goal.id))),
    })),
    {
      id: 'none',
      label: 'Not linked to a goal',
      people: byTier(people.filter((person) => !person.goalIds.some((id) => known.has(id)))),
    },
  ];
}

/** "3 to reach, 1 contacted, 2 connected": where the map stands, in one line. */
export function statusSummary(people: readonly Pick<MapEntry, 'status'>[]): string {
  if (people.length === 0) return 'No one on your map yet.';
  return statusOrder
    .map(
      (status) =>
        `${people.filter((person) => person.status === status).length} ${statusLabels[status].toLowerCase()}`,
    )
    .join(', ');
}
