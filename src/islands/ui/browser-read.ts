import { createEffect, createSignal, on, type Accessor } from 'solid-js';

/** What `createBrowserRead` gives an island: the latest value read, or why the read failed. */
export interface BrowserRead<T> {
  /** The latest successful read; undefined until the first one finishes. */
  value: Accessor<T | undefined>;
  /** Why the latest read failed, in the reader's words; undefined after a success. */
  error: Accessor<string | undefined>;
}

/**
 * Reads something only the browser has (stored documents, storage facts) once the island has
 * hydrated, and again whenever `source` changes, e.g. after an import. A read that finishes after
 * a newer one started is dropped, so the island never shows an older answer. Solid's
 * `createResource` does the same but brings Suspense support to every page with an island; the
 * panels that read this way need neither.
 */
export function createBrowserRead<T>(source: Accessor<unknown>, read: () => Promise<T>): BrowserRead<T> {
  const [value, setValue] = createSignal<T>();
  const [error, setError] = createSignal<string>();
  let latest = 0;
  // Effects run only in the browser, after hydration, so the server renders the "reading" state.
  createEffect(
    on(source, () => {
      const run = ++latest;
      read().then(
        (result) => {
          if (run !== latest) return;
          setError(undefined);
          setValue(() => result);
        },
        (failure: unknown) => {
          if (run === latest) setError(failure instanceof Error ? failure.message : String(failure));
        },
      );
    }),
  );
  return { value, error };
}
