import { countStored, documentCatalog } from '../lib/document-catalog';
import { openEnvelope } from '../lib/documents';
import { openStorage } from '../lib/storage';
import { reloadEverywhere } from '../persistence/document-store';

/**
 * What each document holds now, for the reset list: its name and how many entries are stored,
 * counted without checking them against the schema, so the list shows on arrival without
 * fetching every schema. A document this version cannot read still counts what it holds, since
 * reset deletes it all the same.
 */
export async function describeDocuments(): Promise<{ key: string; title: string; count: number }[]> {
  const { engine } = await openStorage();
  const described = [];
  for (const entry of documentCatalog) {
    const opened = openEnvelope(await engine.getItem(entry.key));
    const count = opened.kind === 'envelope' ? countStored(entry, opened.data) : 0;
    described.push({ key: entry.key, title: entry.title, count });
  }
  return described;
}

/**
 * Deletes the given documents (all of them, and every kept-aside copy, when `keys` is 'all').
 * Needs no schema: deleting reads nothing.
 */
export async function resetData(keys: readonly string[] | 'all'): Promise<void> {
  const { engine } = await openStorage();
  const all = keys === 'all';
  const targets = all ? await engine.keys() : [...keys];
  for (const key of targets) await engine.removeItem(key);
  await reloadEverywhere(all ? documentCatalog.map((entry) => entry.key) : targets);
}
