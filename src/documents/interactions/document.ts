import { interactionsSpec, type InteractionsDoc } from './schema';
import { persisted } from '../../persistence/document-store';

/**
 * Every contact's interaction log and give log, stored under `interactions`. The tracker reads it
 * in parallel with `people` and shows contacts before it has loaded.
 */
export const interactions = persisted(interactionsSpec);

/** The logs as islands read them. */
export const $interactions = interactions.$data;

/**
 * Applies an edit to the logs now, or, while they are still loading, as soon as they have loaded:
 * an entry logged in the first moments after the page opens is added to the stored log, never
 * written over it. Returns whether the edit ran now. A log that turns out read-only refuses the
 * edit, and its status (shown by the save indicator) says why.
 */
export function editLog(edit: (log: InteractionsDoc) => InteractionsDoc): boolean {
  if (interactions.$status.get().phase !== 'loading') {
    interactions.update(edit);
    return true;
  }
  void interactions
    .ready()
    .then(() => interactions.update(edit))
    .catch(() => {});
  return false;
}
