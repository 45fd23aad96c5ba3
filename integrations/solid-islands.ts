/**
 * Solid for the islands: the official integration, with the browser half of its renderer replaced
 * by `src/islands/hydrate.ts`, which hydrates each island without `solid-js/store` (see there).
 * The server half, the JSX compilation and everything else stay the integration's own.
 */
import { fileURLToPath } from 'node:url';
import solid from '@astrojs/solid-js';
import type { AstroIntegration } from 'astro';

const clientEntrypoint = fileURLToPath(new URL('../src/islands/hydrate.ts', import.meta.url));

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
          addRenderer: (renderer) => options.addRenderer({ ...renderer, clientEntrypoint }),
        }),
    },
  };
}
