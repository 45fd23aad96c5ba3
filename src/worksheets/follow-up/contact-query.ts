import type { ContactStatus, FollowUpState } from './cadence';
import type { ViewRule } from './sorted-view';

/** How the contact list can be ordered. */
export const sortKeys = ['due', 'name', 'organization', 'recent'] as const;

/** One way of ordering the contact list. */
export type SortKey = (typeof sortKeys)[number];

/** How each order is named to the reader. */
export const sortLabels: Record<SortKey, string> = {
  due: 'Next due first',
  name: 'Name (A to Z)',
  organization: 'Organization (A to Z)',
  recent: 'Last in touch (most recent first)',
};

/** What the reader asked the list for. Empty strings mean "any". */
export interface ContactQuery {
  /** Words to find in the name, role, organisation, email, phone, profile link, tags, how they met, or notes. */
  text: string;
  tag: string;
  state: FollowUpState | '';
  organization: string;
  sort: SortKey;
}

/** The query of a fresh list: everyone, next due first. */
export const emptyQuery: ContactQuery = { text: '', tag: '', state: '', organization: '', sort: 'due' };

/** A contact with the lower-case text that sorting uses, built once per change. */
export interface Indexed extends ContactStatus {
  /** Name and organisation, lower-case, to sort by with plain comparisons. */
  nameKey: string;
  orgKey: string;
}

// Person records are immutable: an edit makes a new object, so text derived from an unchanged
// person can be reused when another record changes, instead of rebuilding 5,000 strings.
const keysOf = new WeakMap<object, Pick<Indexed, 'nameKey' | 'orgKey'>>();
const haystacks = new WeakMap<object, string>();

/**
 * Every searchable field of a person, lower-case, in one string. Built on the first search, not
 * when the list is first shown: most visits never search, and 5,000 of them cost the first render.
 */
function haystackOf(p: ContactStatus['person']): string {
  let haystack = haystacks.get(p);
  if (haystack === undefined) {
    haystack = [
      p.name,
      p.role,
      p.organization,
      p.email,
      p.phone,
      p.profileUrl,
      p.metHow,
      p.tags.join(' '),
      p.notes,
    ]
      .join('\n')
      .toLocaleLowerCase();
    haystacks.set(p, haystack);
  }
  return haystack;
}

// Statuses of unchanged contacts are reused as they are (see makeContactFigures), and so are their
// indexed copies: logging one interaction then makes one new entry, not 5,000.
const indexedOf = new WeakMap<ContactStatus, Indexed>();

/** Prepares statuses for sorting, so a keystroke compares plain strings only. */
export function indexContacts(statuses: readonly ContactStatus[]): Indexed[] {
  return statuses.map((status) => {
    const known = indexedOf.get(status);
    if (known) return known;
    const p = status.person;
    let keys = keysOf.get(p);
    if (!keys) {
      keys = {
        nameKey: p.name.trim().toLocaleLowerCase(),
        orgKey: p.organization.trim().toLocaleLowerCase(),
      };
      keysOf.set(p, keys);
    }
    const indexed = { ...status, ...keys };
    indexedOf.set(status, indexed);
    return indexed;
  });
}

const compareText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });

// Plain code-unit comparison of prepared keys: `localeCompare` in a sort of 5,000 contacts costs
// tens of milliseconds a keystroke. Dates are `YYYY-MM-DD`, so they compare correctly as text.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const comparators: Record<SortKey, (a: Indexed, b: Indexed) => number> = {
  due: (a, b) => byText(a.due ?? '9999', b.due ?? '9999'),
  name: (a, b) => byText(a.nameKey, b.nameKey),
  organization: (a, b) =>
    // Contacts without an organisation go last rather than first.
    (a.orgKey ? 0 : 1) - (b.orgKey ? 0 : 1) || byText(a.orgKey, b.orgKey),
  recent: (a, b) => byText(b.last ?? '', a.last ?? ''),
};

/**
 * The contacts matching a query, sorted. Every word of the search text must appear somewhere
 * (in any order, any case); tag and organisation match exactly, ignoring case. Ties keep name
 * order, so the list does not jump around between keystrokes.
 */
export function queryContacts(contacts: readonly Indexed[], query: ContactQuery): Indexed[] {
  const rule = contactRule(query);
  return contacts.filter(rule.keep).sort(rule.compare);
}

const rules = new WeakMap<ContactQuery, ViewRule<Indexed>>();

/**
 * What `queryContacts` keeps and how it orders them, as one rule per query object, so that a
 * sorted view (`makeSortedView`) can tell the query has not changed.
 */
export function contactRule(query: ContactQuery): ViewRule<Indexed> {
  const known = rules.get(query);
  if (known) return known;
  const words = query.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const tag = query.tag.toLocaleLowerCase();
  const organization = query.organization.toLocaleLowerCase();
  const compare = comparators[query.sort];
  const rule: ViewRule<Indexed> = {
    keep: (c) =>
      (!query.state || c.state === query.state) &&
      (!tag || c.person.tags.some((t) => t.toLocaleLowerCase() === tag)) &&
      (!organization || c.person.organization.toLocaleLowerCase() === organization) &&
      (words.length === 0 || words.every((word) => haystackOf(c.person).includes(word))),
    compare: (a, b) => compare(a, b) || byText(a.nameKey, b.nameKey),
  };
  rules.set(query, rule);
  return rule;
}

/** Every distinct tag and organisation, sorted, for the filter menus. */
export function filterOptions(contacts: readonly ContactStatus[]): {
  tags: string[];
  organizations: string[];
} {
  // Each distinct spelling once, with where it was last seen: lower-casing (slow, locale-aware)
  // then runs once per spelling rather than once per contact, and for each option the spelling
  // seen last wins, as if every contact's were lower-cased in turn.
  const lastSeen = { tags: new Map<string, number>(), organizations: new Map<string, number>() };
  let at = 0;
  for (const { person } of contacts) {
    for (const tag of person.tags) lastSeen.tags.set(tag, at++);
    lastSeen.organizations.set(person.organization, at++);
  }
  const byLowerCase = (spellings: Map<string, number>, clean: (spelling: string) => string) => {
    const chosen = new Map<string, { spelling: string; at: number }>();
    for (const [spelling, seen] of spellings) {
      const value = clean(spelling);
      if (!value) continue;
      const key = spelling.toLocaleLowerCase();
      if ((chosen.get(key)?.at ?? -1) < seen) chosen.set(key, { spelling: value, at: seen });
    }
    return new Map([...chosen].map(([key, { spelling }]) => [key, spelling]));
  };
  const tags = byLowerCase(lastSeen.tags, (tag) => tag);
  const organizations = byLowerCase(lastSeen.organizations, (organization) => organization.trim());
  const sorted = (values: Map<string, string>) => [...values.values()].sort(compareText);
  return { tags: sorted(tags), organizations: sorted(organizations) };
}

/** Splits "health-tech, target company" into tags: trimmed, no empties, no repeats (ignoring case). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(/[,;]/)) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, 60);
    if (!tag || seen.has(tag.toLocaleLowerCase())) continue;
    seen.add(tag.toLocaleLowerCase());
    tags.push(tag);
  }
  return tags.slice(0, 30);
}
