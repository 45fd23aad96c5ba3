/**
 * The browser half of the Solid renderer: hydrates one `<astro-island>`. It is
 * `@astrojs/solid-js/client.js` less two things. The server half (`src/islands/render.ts`) renders
 * islands without a `<Suspense>` boundary, so none is rebuilt here. And the original keeps each island's props in a
 * `solid-js/store` (2 KB gzip on every page with an island) so that Astro can reconcile new props
 * into an island it renders again, which happens only with client-side navigation or server
 * islands. This workbook has neither: each page hydrates each island once with the props the
 * server rendered, so the props are handed over as a plain object.
 * `integrations/solid-islands.ts` puts this file in place of the original.
 */
import type { Component } from 'solid-js';
import { createComponent, hydrate, render } from 'solid-js/web';

type Props = Record<string, unknown>;

/** Astro's client renderer contract: given the island element, a function that mounts a component. */
export default (element: HTMLElement) =>
  (
    component: Component<Props>,
    props: Props,
    slotted: Record<string, string>,
    { client }: { client: string },
  ) => {
    // Astro calls again for an island it already hydrated only when re-rendering it (see above).
    if (!element.hasAttribute('ssr')) return;
    const isHydrate = client !== 'only';
    const slots: Record<string, Element> = {};
    if (Object.keys(slotted).length > 0) {
      if (isHydrate) {
        // Server-rendered slots are already in the island: find them, skipping nested islands.
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_ELEMENT, (node) => {
          if (node === element) return NodeFilter.FILTER_SKIP;
          if (node.nodeName === 'ASTRO-SLOT') return NodeFilter.FILTER_ACCEPT;
          if (node.nodeName === 'ASTRO-ISLAND') return NodeFilter.FILTER_REJECT;
          return NodeFilter.FILTER_SKIP;
        });
        for (let slot = walker.nextNode(); slot; slot = walker.nextNode()) {
          slots[(slot as Element).getAttribute('name') || 'default'] = slot as Element;
        }
      }
      for (const [key, html] of Object.entries(slotted)) {
        if (slots[key]) continue;
        const slot = document.createElement('astro-slot');
        if (key !== 'default') slot.setAttribute('name', key);
        // Slot HTML is markup Astro rendered on the server from the page's own source, not user data.
        slot.innerHTML = html;
        slots[key] = slot;
      }
    }
    const { default: children, ...named } = slots;
    const allProps = { ...props, ...named, children };
    // The same tree the server rendered: the component alone, with no boundary around it.
    const app = () => createComponent(component, allProps);
    let dispose: () => void;
    if (isHydrate) {
      dispose = hydrate(app, element, { renderId: element.dataset['solidRenderId'] ?? '' });
    } else {
      element.replaceChildren();
      dispose = render(app, element);
    }
    element.addEventListener('astro:unmount', () => dispose(), { once: true });
  };
