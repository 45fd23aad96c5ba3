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
    String.raw`src/stores/(persisted|document-core|progress)\.`,
    String.raw`src/schemas/(common|progress)\.`,
    String.raw`src/lib/(records|documents|storage/(index|engine|errors))\.`,
  ].join('|'),
);

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
