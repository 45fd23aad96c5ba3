/**
 * Solid for the islands: the official integration, with both halves of its renderer wrapped.
 * `src/islands/render.ts` renders each island in one synchronous pass without a Suspense boundary,
 * and `src/islands/hydrate.ts` hydrates it without that boundary or `solid-js/store` (see there).
 * The JSX compilation and everything else stay the integration's own.
 */
import { fileURLToPath } from 'node:url';
import solid from '@astrojs/solid-js';
import type { AstroIntegration } from 'astro';

const clientEntrypoint = fileURLToPath(new URL('../src/islands/hydrate.ts', import.meta.url));
const serverEntrypoint = fileURLToPath(new URL('../src/islands/render.ts', import.meta.url));

/** `@astrojs/solid-js` with the workbook's own island hydration. */
export function solidIslands(): AstroIntegration {
  const integration = solid();
  const setup = integration.hooks['astro:config:setup'];
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (options) =>
        setup?.({
          ...options,
          addRenderer: (renderer) => options.addRenderer({ ...renderer, clientEntrypoint, serverEntrypoint }),
        }),
    },
  };
}
