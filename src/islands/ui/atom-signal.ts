import type { ReadableAtom } from 'nanostores';
import { createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * Reads a nanostores atom as a plain Solid signal; every island reads stores through it.
 * `useStore` from @nanostores/solid instead reconciles each new value into a deep Solid store:
 * that walks the whole document on every change and wraps each record in a proxy (seconds for a
 * network of 5,000 contacts and 50,000 interactions), and it ships solid-js/store (2 KB gzip) to
 * every page. Our documents are immutable (each edit makes new objects for what changed), so the
 * value is handed over as is and memos compare by identity; lists of editable records render
 * with `RecordList` (./record-list.tsx), keyed by id, so a row and its focused field survive edits.
 */
export function createAtomSignal<T>(store: ReadableAtom<T>): Accessor<T> {
  const [value, setValue] = createSignal<T>(store.get(), { equals: false });
  onCleanup(store.subscribe((next) => setValue(() => next)));
  return value;
}
