/**
 * The server half of the Solid renderer: `@astrojs/solid-js/server.js` asked to render every
 * island in one synchronous pass. By default it renders asynchronously inside a `<Suspense>`
 * boundary, so that a component may wait for data on the server; hydration must then rebuild that
 * boundary in the browser, which puts Suspense and Solid's resource code (about 1 KB gzip) on
 * every page with an island. No island here loads data on the server: each renders its blank form
 * and reads the reader's answers from the browser's storage after hydrating. So the server renders
 * plainly and `src/islands/hydrate.ts` hydrates the same tree without a boundary.
 * `integrations/solid-islands.ts` puts this file in place of the original.
 */
import solidRenderer from '@astrojs/solid-js/server.js';
import type { AstroComponentMetadata, NamedSSRLoadedRendererValue } from 'astro';

const renderer: NamedSSRLoadedRendererValue = {
  ...solidRenderer,
  renderToStaticMarkup(component, props, slots, metadata) {
    // The renderer's own option, which it also uses for its `check` pass; not in Astro's types.
    const sync = { ...metadata, renderStrategy: 'sync' } as AstroComponentMetadata;
    return solidRenderer.renderToStaticMarkup.call(this, component, props, slots, sync);
  },
};

export default renderer;
