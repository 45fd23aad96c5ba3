import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureSite, pagePath } from '../tools/budgets.ts';
import {
  budgetProblems,
  dynamicImports,
  gzipSize,
  pageAssets,
  resolveModule,
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
    total: 2000,
    scripts: [],
    lazy: [],
    lazyJs: 0,
    missing: [],
    islands: 0,
  };
  const budget = { maxJs: 100, maxTotal: 3000, maxCss: 1500 };

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
