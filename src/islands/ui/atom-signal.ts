import type { ReadableAtom } from 'nanostores';
import { createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * Reads a nanostores atom as a plain Solid signal. `useStore` from @nanostores/solid reconciles
 * every new value into a deep Solid store, which walks the whole document on each change and
 * wraps each record in a proxy: fine for a few hundred records, seconds for a network of 5,000
 * contacts and 50,000 interactions. Our documents are immutable (each edit makes new objects for
 * what changed), so handing the value over as is loses nothing and lets memos compare by identity.
 */
export function createAtomSignal<T>(store: ReadableAtom<T>): Accessor<T> {
  const [value, setValue] = createSignal<T>(store.get(), { equals: false });
  onCleanup(store.subscribe((next) => setValue(() => next)));
  return value;
}
