/**
 * The browser half of the Solid renderer: hydrates one `<astro-island>`. It is
 * `@astrojs/solid-js/client.js` less three things:
 * - The server half (`src/islands/render.ts`) renders islands without a `<Suspense>` boundary, so
 *   none is rebuilt here.
 * - The original keeps each island's props in a `solid-js/store` (2 KB gzip on every page with an
 *   island) so that Astro can reconcile new props into an island it renders again, which happens
 *   only with client-side navigation or server islands. This workbook has neither: each page
 *   hydrates each island once with the props the server rendered, handed over as a plain object.
 * - Islands here take their data as props, never as slotted children, so the original's search
 *   for server-rendered slots (and the HTML it parses for slots rendered in the browser) is gone;
 *   an island given children fails at once with a message rather than dropping them.
 * `integrations/solid-islands.ts` puts this file in place of the original.
 */
import type { Component } from 'solid-js';
import { createComponent, hydrate, render } from 'solid-js/web';

type Props = Record<string, unknown>;

/**
 * Lets the browser handle input and paint before the next island hydrates. Islands whose code
 * arrives together (every `client:idle` island of a page) would otherwise hydrate one after the
 * other in a single long task, during which a tap waits. `scheduler.yield()` resumes ahead of
 * other queued work (Chromium 129+); elsewhere a zero timeout gives the same break.
 */
const yieldToBrowser = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield?.() ?? new Promise((resume) => setTimeout(resume));
};

/** Astro's client renderer contract: given the island element, a function that mounts a component. */
export default (element: HTMLElement) =>
  async (
    component: Component<Props>,
    props: Props,
    slotted: Record<string, string>,
    { client }: { client: string },
  ) => {
    // Astro calls again for an island it already hydrated only when re-rendering it (see above).
    if (!element.hasAttribute('ssr')) return;
    const slots = Object.keys(slotted);
    if (slots.length > 0) {
      throw new Error(`Workbook islands take props, not children; this one was given: ${slots.join(', ')}.`);
    }
    // Astro awaits this function, so the island counts as hydrated only once it has run.
    await yieldToBrowser();
    // The same tree the server rendered: the component alone, with no boundary around it.
    const app = () => createComponent(component, props);
    let dispose: () => void;
    if (client === 'only') {
      element.replaceChildren();
      dispose = render(app, element);
    } else {
      dispose = hydrate(app, element, { renderId: element.dataset['solidRenderId'] ?? '' });
    }
    element.addEventListener('astro:unmount', () => dispose(), { once: true });
  };
