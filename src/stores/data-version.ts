import { atom } from 'nanostores';

/**
 * Bumped after an import or reset, so the "Your data" panels re-read what they show. Kept apart
 * from the backup actions so a panel that only watches it (storage health) loads none of them.
 */
export const $dataVersion = atom(0);

/** Tells the panels watching `$dataVersion` that the stored data changed. */
export const bumpDataVersion = () => $dataVersion.set($dataVersion.get() + 1);
