/**
 * Build steps that run over the finished `dist/`, in an order that matters: inline-script hashes
 * into each page's CSP (pages change), the Pagefind search index, then the service worker, whose
 * precache list must see the final pages and the index.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hashInlineScripts } from './inline-script-hashes.ts';

/** Finishes the built site: CSP hashes, search index (lesson text only), offline service worker. */
export function offlineSearch(): AstroIntegration {
  return {
    name: 'workbook-offline-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        logger.info(`inline script hashes added to ${hashInlineScripts(root)} pages`);
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: root });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${root}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages`);

        const { generateSW } = await import('workbox-build');
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          // Every page, style, script, icon and search file a page uses: after one visit the whole
          // workbook, worksheets and search included, works with no network. It is downloaded in
          // the background of the first visit, so nothing goes in that no page uses offline: no
          // PNG, as the PNG icons are fetched when the workbook is installed, which is online.
          globPatterns: [
            '**/*.{html,css,js,mjs,json,svg,webmanifest,pagefind,pf_meta,pf_fragment,pf_index,pf_filter}',
          ],
          globIgnores: [
            'sw.js',
            'workbox-*.js',
            // Pagefind also writes its ready-made UIs, which the workbook's own search page replaces.
            'pagefind/pagefind-*ui.*',
            'pagefind/pagefind-highlight.js',
            // Pagefind's fallback for pages with no known language; every page says lang="en", and
            // the index loads wasm.en.pagefind (see pagefind-entry.json).
            'pagefind/wasm.unknown.pagefind',
          ],

          swDest: `${root}/sw.js`,
          // Pagefind's language bundles are a few hundred KB; the default 2 MB cap is fine, but
          // the limit is stated so a growing index fails loudly instead of going missing offline.
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          // A new version waits until the reader chooses "Reload", so no typing is cut short.
          skipWaiting: false,
          clientsClaim: false,
          // Pages are addressed as /lessons/x/; the precache holds /lessons/x/index.html.
          directoryIndex: 'index.html',
          // Pagefind adds a cache-busting `ts` parameter to its entry file; offline, the cached
          // copy must still answer.
          ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/, /^q$/],
          navigateFallback: null,
          // The worker's runtime is inlined so the site serves no extra workbox-*.js file.
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
