import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';
import { localforageWithoutWebSQL } from './integrations/localforage-without-websql.ts';

// Astro's getViteConfig() cannot render Solid components in jsdom, so unit tests use the Solid
// plugin directly. Pure modules run in Node; a component test opts into jsdom with a
// `// @vitest-environment jsdom` comment at its top.
export default defineConfig({
  // The storage engine is tested as the site builds it: localforage without WebSQL.
  plugins: [solid(), localforageWithoutWebSQL()],
  test: {
    environment: 'node',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
