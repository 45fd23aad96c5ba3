// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { offlineSearch } from './integrations/offline-search.ts';
import { solidIslands } from './integrations/solid-islands.ts';

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
});
