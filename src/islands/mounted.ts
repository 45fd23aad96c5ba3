import { createSignal, onMount, type Accessor } from 'solid-js';

/**
 * False during server rendering and hydration, true once the island is live in the browser.
 *
 * Solid's hydration keeps the server's attributes as they are, assuming the first client render
 * matches them. Reader data exists only in the browser, so an island that showed it during
 * hydration would keep the server's stale attributes (a button stuck disabled, a tick missing).
 * Gating reader data on this signal renders exactly the server's markup first, then updates.
 */
export function createMounted(): Accessor<boolean> {
  const [mounted, setMounted] = createSignal(false);
  // After hydration has finished, not inside it: attribute updates made while Solid is still
  // hydrating are skipped, which would leave the server's attributes in place.
  onMount(() => queueMicrotask(() => setMounted(true)));
  return mounted;
}
