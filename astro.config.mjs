// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { localforageWithoutWebSQL } from './integrations/localforage-without-websql.ts';
import { offlineSearch } from './integrations/offline-search.ts';
import { solidIslands } from './integrations/solid-islands.ts';

/** Modules in the shared runtime chunk (their own imports come along). */
const sharedRuntime = new RegExp(
  [
    String.raw`node_modules/(solid-js|nanostores|valibot)/`,
    String.raw`src/islands/(hydrate|mounted|ui/atom-signal)\.`,
    String.raw`src/persistence/(document-store|document-core|states|tab-sync|closing-stash)\.`,
    String.raw`src/stores/progress\.`,
    String.raw`src/schemas/(common|progress)\.`,
    String.raw`src/lib/(records|documents|storage/(index|engine|errors))\.`,
  ].join('|'),
);

/**
 * Script file names, as Vite makes them, except that a module of a worksheet or shared document
 * folder carries its folder's name: `follow-up-store.[hash].js` rather than one of seven
 * `store.[hash].js`, so a file in `dist/` (or in the browser's network panel) says whose it is.
 */
const chunkFileNames = (/** @type {{ name: string, moduleIds: string[] }} */ chunk) => {
  const folder = new RegExp(String.raw`src/(?:worksheets|documents)/([^/]+)/${chunk.name}\.\w+$`);
  const named = chunk.moduleIds.map((id) => folder.exec(id)).find(Boolean);
  return `_astro/${named ? `${named[1]}-${chunk.name}` : chunk.name}.[hash].js`;
};

// A fully static site: every page is HTML on disk, so `dist/` can go on any static host.
export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx(), solidIslands(), offlineSearch()],
  build: {
    // Small page styles go inline so a lesson renders with one request; larger ones stay cacheable files.
    inlineStylesheets: 'auto',
  },
  security: {
    // A meta Content-Security-Policy on every page: scripts and styles only from this site or
    // with the hash Astro computes for each inline one, nothing from other origins.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind's search runs as WebAssembly, which needs this (it allows compiling wasm,
        // not evaluating JavaScript strings).
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
  // Lessons hold no code blocks; Shiki's inline colours would also need 'unsafe-inline' styles.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    plugins: [localforageWithoutWebSQL()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              chunkFileNames,
              codeSplitting: {
                // What every page with an island runs (Solid, the stores, valibot and the document
                // layer) as one file rather than a dozen small ones: one request, and about
                // 1.7 KB less gzip, since the pieces compress better together.
                groups: [{ name: 'runtime', test: sharedRuntime }],
              },
            },
          },
        },
      },
    },
  },
});
