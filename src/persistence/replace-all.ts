// After an import or a reset has replaced stored documents wholesale, or a restore merged into them. Only the "Your data" page
// does that, so this is apart from the document store every page loads.
import { $documents } from './document-store';
import { openChannel, type Message } from './tab-sync';

/**
 * Tells every open copy of these documents, in this tab and others, that storage was replaced
 * wholesale (an import or a reset), so they drop their state and read it again.
 */
export async function reloadEverywhere(keys: readonly string[]): Promise<void> {
  const affected = $documents.get().filter((doc) => keys.includes(doc.spec.key));
  await Promise.all(affected.map((doc) => doc.reload()));
  const channel = openChannel();
  channel?.postMessage({ type: 'replaced', keys: [...keys] } satisfies Message);
  channel?.close();
}

/**
 * Tells every open copy of these documents that a restore merged into them and stored the copy
 * stamped `updatedAt`, as a tab's save does: this tab's copies read it again (their edits were
 * written first), and other tabs merge it with whatever they have not saved yet.
 */
export async function tellMerged(saved: readonly { key: string; updatedAt: string }[]): Promise<void> {
  const keys = saved.map(({ key }) => key);
  const affected = $documents.get().filter((doc) => keys.includes(doc.spec.key));
  await Promise.all(affected.map((doc) => doc.reload()));
  const channel = openChannel();
  for (const { key, updatedAt } of saved) {
    channel?.postMessage({ type: 'saved', key, updatedAt, from: 'restore' } satisfies Message);
  }
  channel?.close();
}
