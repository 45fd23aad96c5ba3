import { createComponent, createSignal, Show, type Component } from 'solid-js';

/** A component from `loadOnUse`, with ways to fetch its code early and to act once it is on screen. */
export interface LoadedOnUse<P extends object> extends Component<P> {
  /**
   * Starts fetching the code now, when the reader shows the intent to use it (the pointer or the
   * focus reaches the button that shows it), so it is usually here by the click. A failure is
   * reported where the component is shown, and the next use tries again.
   */
  preload(): void;
  /**
   * Runs `then` at once if the code is here, else once it has arrived and the uses already on the
   * page have rendered it: to move focus into it. Never runs if the fetch fails; the use says why.
   */
  whenReady(then: () => void): void;
}

/**
 * A component whose code is fetched the first time it is shown, such as the CSV import flow with
 * Papa Parse, so the page that holds it stays light. Until the code arrives it shows `waiting`
 * (worded from the props, e.g. "Reading contacts.csv…"); if the fetch fails, for instance offline
 * before the site was cached, it says so in words instead of leaving the space blank. Once the code
 * is here, every later use renders at once. Solid's `lazy` fetches the same way but needs a
 * Suspense boundary and reports failures only to an error boundary, and brings both to every page
 * with an island.
 */
export function loadOnUse<P extends object>(
  load: () => Promise<{ default: Component<P> }>,
  waiting: (props: P) => string,
): LoadedOnUse<P> {
  let loaded: Component<P> | undefined;
  let pending: Promise<Component<P>> | undefined;
  const fetchCode = () =>
    (pending ??= load().then(
      (module) => (loaded = module.default),
      (error: unknown) => {
        // A later use tries again rather than repeating a failed fetch.
        pending = undefined;
        throw error;
      },
    ));
  const use: Component<P> = (props) => {
    const [component, setComponent] = createSignal(loaded);
    const [failure, setFailure] = createSignal<string>();
    if (!loaded) {
      fetchCode().then(
        (ready) => setComponent(() => ready),
        (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
      );
    }
    return (
      <Show
        when={component()}
        fallback={
          <Show when={failure()} fallback={<p class="worksheet-loading">{waiting(props)}</p>}>
            <p class="form-message form-message--error" role="alert">
              <span aria-hidden="true">⚠ </span>
              This part of the worksheet could not be loaded ({failure()}). Check your connection and reload
              the page.
            </p>
          </Show>
        }
      >
        {(ready) => createComponent(ready(), props)}
      </Show>
    );
  };
  return Object.assign(use, {
    preload: () => void fetchCode().catch(() => undefined),
    whenReady: (then: () => void) => {
      if (loaded) then();
      // Registered after the uses on the page, so it runs after they have rendered the code.
      else fetchCode().then(then, () => undefined);
    },
  });
}
