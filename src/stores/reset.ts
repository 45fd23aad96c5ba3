import { countStored, openEnvelope } from '../lib/documents';
import { LAST_RESTORED_KEY } from '../lib/last-restored';
import { openStorage } from '../lib/storage';
import { reloadEverywhere } from '../persistence/replace-all';

/** Every stored document's spec, fetched when the reset list first needs them. */
const specs = async () => (await import('../documents')).documentSpecs;

/**
 * What each document holds now, for the reset list: its name and how many entries are stored,
 * counted by its spec without checking the data against the schema, so a large document counts
 * at once and one this version cannot read still counts what it holds, since reset deletes it
 * all the same. The specs load with the list, not with the page.
 */
export async function describeDocuments(): Promise<{ key: string; title: string; count: number }[]> {
  const [{ engine }, documentSpecs] = await Promise.all([openStorage(), specs()]);
  const described = [];
  for (const spec of documentSpecs) {
    const opened = openEnvelope(await engine.getItem(spec.key));
    const count = opened.kind === 'envelope' ? countStored(spec, opened.data) : 0;
    described.push({ key: spec.key, title: spec.title, count });
  }
  return described;
}

/**
 * Deletes the given documents (all of them, and every kept-aside copy, when `keys` is 'all'),
 * with their copies in the last restored backup. Needs no schema: deleting reads no document.
 */
export async function resetData(keys: readonly string[] | 'all'): Promise<void> {
  const { engine } = await openStorage();
  const all = keys === 'all';
  const targets = all ? await engine.keys() : [...keys];
  for (const key of targets) await engine.removeItem(key);
  // The last restored backup holds a copy of each document: a deleted one goes from it too.
  const restored = all
    ? undefined
    : ((await engine.getItem(LAST_RESTORED_KEY)) as { documents?: object } | null);
  if (restored?.documents && targets.some((key) => Object.hasOwn(restored.documents!, key))) {
    const documents = Object.fromEntries(
      Object.entries(restored.documents).filter(([key]) => !targets.includes(key)),
    );
    await engine.setItem(LAST_RESTORED_KEY, { ...restored, documents });
  }
  await reloadEverywhere(all ? (await specs()).map((spec) => spec.key) : targets);
}
