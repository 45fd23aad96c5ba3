import * as v from 'valibot';
import { describeIssue } from '../../lib/documents';
import { interactionsSchema, mergeLogs } from './schema';
import { peopleSpec } from '../people/schema';
import { interactions } from './document';
import type { OlderCopy } from '../../stores/persisted';

/**
 * Moves the interaction and give logs that `people` held up to version 2 into the `interactions`
 * document, merged by id with what it holds, and resolves only once that is stored. `persisted`
 * runs it before each write over a stored `people` of an older version, so no version 3 `people`
 * (which no longer holds the logs) is written before the logs are safe. If the page closes
 * between the two writes, `people` is still version 2 on the next visit and this runs again;
 * merging by id makes that harmless. When the logs cannot be stored, it throws, the `people`
 * save fails visibly, and the version 2 copy stays as it was.
 */
export async function carryOverLogs(older: OlderCopy): Promise<void> {
  const log = peopleSpec.carryOver!.take(older.data, older.schemaVersion);
  if (log === undefined) return; // version 1 had no logs
  const parsed = v.safeParse(interactionsSchema, log);
  if (!parsed.success) {
    throw new Error(
      `the interactions stored with your contacts could not be read (${describeIssue(parsed.issues)}), so they were left where they are.`,
    );
  }
  await interactions.ready();
  interactions.update((current) => mergeLogs(current, parsed.output));
  await interactions.flush();
  const status = interactions.$status.get();
  if (status.save === 'failed') {
    throw new Error(
      `your interactions could not be moved to their own record first (${status.problem ?? 'unknown'}).`,
    );
  }
}
