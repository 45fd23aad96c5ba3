import type { ReadableAtom } from 'nanostores';
import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';

/**
 * `createAtomSignal` (./atom-signal.ts) for an island that the browser hydrates from the server's markup (not one
 * behind a loading gate): `before` until hydrated, then the atom, subscribed only then. Even
 * reading a stored document's atom starts it, and other islands (the save status) react to its
 * status at once; what they render during this island's hydration would take hydration keys
 * from its count and leave its markup unclaimed.
 */
export function createHydratedAtomSignal<T, B>(store: ReadableAtom<T>, before: B): Accessor<T | B> {
  const [value, setValue] = createSignal<T | B>(before, { equals: false });
  onMount(() => onCleanup(store.subscribe((next) => setValue(() => next))));
  return value;
}
