// After an import or a reset has replaced stored documents wholesale. Only the "Your data" page
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
