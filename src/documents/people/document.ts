import { peopleSpec } from './schema';
import { persisted } from '../../persistence/document-store';

/**
 * The reader's people and organisations, stored under `people`: all a page that only reads them
 * needs (the goal-setting worksheet's step links, lesson 3's self-check and conversation planner,
 * the tracker's list, the development planner, the action plan). The edits are in `people.ts`, so
 * such a page does not load them.
 *
 * Up to version 2 the document held the interaction and give logs, which `carryOverLogs` moves to
 * their own document before version 3 is written; it runs once per reader, so it loads only then.
 */
export const people = persisted(peopleSpec, {
  carryOver: async (older) => (await import('../interactions/carry-over')).carryOverLogs(older),
});

/** The people document as islands read it. */
export const $people = people.$data;
