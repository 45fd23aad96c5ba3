import { computed, type ReadableAtom } from 'nanostores';
import type { PlanDocuments } from './model';
import { communication } from '../communication/document';
import { development } from '../development/document';
import { goals } from '../goals/document';
import { interactions } from '../../documents/interactions/document';
import '../../documents/interactions/last-interaction-sync';
import { people } from '../../documents/people/document';
import type { PersistedDocument } from '../../persistence/document-store';
import { pitch } from '../pitch/document';

/**
 * The stored documents the action plan reads, by key. A worksheet whose section joins the plan
 * adds its store here (and its type to `PlanDocuments`).
 */
const sources = { goals, people, interactions, pitch, communication, development } satisfies {
  [K in keyof Required<PlanDocuments>]: PersistedDocument<NonNullable<PlanDocuments[K]>>;
};

/** Every document the plan reads, for the page to wait on and to report problems with. */
export const planStores: PersistedDocument<unknown>[] = Object.values(
  sources,
) as PersistedDocument<unknown>[];

/** The documents as the plan's section builders take them, updated as they load or change. */
export const $planDocuments: ReadableAtom<PlanDocuments> = computed(
  [goals.$data, people.$data, interactions.$data, pitch.$data, communication.$data, development.$data],
  (goalsDoc, peopleDoc, interactionsDoc, pitchDoc, communicationDoc, developmentDoc) => ({
    goals: goalsDoc,
    people: peopleDoc,
    interactions: interactionsDoc,
    pitch: pitchDoc,
    communication: communicationDoc,
    development: developmentDoc,
  }),
);
