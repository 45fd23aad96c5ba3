// @ts-check
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';
import { defineConfig } from 'astro/config';

// A fully static site: every page is HTML on disk, so `dist/` can go on any static host.
export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx(), solid()],
  build: {
    // Small page styles go inline so a lesson renders with one request; larger ones stay cacheable files.
    inlineStylesheets: 'auto',
  },
  devToolbar: { enabled: false },
});
