import { createComponent, createSignal, Show, type Component } from 'solid-js';

/**
 * A component whose code is fetched the first time it is shown, such as the CSV import flow with
 * Papa Parse, so the page that holds it stays light. Until the code arrives it shows `waiting`
 * (worded from the props, e.g. "Reading contacts.csv…"); if the fetch fails, for instance offline
 * before the site was cached, it says so in words instead of leaving the space blank. Solid's
 * `lazy` fetches the same way but needs a Suspense boundary and reports failures only to an error
 * boundary, and brings both to every page with an island.
 */
export function loadOnUse<P extends object>(
  load: () => Promise<{ default: Component<P> }>,
  waiting: (props: P) => string,
): Component<P> {
  let loaded: Component<P> | undefined;
  let pending: Promise<Component<P>> | undefined;
  return (props) => {
    const [component, setComponent] = createSignal(loaded);
    const [failure, setFailure] = createSignal<string>();
    if (!loaded) {
      pending ??= load().then((module) => (loaded = module.default));
      pending.then(
        (ready) => setComponent(() => ready),
        (error: unknown) => {
          // A later use tries again rather than repeating a failed fetch.
          pending = undefined;
          setFailure(error instanceof Error ? error.message : String(error));
        },
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
}
