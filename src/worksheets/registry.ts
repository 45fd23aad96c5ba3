import type { DocumentSpec } from '../lib/documents';
import { interactionsSpec } from '../documents/interactions/schema';
import { peopleSpec } from '../documents/people/schema';
import { planSpec } from './action-plan/schema';
import { communicationSpec } from './communication/schema';
import { developmentSpec } from './development/schema';
import { goalsSpec } from './goals/schema';
import { pitchSpec } from './pitch/schema';

/** One worksheet of the workbook, as every part of the site that lists worksheets reads it. */
export interface WorksheetEntry {
  /** Identifier: `<Worksheet id>` in a lesson, the lesson's front matter, print and tests use it. */
  id: string;
  /** Heading shown above the worksheet in its lesson. */
  title: string;
  /**
   * True when the folder holds an `Island.astro` that renders the interactive worksheet; false
   * for a paper worksheet, which prints the lesson's own prompts with ruled lines.
   */
  island: boolean;
  /**
   * The stored documents it writes or reads; backup, restore and reset cover each one. Typed by
   * key and title only, since specs of different documents share no data type.
   */
  documents: readonly Pick<DocumentSpec<unknown>, 'key' | 'title'>[];
  /** Its own stylesheet, relative to `src/worksheets/`, linked only by lessons that hold it. */
  styles?: string;
  /**
   * True when the folder's `plan.ts` exports its section of the action plan (`planSection`), in
   * the plan's order, which is this list's. Named rather than imported here, so that what reads
   * the registry for documents or styles (backup, reset) does not load every plan builder.
   */
  plan?: true;
}

/**
 * Every worksheet, once, in the order of the lessons. Adding a worksheet is its folder plus one
 * entry here (see "Add a worksheet" in docs/architecture.md).
 */
export const worksheets = [
  {
    id: 'goals',
    title: 'Goal-setting worksheet',
    island: true,
    documents: [goalsSpec],
    styles: 'goals/goals.css',
    plan: true,
  },
  {
    id: 'relationship-map',
    title: 'Relationship map',
    island: true,
    documents: [peopleSpec],
    styles: 'relationship-map/relationship-map.css',
    plan: true,
  },
  {
    id: 'pitch',
    title: 'Pitch builder',
    island: true,
    documents: [pitchSpec],
    styles: 'pitch/pitch.css',
    plan: true,
  },
  {
    id: 'communication',
    title: 'Listening and style self-check',
    island: true,
    documents: [communicationSpec],
    styles: 'communication/communication.css',
    plan: true,
  },
  {
    id: 'online-presence',
    title: 'Online presence checklist',
    island: true,
    documents: [communicationSpec],
    styles: 'communication/communication.css',
  },
  {
    id: 'follow-up',
    title: 'Follow-up tracker',
    island: true,
    documents: [peopleSpec, interactionsSpec],
    styles: 'follow-up/follow-up.css',
    plan: true,
  },
  {
    id: 'development',
    title: 'Development planner',
    island: true,
    documents: [developmentSpec],
    styles: 'development/development.css',
    plan: true,
  },
  {
    id: 'action-plan',
    title: 'Your action plan',
    island: false,
    documents: [planSpec],
    plan: true,
  },
] as const satisfies readonly WorksheetEntry[];

/** Identifier of one worksheet. */
export type WorksheetId = (typeof worksheets)[number]['id'];

/** Every worksheet id, in lesson order (the lesson front matter's vocabulary). */
export const worksheetIds = worksheets.map((entry) => entry.id) as [WorksheetId, ...WorksheetId[]];

/** The registry entry of a worksheet. */
export function worksheetEntry(id: WorksheetId): WorksheetEntry {
  return worksheets.find((entry) => entry.id === id)!;
}
