import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureSite, pagePath } from '../tools/budgets.ts';
import {
  budgetFor,
  budgetProblems,
  dynamicImports,
  gzipSize,
  loadedAfterHydration,
  firstViewScripts,
  measurePage,
  pageAssets,
  pageMedia,
  ratchet,
  resolveModule,
  sharedByIslandPages,
  staticImports,
  walkModules,
  type PageWeight,
} from '../tools/page-weight.ts';

const fixture = fileURLToPath(new URL('../fixtures/built-site', import.meta.url));

describe('reading a built page', () => {
  it('lists stylesheets, preloads, script files and island modules, once each', () => {
    const assets = pageAssets(`
      <link rel="stylesheet" href="/a.css"><link href='/b.css' rel="preload stylesheet">
      <link rel="modulepreload" href="/m.js"><script type="module" src="/s.js"></script><script>inline()</script>
      <astro-island component-url="/i.js" renderer-url="/r.js"></astro-island>
      <astro-island component-url="/j.js" renderer-url="/r.js"></astro-island><style>p{}</style>`);
    expect(assets).toEqual({
      stylesheets: ['/a.css', '/b.css'],
      scripts: ['/m.js', '/s.js', '/i.js', '/r.js', '/j.js'],
      inlineStyles: ['p{}'],
      islands: 2,
    });
  });

  it('tells static imports from dynamic ones in minified chunks', () => {
    const code =
      'import{a as b}from"./x.js";import"./y.js";import*as n from"./z.js";export{c}from"./w.js";' +
      'export*from"./v.js";const l=()=>import(`./lazy.js`);const s="import is a word";';
    expect(staticImports(code)).toEqual(['./x.js', './y.js', './z.js', './w.js', './v.js']);
    expect(dynamicImports(code)).toEqual(['./lazy.js']);
  });

  it('resolves imports against the importing module, and keeps other origins whole', () => {
    expect(resolveModule('/_astro/a.js', './b.js')).toBe('/_astro/b.js');
    expect(resolveModule('/_astro/a.js', '../c.js')).toBe('/c.js');
    expect(resolveModule('/_astro/a.js', 'https://cdn.example/d.js')).toBe('https://cdn.example/d.js');
  });
});

describe('fonts, images and the first view', () => {
  it('finds the fonts and images a page references, in its HTML and its CSS, once each', () => {
    const html = `<link rel="icon" href="/favicon.svg"><link rel="apple-touch-icon" href="/icons/touch.png">
      <link rel="preload" as="font" href="/_astro/a.woff2"><img src="/photo.jpg" alt="">
      <picture><source srcset="/small.avif 1x, /large.avif 2x"></picture><img src="data:image/png;base64,AA">`;
    const css =
      '@font-face{src:url(./a.woff2) format("woff2")}.x{background:url("/bg.svg")}.y{mask:url(data:x)}';
    expect(
      pageMedia(html, [{ text: css, href: '/_astro/page.css' }, { text: ".z{background:url('/z.png')}" }]),
    ).toEqual([
      '/photo.jpg',
      '/small.avif',
      '/large.avif',
      '/favicon.svg',
      '/_astro/a.woff2',
      '/bg.svg',
      '/z.png',
    ]);
  });

  it('leaves the code of islands that wait to be seen out of the first view', () => {
    const html = `<script type="module" src="/s.js"></script>
      <astro-island component-url="/idle.js" renderer-url="/r.js" client="idle"></astro-island>
      <astro-island component-url="/seen.js" renderer-url="/r.js" client="visible"></astro-island>
      <astro-island component-url="/later.js" renderer-url="/r2.js" client="visible"></astro-island>`;
    expect(firstViewScripts(html)).toEqual({ scripts: ['/s.js', '/idle.js', '/r.js'], islands: 1 });
  });

  it('counts a page’s fonts and images in its total, and a missing one as missing', () => {
    const html = '<link rel="icon" href="/icon.svg"><style>@font-face{src:url(/f.woff2)}</style>';
    const files: Record<string, string> = { '/icon.svg': '<svg/>'.repeat(50) };
    const page = measurePage('/p/', html, (path) => files[path]);
    expect(page.mediaFiles).toEqual(['/icon.svg', '/f.woff2']);
    expect(page.media).toBe(gzipSize(files['/icon.svg']!));
    expect(page.total).toBe(page.html + page.media);
    expect(page.firstView).toBe(page.total);
    expect(page.missing).toEqual(['/f.woff2']);
  });
});

describe('walking the import graph', () => {
  const files: Record<string, string> = {
    '/entry.js': 'import"./a.js";const x=()=>import("./lazy.js");',
    '/a.js': 'import"./b.js";import"./entry.js";',
    '/b.js': 'export const b=1;',
    '/lazy.js': 'import"./a.js";import"./only-lazy.js";import("./lazier.js");',
    '/only-lazy.js': 'export{};',
    '/lazier.js': 'import"./gone.js";',
  };
  const graph = walkModules(['/entry.js'], (path) => files[path]);

  it('counts static imports transitively, following cycles once', () => {
    expect(graph.loaded).toEqual(['/entry.js', '/a.js', '/b.js']);
  });

  it('lists code behind import() apart, without what the page already loaded', () => {
    expect(graph.lazy).toEqual(['/lazy.js', '/only-lazy.js', '/lazier.js']);
  });

  it('reports imports whose file is missing', () => {
    expect(graph.missing).toEqual(['/gone.js']);
  });
});

describe('measuring a built site', () => {
  const weights = measureSite(fixture);
  const byPage = Object.fromEntries(weights.map((w) => [w.page, w]));

  it('finds every HTML page and names it by its address', () => {
    expect(Object.keys(byPage)).toEqual(['/lessons/a/', '/plain']);
    expect(pagePath('index.html')).toBe('/');
  });

  it('counts an island page’s modules and their static imports, not its lazy ones', () => {
    const page = byPage['/lessons/a/']!;
    expect(page.scripts.sort()).toEqual(
      [
        '/_astro/Island.js',
        '/_astro/client.js',
        '/_astro/reexport.js',
        '/_astro/runtime.js',
        '/_astro/shared.js',
        '/_astro/side.js',
      ].sort(),
    );
    expect(page.lazy.sort()).toEqual(['/_astro/lazy-dep.js', '/_astro/lazy.js']);
    expect(page.js).toBeGreaterThan(0);
    // The inline <style> is already inside the HTML's bytes: the total counts the linked file only.
    const linkedCss = gzipSize(readFileSync(`${fixture}/_astro/page.css`));
    expect(page.css).toBeGreaterThan(linkedCss);
    expect(page.total).toBe(page.html + linkedCss + page.js);
  });

  it('counts a chunk that loads right after hydration with the page, apart from on-demand code', () => {
    const html = readFileSync(`${fixture}/lessons/a/index.html`, 'utf8');
    const read = (path: string) => {
      try {
        return readFileSync(`${fixture}${path}`, 'utf8');
      } catch {
        return undefined;
      }
    };
    const withEager = measurePage('/lessons/a/', html, read, (path) => path.endsWith('/lazy.js'));
    const without = byPage['/lessons/a/']!;
    // lazy.js and its own import load after hydration; shared.js was already loaded with the page.
    expect(withEager.afterHydration.sort()).toEqual(['/_astro/lazy-dep.js', '/_astro/lazy.js']);
    expect(withEager.lazy).toEqual([]);
    expect([...withEager.scripts].sort()).toEqual([...without.scripts].sort());
    expect(withEager.afterHydrationJs).toBe(without.lazyJs);
    expect(withEager.js).toBe(without.js + without.lazyJs);
    expect(withEager.total).toBe(without.total + without.lazyJs);
  });

  it('treats the storage engine chunk, and only it, as loaded after hydration', () => {
    expect(loadedAfterHydration('/_astro/localforage-engine.IZPwC5th.js')).toBe(true);
    expect(loadedAfterHydration('/_astro/calendar.CtV0SXzd.js')).toBe(false);
    expect(loadedAfterHydration('/_astro/backup.BTgVCqf9.js')).toBe(false);
  });

  it('passes a page with no island and no script file', () => {
    const page = byPage['/plain']!;
    expect(page.scripts).toEqual([]);
    expect(page.js).toBe(0);
    expect(budgetProblems(page)).toEqual([]);
  });
});

describe('judging budgets', () => {
  const base: PageWeight = {
    page: '/p/',
    html: 1000,
    css: 1000,
    js: 0,
    media: 0,
    total: 2000,
    firstView: 2000,
    mediaFiles: [],
    scripts: [],
    afterHydration: [],
    afterHydrationJs: 0,
    lazy: [],
    lazyJs: 0,
    missing: [],
    islands: 0,
  };
  const budget = { maxJs: 100, maxTotal: 3000, maxCss: 1500 };

  it('finds the JavaScript every island page shares, ignoring pages without islands', () => {
    const page = (name: string, islands: number, scripts: string[], afterHydration: string[] = []) => ({
      ...base,
      page: name,
      islands,
      scripts,
      afterHydration,
    });
    const sizes: Record<string, number> = { '/rt.js': 700, '/engine.js': 300, '/a.js': 50, '/b.js': 60 };
    const weights = [
      page('/a/', 2, ['/rt.js', '/a.js'], ['/engine.js']),
      page('/b/', 1, ['/b.js', '/rt.js'], ['/engine.js']),
      page('/plain/', 0, []),
    ];
    expect(sharedByIslandPages(weights, (path) => sizes[path]!)).toEqual({
      files: ['/engine.js', '/rt.js'],
      bytes: 1000,
    });
    expect(sharedByIslandPages([weights[2]!], (path) => sizes[path]!)).toEqual({ files: [], bytes: 0 });
  });

  it('accepts a page within every limit', () => {
    expect(budgetProblems(base, budget)).toEqual([]);
  });

  it('refuses any script file on a page without islands', () => {
    expect(budgetProblems({ ...base, scripts: ['/x.js'], js: 50, total: 2050 }, budget)).toEqual([
      '/p/ has no island but loads 1 script file(s): /x.js',
    ]);
  });

  it('names each limit a page breaks, with sizes', () => {
    const heavy = { ...base, islands: 1, scripts: ['/x.js'], js: 2048, css: 2048, total: 5120 };
    expect(budgetProblems(heavy, budget)).toEqual([
      '/p/ loads 2.0 KB of JavaScript (gzip); the budget is 0.1 KB',
      '/p/ weighs 5.0 KB in all (gzip); the budget is 2.9 KB',
      '/p/ loads 2.0 KB of CSS (gzip); the budget is 1.5 KB',
    ]);
  });

  it('flags code from another origin and files missing from the build', () => {
    const page = { ...base, islands: 1, scripts: ['https://cdn.example/a.js'], missing: ['/gone.js'] };
    expect(budgetProblems(page, budget)).toEqual([
      '/p/ asks for files not in the build: /gone.js',
      '/p/ loads code from another origin: https://cdn.example/a.js',
    ]);
  });
});

describe('the ratchet', () => {
  const target = { maxJs: 25 * 1024, maxTotal: 45 * 1024, maxCss: 12 * 1024 };
  const page = (path: string, js: number, total: number, extra: Partial<PageWeight> = {}): PageWeight => ({
    page: path,
    html: 1024,
    css: 1024,
    js: js * 1024,
    media: 0,
    total: total * 1024,
    firstView: total * 1024,
    mediaFiles: [],
    scripts: js ? ['/_astro/x.js'] : [],
    afterHydration: [],
    afterHydrationJs: 0,
    lazy: [],
    lazyJs: 0,
    missing: [],
    islands: js ? 1 : 0,
    ...extra,
  });
  const ceilings = { '/heavy/': { js: 41, total: 61 } };

  it('holds a listed page to its own ceiling and keeps the CSS target', () => {
    expect(budgetFor('/heavy/', ceilings, target)).toEqual({
      maxJs: 41 * 1024,
      maxTotal: 61 * 1024,
      maxCss: 12 * 1024,
    });
  });

  it('holds a page missing from the table, such as a new lesson, to the target', () => {
    expect(budgetFor('/lessons/new/', ceilings, target)).toBe(target);
    const report = ratchet([page('/lessons/new/', 30, 40)], ceilings, target);
    expect(report.problems).toEqual([
      '/lessons/new/ loads 30.0 KB of JavaScript (gzip); the budget is 25.0 KB',
    ]);
  });

  it('passes a page over the target but under its ceiling, and still lists it as missing the target', () => {
    const report = ratchet([page('/heavy/', 40, 60)], ceilings, target);
    expect(report.problems).toEqual([]);
    expect(report.overTarget).toEqual([
      '/heavy/ loads 40.0 KB of JavaScript (gzip); the budget is 25.0 KB',
      '/heavy/ weighs 60.0 KB in all (gzip); the budget is 45.0 KB',
    ]);
    expect(report.notes).toEqual([]);
  });

  it('fails a page that grows past its ceiling', () => {
    expect(ratchet([page('/heavy/', 41.5, 60)], ceilings, target).problems).toEqual([
      '/heavy/ loads 41.5 KB of JavaScript (gzip); the budget is 41.0 KB',
    ]);
  });

  it('fails any script on a page without islands, even one with a ceiling', () => {
    const report = ratchet([page('/heavy/', 0, 5, { scripts: ['/_astro/x.js'] })], ceilings, target);
    expect(report.problems).toEqual(['/heavy/ has no island but loads 1 script file(s): /_astro/x.js']);
  });

  it('asks to lower a ceiling 2 KB or more above its page, and to remove one for a page gone', () => {
    expect(ratchet([page('/heavy/', 38, 58)], ceilings, target).notes).toEqual([
      '/heavy/ is 3.0 KB under its ceiling: lower it',
    ]);
    expect(ratchet([page('/heavy/', 39.5, 58)], ceilings, target).notes).toEqual([]);
    expect(ratchet([], ceilings, target).notes).toEqual([
      '/heavy/ has a ceiling but was not built: remove its line',
    ]);
  });
});

describe('the committed ceilings', () => {
  it('are whole KB, at least the target (else the line is not needed), for real addresses', async () => {
    const { pageCeilings } = await import('../tools/page-ceilings.ts');
    for (const [path, ceiling] of Object.entries(pageCeilings)) {
      expect(path).toMatch(/^\/([\w-]+\/)*$/);
      expect(Number.isInteger(ceiling.js) && Number.isInteger(ceiling.total)).toBe(true);
      expect(ceiling.js > 25 || ceiling.total > 45).toBe(true);
    }
  });
});
