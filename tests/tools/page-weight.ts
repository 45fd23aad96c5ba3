/**
 * What a built page loads, measured the way a reader's browser pays for it: the HTML, its
 * stylesheets, its script files and every module those import statically, the fonts and images it
 * references, each gzipped on its own (level 9, like a good static host). Modules reached only through `import()` are listed
 * apart: they load on an action, not with the page. Pure functions over file text, so the walker
 * is unit-tested on a fixture folder and the budget script only adds the file system.
 */
import { gzipSync } from 'node:zlib';

/** Size in bytes of `text` gzipped at level 9. */
export const gzipSize = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

/** The files a page's HTML asks for as it loads, as site paths (`/_astro/x.js`). */
export interface PageAssets {
  /** `<link rel="stylesheet">` targets. */
  stylesheets: string[];
  /** `<script src>`, `<link rel="modulepreload">` and island component and renderer modules. */
  scripts: string[];
  /** Text of inline `<style>` blocks (already paid for in the HTML, but counted as CSS too). */
  inlineStyles: string[];
  /** How many `<astro-island>` elements the page holds (0: nothing hydrates). */
  islands: number;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find(Boolean);

/** Lists what an HTML page loads by itself, before the reader does anything. */
export function pageAssets(html: string): PageAssets {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) stylesheets.push(href);
    if (rel.includes('modulepreload')) scripts.push(href);
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) scripts.push(src);
  }
  let islands = 0;
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    islands++;
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attribute(tag, name);
      if (url) scripts.push(url);
    }
  }
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  return { stylesheets: unique(stylesheets), scripts: unique(scripts), inlineStyles, islands };
}

const unique = <T>(items: T[]) => [...new Set(items)];

/** Files a browser fetches as fonts or images, by their extension. */
const mediaFile = /\.(?:woff2?|ttf|otf|eot|png|jpe?g|gif|webp|avif|svg|ico)$/i;

/**
 * Fonts and images a page references, as site paths: `<img>` and `<source>` sources, the icon
 * `<link>`, font and image preloads, and every `url()` in `styles` (each stylesheet's text with
 * the address it is served at, or `undefined` for an inline `<style>`). `data:` URLs are already
 * inside the bytes of the file that holds them. `apple-touch-icon` is left out: browsers fetch it
 * only when the page is added to a home screen, not to show it.
 */
export function pageMedia(html: string, styles: { text: string; href?: string | undefined }[]): string[] {
  const found: string[] = [];
  const add = (url: string | undefined, from = '/') => {
    if (!url || /^(?:data|blob):/i.test(url)) return;
    const path = resolveModule(from, url);
    if (mediaFile.test(path.split(/[?#]/)[0]!)) found.push(path);
  };
  for (const [tag] of html.matchAll(/<(?:img|source)\b[^>]*>/gi)) {
    add(attribute(tag, 'src'));
    for (const candidate of attribute(tag, 'srcset')?.split(',') ?? []) add(candidate.trim().split(/\s+/)[0]);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const as = attribute(tag, 'as')?.toLowerCase();
    if (rel.includes('icon') || (rel.includes('preload') && (as === 'font' || as === 'image')))
      add(attribute(tag, 'href'));
  }
  for (const { text, href } of styles)
    for (const match of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi))
      add(
        match.slice(1).find((url) => url !== undefined),
        href,
      );
  return unique(found);
}

/**
 * The script entries of a page's first view: everything `pageAssets` lists except the modules
 * of `client:visible` islands, which load only once the reader scrolls to them (a renderer shared
 * with an island that loads at once stays). A static estimate: a visible island already in the
 * first screen loads at once too, which only a browser can tell (see tests/bench/lighthouse.ts).
 */
export function firstViewScripts(html: string): { scripts: string[]; islands: number } {
  const later = new Set<string>();
  const now = new Set<string>();
  let islands = 0;
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    const waits = attribute(tag, 'client') === 'visible';
    if (!waits) islands++;
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attribute(tag, name);
      if (url) (waits ? later : now).add(url);
    }
  }
  const scripts = pageAssets(html).scripts.filter((path) => now.has(path) || !later.has(path));
  return { scripts, islands };
}

// Bundled chunks are minified ES modules: `import{a as b}from"./x.js"`, `import"./x.js"`,
// `export{c}from"./y.js"`, `export*from"./z.js"`. Strings and comments could in theory hold the
// same text, but Rolldown's output puts imports first and quotes them plainly, which is all we read.
const staticPattern =
  /(?:^|[;\s}])(?:import|export)\s*(?:(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*(?:as\s+[\w$]+)?)?\s*from\s*)?["'`]([^"'`\n]+)["'`]/g;
const dynamicPattern = /\bimport\s*\(\s*["'`]([^"'`\n]+)["'`]\s*\)/g;

/** Module specifiers a chunk imports statically (loaded with it). */
export const staticImports = (code: string) =>
  unique(
    [...code.matchAll(staticPattern)]
      .map((m) => m[1]!)
      .filter((s) => !/^[a-z]+:/i.test(s) || s.startsWith('http')),
  );

/** Module specifiers a chunk imports with `import()` (loaded only when that code runs). */
export const dynamicImports = (code: string) => unique([...code.matchAll(dynamicPattern)].map((m) => m[1]!));

/** Resolves `specifier` against the module at site path `from` (`/_astro/a.js` + `./b.js`). */
export function resolveModule(from: string, specifier: string): string {
  const url = new URL(specifier, new URL(from, 'http://site.invalid'));
  return url.origin === 'http://site.invalid' ? url.pathname : url.href;
}

/** Result of following a page's scripts through their imports. */
export interface ModuleGraph {
  /** Every module loaded with the page: the entries and their static imports, transitively. */
  loaded: string[];
  /** Modules reachable only through `import()`, with their own static imports, minus `loaded`. */
  lazy: string[];
  /** Imports whose file could not be read (a broken build or an outside address). */
  missing: string[];
}

/**
 * Walks the static import graph from `entries` (site paths) using `read` to get a module's text
 * (`undefined` when it does not exist). Dynamic imports are followed separately so the page's
 * load cost and its on-demand code are told apart.
 */
export function walkModules(entries: string[], read: (path: string) => string | undefined): ModuleGraph {
  const missing = new Set<string>();
  const dynamicSeeds = new Set<string>();
  const visit = (starts: string[], seen: Set<string>) => {
    const queue = [...starts];
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      const code = read(path);
      if (code === undefined) {
        missing.add(path);
        continue;
      }
      seen.add(path);
      for (const spec of staticImports(code)) queue.push(resolveModule(path, spec));
      for (const spec of dynamicImports(code)) dynamicSeeds.add(resolveModule(path, spec));
    }
  };
  const loaded = new Set<string>();
  visit(entries, loaded);
  const lazy = new Set<string>(loaded);
  // Lazy chunks can import further lazy chunks; keep walking until nothing new turns up.
  let before = -1;
  while (before !== lazy.size) {
    before = lazy.size;
    visit([...dynamicSeeds], lazy);
  }
  return {
    loaded: [...loaded],
    lazy: [...lazy].filter((path) => !loaded.has(path)),
    missing: [...missing],
  };
}

/**
 * Chunks that every page whose islands read stored data loads right after hydration, although
 * they sit behind `import()`: the storage engine (localforage) opens on the first read, which
 * happens as soon as a worksheet, the save indicator or lesson progress mounts. Counting them as
 * "on demand" would hide about a third of what a worksheet page really downloads, so they are
 * judged with the page's JavaScript (and shown in their own column). Code that waits for the
 * reader to act (calendar export, backups, the pitch comparison) stays on demand.
 */
export const loadedAfterHydration = (path: string) => /\/localforage-engine\.[\w-]+\.js$/.test(path);

/** Measured weight of one built page, in gzip bytes. */
export interface PageWeight {
  /** Site path of the page (`/lessons/x/`). */
  page: string;
  /** The HTML document (inline scripts and styles included). */
  html: number;
  /** Linked stylesheets plus inline `<style>` blocks. */
  css: number;
  /** Script files the page loads without the reader acting: `scripts` plus `afterHydration`. */
  js: number;
  /** Fonts and images the page references (see `pageMedia`). */
  media: number;
  /** HTML + linked CSS + JS + fonts and images: the whole page, every island hydrated. */
  total: number;
  /** What the first screen needs: `total` without the code of `client:visible` islands. */
  firstView: number;
  /** The fonts and images counted in `media`. */
  mediaFiles: string[];
  /** Script files loaded with the page (entries and static imports). */
  scripts: string[];
  /** Chunks behind `import()` that load on their own right after hydration, with their imports. */
  afterHydration: string[];
  /** Gzip bytes of `afterHydration` (already inside `js`). */
  afterHydrationJs: number;
  /** Script files that load only on an action (`import()`), not counted. */
  lazy: string[];
  /** Gzip bytes of `lazy`. */
  lazyJs: number;
  /** Files the page asks for that are not in the build. */
  missing: string[];
  /** Hydrating islands on the page (0 means the page must load no script file). */
  islands: number;
}

/**
 * Measures one page from its HTML; `read` returns a built file's contents by site path,
 * `afterHydration` tells which dynamically imported chunks load without the reader acting, and
 * `readBytes` returns a font's or image's bytes (by default, `read`'s text).
 */
export function measurePage(
  page: string,
  html: string,
  read: (path: string) => string | undefined,
  afterHydration: (path: string) => boolean = loadedAfterHydration,
  readBytes: (path: string) => Uint8Array | string | undefined = read,
): PageWeight {
  const assets = pageAssets(html);
  const graph = walkModules(assets.scripts, read);
  // The eager chunks and their static imports, minus what the page already loaded.
  const eager = walkModules([...assets.scripts, ...graph.lazy.filter(afterHydration)], read).loaded.filter(
    (path) => !graph.loaded.includes(path),
  );
  const sizeOf = (paths: string[]) =>
    paths.reduce((sum, path) => {
      const text = read(path);
      return text === undefined ? sum : sum + gzipSize(text);
    }, 0);
  const missingCss = assets.stylesheets.filter((path) => read(path) === undefined);
  const linkedCss = sizeOf(assets.stylesheets);
  const inlineCss = assets.inlineStyles.length ? gzipSize(assets.inlineStyles.join('\n')) : 0;
  const htmlSize = gzipSize(html);
  const afterHydrationJs = sizeOf(eager);
  const js = sizeOf(graph.loaded) + afterHydrationJs;
  const lazy = graph.lazy.filter((path) => !eager.includes(path));
  const styles = [
    ...assets.stylesheets.map((href) => ({ text: read(href) ?? '', href })),
    ...assets.inlineStyles.map((text) => ({ text })),
  ];
  const mediaFiles = pageMedia(html, styles);
  const missingMedia = mediaFiles.filter((path) => readBytes(path) === undefined);
  const media = mediaFiles.reduce((sum, path) => {
    const bytes = readBytes(path);
    return bytes === undefined ? sum : sum + gzipSize(bytes);
  }, 0);
  // The first screen runs the islands that do not wait to be seen, and, once one of them reads
  // stored data, the chunks that load after hydration.
  const first = firstViewScripts(html);
  const firstJs =
    sizeOf(walkModules(first.scripts, read).loaded) + (first.islands > 0 ? afterHydrationJs : 0);
  return {
    page,
    html: htmlSize,
    css: linkedCss + inlineCss,
    js,
    media,
    total: htmlSize + linkedCss + js + media,
    firstView: htmlSize + linkedCss + media + firstJs,
    mediaFiles,
    scripts: graph.loaded,
    afterHydration: eager,
    afterHydrationJs,
    lazy,
    lazyJs: sizeOf(lazy),
    missing: [...graph.missing, ...missingCss, ...missingMedia],
    islands: assets.islands,
  };
}

/**
 * The JavaScript every page with islands loads, whatever its islands are: the files common to all
 * of them (shared runtime, storage engine), and their gzip bytes from `sizeOf`. It is the floor
 * under any island's own code, reported so a budget can be judged against what is left above it.
 */
export function sharedByIslandPages(
  weights: PageWeight[],
  sizeOf: (path: string) => number,
): { files: string[]; bytes: number } {
  const loads = weights.filter((w) => w.islands > 0).map((w) => new Set([...w.scripts, ...w.afterHydration]));
  if (loads.length === 0) return { files: [], bytes: 0 };
  const files = [...loads[0]!].filter((path) => loads.every((set) => set.has(path))).sort();
  return { files, bytes: files.reduce((sum, path) => sum + sizeOf(path), 0) };
}

/** Limits a page must keep, in gzip bytes. */
export interface Budget {
  /** JavaScript loaded with a page that hydrates islands. */
  maxJs: number;
  /** HTML + CSS + JS + fonts and images of any page. */
  maxTotal: number;
  /** CSS of any page. */
  maxCss: number;
}

/** The workbook's budgets (see README): 25 KB JS, 45 KB in all (fonts and images included), 12 KB CSS. */
export const siteBudget: Budget = { maxJs: 25 * 1024, maxTotal: 45 * 1024, maxCss: 12 * 1024 };

/** What a page's first view should load at most, fonts included, in gzip bytes: the site target. */
export const firstViewTarget = 47 * 1024;

/** A page's own ceiling in KB gzip (see `page-ceilings.ts`): JS and total; CSS keeps the target. */
export interface Ceiling {
  /** Most JavaScript the page may load, in KB. */
  js: number;
  /** Most HTML + CSS + JS + fonts and images, in KB. */
  total: number;
}

/**
 * The budget CI holds `page` to: its ceiling from `ceilings` when it has one, otherwise the
 * target (a new page starts at the target). CSS is always held to the target.
 */
export function budgetFor(
  page: string,
  ceilings: Record<string, Ceiling>,
  target: Budget = siteBudget,
): Budget {
  const ceiling = ceilings[page];
  if (!ceiling) return target;
  return { maxJs: ceiling.js * 1024, maxTotal: ceiling.total * 1024, maxCss: target.maxCss };
}

/** What a ratchet check found: failures that break CI, and notes worth printing. */
export interface RatchetReport {
  /** Pages over the target, each problem in words (printed; not a failure by itself). */
  overTarget: string[];
  /** Pages over their own ceiling, scripts on pages without islands, missing files: CI fails. */
  problems: string[];
  /** Ceilings that can come down (the page is 2 KB or more below) or name no built page. */
  notes: string[];
}

/**
 * Judges every page against its ceiling (or the target) and lists who misses the target. The
 * ratchet only turns one way: a ceiling far above its page is reported so it gets lowered, and a
 * ceiling for a page that no longer exists is reported so it gets removed.
 */
export function ratchet(
  weights: PageWeight[],
  ceilings: Record<string, Ceiling>,
  target: Budget = siteBudget,
): RatchetReport {
  const overTarget = weights.flatMap((w) => budgetProblems(w, target));
  const problems = weights.flatMap((w) => budgetProblems(w, budgetFor(w.page, ceilings, target)));
  const notes: string[] = [];
  const built = new Set(weights.map((w) => w.page));
  for (const page of Object.keys(ceilings))
    if (!built.has(page)) notes.push(`${page} has a ceiling but was not built: remove its line`);
  for (const w of weights) {
    const ceiling = ceilings[w.page];
    if (!ceiling) continue;
    const slack = Math.min(ceiling.js * 1024 - w.js, ceiling.total * 1024 - w.total);
    if (slack >= 2048) notes.push(`${w.page} is ${(slack / 1024).toFixed(1)} KB under its ceiling: lower it`);
  }
  return { overTarget, problems, notes };
}

/** Explains every way `weight` breaks `budget`; an empty list means the page is within it. */
export function budgetProblems(weight: PageWeight, budget: Budget = siteBudget): string[] {
  const problems: string[] = [];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  if (weight.islands === 0 && weight.scripts.length > 0)
    problems.push(
      `${weight.page} has no island but loads ${weight.scripts.length} script file(s): ${weight.scripts.join(', ')}`,
    );
  if (weight.js > budget.maxJs)
    problems.push(
      `${weight.page} loads ${kb(weight.js)} of JavaScript (gzip); the budget is ${kb(budget.maxJs)}`,
    );
  if (weight.total > budget.maxTotal)
    problems.push(
      `${weight.page} weighs ${kb(weight.total)} in all (gzip); the budget is ${kb(budget.maxTotal)}`,
    );
  if (weight.css > budget.maxCss)
    problems.push(`${weight.page} loads ${kb(weight.css)} of CSS (gzip); the budget is ${kb(budget.maxCss)}`);
  if (weight.missing.length)
    problems.push(`${weight.page} asks for files not in the build: ${weight.missing.join(', ')}`);
  const outside = [...weight.scripts, ...weight.lazy].filter((path) => /^https?:/.test(path));
  if (outside.length) problems.push(`${weight.page} loads code from another origin: ${outside.join(', ')}`);
  return problems;
}
