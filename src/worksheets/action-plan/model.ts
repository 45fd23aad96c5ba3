import type { CommunicationDoc } from '../communication/schema';
import type { DevelopmentDoc } from '../development/schema';
import type { GoalsDoc } from '../goals/schema';
import type { InteractionsDoc } from '../../documents/interactions/schema';
import type { PeopleDoc } from '../../documents/people/schema';
import type { PitchDoc } from '../pitch/schema';
import type { CalendarDate } from '../../lib/dates';

/**
 * The stored documents a plan is assembled from, by storage key. A key is absent until its store
 * has loaded (or when no worksheet writes it yet); section builders treat absent as empty.
 */
export interface PlanDocuments {
  goals?: GoalsDoc | undefined;
  people?: PeopleDoc | undefined;
  interactions?: InteractionsDoc | undefined;
  pitch?: PitchDoc | undefined;
  communication?: CommunicationDoc | undefined;
  development?: DevelopmentDoc | undefined;
}

/** The days a plan covers, both ends included. */
export interface PlanRange {
  from: CalendarDate;
  to: CalendarDate;
}

/** What every section builder is told besides the documents. */
export interface PlanOptions {
  /** Today where the reader is. */
  today: CalendarDate;
  /** Only dated items inside this range are listed; undated items always are. */
  range: PlanRange;
}

/** One line of the plan: a goal, a step, a person, an event. Plain data, rendered as text. */
export interface PlanItem {
  /** Unique within its section; stable across renders. */
  key: string;
  /** The main words, as the reader wrote them (or a fallback such as "Unnamed goal"). */
  text: string;
  /** A short tag printed before the text, e.g. "Benchmark", "Tier A". */
  label?: string;
  /** The day it is due or happens, when it has one. */
  date?: CalendarDate;
  /** The time of day it starts on `date`, as `HH:MM` (24-hour), when it has one. */
  time?: string;
  /** The id of the record the date belongs to, so the timeline lists one record once. */
  dateRef?: string;
  /** True for steps and benchmarks already done: shown, but left off the timeline. */
  done?: boolean;
  /** True for something to do by hand (a step, a follow-up, a to-do): printed with a box to tick. */
  tick?: boolean;
  /** A second line of context. */
  detail?: string;
  /** A web address or site path the item points to (printed with its address). */
  href?: string;
  /** Items that belong under this one (a goal's benchmarks and steps); printed with it. */
  children?: PlanItem[];
}

/** A heading inside a section with the items under it. */
export interface PlanGroup {
  key: string;
  title: string;
  items: PlanItem[];
  /** Said instead of the items when there are none, e.g. "Nothing dated in days 1–30". */
  emptyText?: string;
}

/**
 * Said under a dated list with nothing in the plan's days (the timeline's periods, the events and
 * deadlines), so a printed heading is never left with nothing under it.
 */
export const NOTHING_DATED = 'Nothing dated in these days yet.';

/** Identifier of a section; also what the reader's include/exclude choice is stored under. */
export type PlanSectionId =
  'goals' | 'people' | 'pitch' | 'communication' | 'follow-ups' | 'development' | 'timeline';

/** A lesson as the plan names it: its title and address. */
export interface LessonLink {
  title: string;
  href: string;
}

/** The lesson that holds each worksheet, by worksheet id (see `lessonLinks` in src/lib/lessons.ts). */
export type LessonLinks = Readonly<Record<string, LessonLink>>;

/** One section of the plan as the page renders it. */
export interface PlanSection {
  id: PlanSectionId;
  title: string;
  /**
   * The lesson whose worksheet fills it, from the content collection (`assemblePlan` adds it);
   * absent when no lesson holds the worksheet.
   */
  lesson?: LessonLink | undefined;
  groups: PlanGroup[];
  /** True when the reader has written nothing for it: it prints as a blank, ruled worksheet. */
  empty: boolean;
  /** Questions printed above ruled lines when the section is empty. */
  prompts: string[];
}

/** Everything a builder receives: documents, options, and the sections built before it. */
export interface SectionInput {
  documents: PlanDocuments;
  options: PlanOptions;
  /** Sections earlier in the plan that the reader included (the timeline merges their dates). */
  earlier: readonly PlanSection[];
}

/** A section's entry in the registry: a pure builder plus what the page shows about it. */
export interface PlanSectionSource {
  id: PlanSectionId;
  /** Name in the "include" checkboxes. */
  title: string;
  /** The documents it reads, so the page knows which stores to load. */
  documents: readonly (keyof PlanDocuments)[];
  build(input: SectionInput): PlanSection;
}

/** True when a date falls inside the range (undated items count as inside). */
export function inRange(date: CalendarDate | null | undefined, range: PlanRange): boolean {
  return !date || (date >= range.from && date <= range.to);
}

/** Text the reader wrote, trimmed, or a fallback when it is blank. */
export function orElse(text: string, fallback: string): string {
  return text.trim().replace(/\s+/g, ' ') || fallback;
}

/**
 * A section assembled from groups; empty when no group has an item. A group with no items and
 * nothing to say about that is left out: on paper it would be a heading over nothing.
 */
export function sectionOf(fields: Omit<PlanSection, 'groups' | 'empty'>, groups: PlanGroup[]): PlanSection {
  return {
    ...fields,
    groups: groups.filter((group) => group.items.length > 0 || group.emptyText),
    empty: groups.every((group) => group.items.length === 0),
  };
}
