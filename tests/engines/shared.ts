/**
 * The data-safety journeys, written once against a tiny driver interface and run by one runner
 * per engine: `firefox.ts` (Firefox ESR, puppeteer-core over WebDriver BiDi) and `webkit.ts`
 * (WebKitGTK's MiniBrowser, webdriverio over WebKitWebDriver). Chromium runs the same journeys,
 * and more, with Playwright in `tests/browser/`.
 *
 * Fields and buttons are found in the page by their accessible name (label text, `aria-label`,
 * `aria-labelledby` or a button's text), optionally inside a region (a worksheet's section), by
 * `locate` below; the runner then acts on the element with its driver's own typing and clicking.
 */
import assert from 'node:assert/strict';
import {
  createReadStream,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';

/** One tab (Firefox) or window (WebKit) of the engine under test. */
export interface Tab {
  /** Opens a path of the served site and waits for the page to load. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a self-contained function in the page with one JSON argument, awaiting a promise. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Replaces the text of the element matching `css` by typing, as a reader does. */
  type(css: string, text: string): Promise<void>;
  click(css: string): Promise<void>;
  /** Chooses the option whose value is `value` in the list matching `css`. */
  select(css: string, value: string): Promise<void>;
  /** Chooses the file at `path` in the file input matching `css`. */
  setFile(css: string, path: string): Promise<void>;
  /** Closes the tab at once, without waiting for anything the page is doing. */
  close(): Promise<void>;
}

/** A fresh browser profile: its storage is its own, and it ends with `end`. */
export interface Session {
  /** The first tab, opened with the session. */
  tab: Tab;
  /** Another tab of the same browser, sharing its storage. */
  newTab(): Promise<Tab>;
  /** Clicks what matches `css` in `tab` and returns the file it downloads. */
  download(tab: Tab, css: string): Promise<{ name: string; text: string }>;
  end(): Promise<void>;
}

export interface Engine {
  name: string;
  /** A session whose storage works as the engine ships it. */
  session(): Promise<Session>;
  /**
   * A session in which the site may store nothing, or undefined with the reason when the engine
   * cannot be set up that way here.
   */
  blockedSession(): Promise<Session | string>;
}

/** What to find: a field, button or checkbox by accessible name, optionally inside a named region. */
export interface Target {
  kind: 'field' | 'button' | 'checkbox';
  name: string | RegExp;
  region?: string;
}

interface LocateArg {
  kind: Target['kind'];
  name: string;
  pattern: boolean;
  region?: string | undefined;
  mark: string;
}

type Located = { found: false; why: string } | { found: true; value: string; checked: boolean };

/**
 * Runs in the page: finds the enabled, rendered element of `kind` named `name`, inside the region
 * named `region` when given, scrolls it (or first the region, which wakes a `client:visible`
 * island) into view, and marks it with `data-engine-target` so the runner can act on it.
 */
function locate({ kind, name, pattern, region, mark }: LocateArg): Located {
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  /** An element's text as its accessible name has it: without what is hidden from assistive tech. */
  const textOf = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
    if (
      node instanceof HTMLInputElement ||
      node instanceof HTMLSelectElement ||
      node instanceof HTMLTextAreaElement
    ) {
      return '';
    }
    return [...node.childNodes].map(textOf).join('');
  };
  const byIds = (ids: string) =>
    squash(
      ids
        .split(/\s+/)
        .map((id) => {
          const el = document.getElementById(id);
          return el ? textOf(el) : '';
        })
        .join(' '),
    );
  const nameOf = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return byIds(labelledBy);
    const label = el.getAttribute('aria-label');
    if (label) return squash(label);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return squash([...labels].map(textOf).join(' '));
    return squash(textOf(el));
  };
  const matches = (el: Element) =>
    pattern ? new RegExp(name).test(nameOf(el)) : nameOf(el) === squash(name);
  let scope: Element = document.body;
  if (region) {
    const regions = [...document.querySelectorAll('section[aria-labelledby], [role="region"]')];
    const found = regions.find((el) => nameOf(el) === region);
    if (!found) return { found: false, why: `no region named "${region}"` };
    scope = found;
  }
  const selector = {
    field: 'input:not([type="checkbox"]):not([type="radio"]), textarea, select',
    button: 'button, [role="button"]',
    checkbox: 'input[type="checkbox"]',
  }[kind];
  const candidates = [...scope.querySelectorAll(selector)].filter(matches);
  const el = candidates.find((c) => c.getClientRects().length > 0 && !(c as HTMLButtonElement).disabled);
  if (!el) {
    // Wake the region's island: astro-island has no box of its own, so scroll a child with one.
    const box = scope === document.body ? undefined : (scope.firstElementChild ?? scope);
    box?.scrollIntoView({ block: 'start' });
    return {
      found: false,
      why: candidates.length
        ? `${kind} "${name}" is there but hidden or disabled`
        : `no ${kind} named "${name}"${region ? ` in "${region}"` : ''}`,
    };
  }
  document
    .querySelectorAll('[data-engine-target]')
    .forEach((old) => old.removeAttribute('data-engine-target'));
  el.setAttribute('data-engine-target', mark);
  el.scrollIntoView({ block: 'center' });
  const input = el as HTMLInputElement;
  return { found: true, value: input.value ?? '', checked: Boolean(input.checked) };
}

let marks = 0;

type Poll<T> = T | undefined | { why: string };
const isWhy = (result: unknown): result is { why: string } =>
  typeof result === 'object' && result !== null && 'why' in result;

/** Polls `check` until it returns something other than undefined or a reason, or fails with the last reason. */
export async function until<T>(
  what: string,
  check: () => Promise<Poll<T>> | Poll<T>,
  timeout = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    const result = await check();
    if (isWhy(result)) last = result.why;
    else if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ''}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * Runs `click`, then waits for the file it downloads to appear, complete, in `folder` (where the
 * runner told the browser to save downloads): a new `.json` file that parses.
 */
export async function downloadInto(folder: string, click: () => Promise<void>) {
  const before = new Set(readdirSync(folder));
  await click();
  return until('the download', () => {
    for (const name of readdirSync(folder).filter((f) => !before.has(f) && f.endsWith('.json'))) {
      const text = readFileSync(join(folder, name), 'utf8');
      try {
        JSON.parse(text);
        return { name, text };
      } catch {
        // still being written
      }
    }
    return undefined;
  });
}

/** Waits until the target is there and enabled, marks it, and returns its CSS selector and state. */
export async function find(tab: Tab, target: Target) {
  const mark = String(++marks);
  const arg: LocateArg = {
    kind: target.kind,
    name: typeof target.name === 'string' ? target.name : target.name.source,
    pattern: typeof target.name !== 'string',
    region: target.region,
    mark,
  };
  const state = await until(`${target.kind} "${arg.name}"`, async () => {
    const located = await tab.evaluate(locate, arg);
    return located.found ? located : { why: located.why };
  });
  return { css: `[data-engine-target="${mark}"]`, ...state };
}

export const field = (name: string | RegExp, region?: string): Target => ({ kind: 'field', name, region });
export const button = (name: string | RegExp, region?: string): Target => ({ kind: 'button', name, region });
export const checkbox = (name: string | RegExp, region?: string): Target => ({
  kind: 'checkbox',
  name,
  region,
});

export const fill = async (tab: Tab, target: Target, text: string) =>
  tab.type((await find(tab, target)).css, text);
export const press = async (tab: Tab, target: Target) => tab.click((await find(tab, target)).css);
export const valueOf = async (tab: Tab, target: Target) => {
  const state = await find(tab, target);
  return target.kind === 'checkbox' ? String(state.checked) : state.value;
};

/** Waits until the target's value (or a checkbox's "true"/"false") is `expected`, else fails saying what it is. */
export async function expectValue(tab: Tab, target: Target, expected: string, timeout = 10_000) {
  let seen = '';
  try {
    await until(
      `${String(target.name)} to read "${expected}"`,
      async () => {
        seen = await valueOf(tab, target);
        return seen === expected ? true : undefined;
      },
      timeout,
    );
  } catch {
    assert.equal(seen, expected, `${String(target.name)} reads back`);
  }
}

/** The page's visible text, squashed. */
export const pageText = (tab: Tab) =>
  tab.evaluate(() => document.body.innerText.replace(/\s+/g, ' '), undefined);

/** Waits until the page's visible text includes `text` (a string, or a pattern's source). */
export async function expectText(tab: Tab, text: string | RegExp, timeout = 15_000) {
  let seen = '';
  try {
    await until(
      `the text "${String(text)}"`,
      async () => {
        seen = await pageText(tab);
        return (typeof text === 'string' ? seen.includes(text) : text.test(seen)) ? true : undefined;
      },
      timeout,
    );
  } catch {
    assert.fail(`the page does not show "${String(text)}"; it shows: ${seen.slice(0, 600)}…`);
  }
}

/** Waits for the save indicator to say everything on the page is stored. */
export const expectSaved = (tab: Tab) => expectText(tab, 'Saved in this browser');

/** Every document in the page's IndexedDB by key. */
export const storedDocuments = (tab: Tab) =>
  tab.evaluate(
    () =>
      new Promise<Record<string, unknown>>((done, fail) => {
        const open = indexedDB.open('networking-workbook');
        open.onerror = () => fail(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('documents')) {
            db.close();
            done({});
            return;
          }
          const store = db.transaction('documents').objectStore('documents');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            done(Object.fromEntries(keys.result.map((key, i) => [key as string, values.result[i]])));
            db.close();
          };
        };
      }),
    undefined,
  );

interface Worksheet {
  lesson: string;
  region: string;
  add?: string;
  target: Target;
  /** What to type, or undefined to tick a checkbox. */
  text?: string;
  /** The button that opens the record again after a reload, when the list shows it closed. */
  reopen?: string;
}

/** One field of every worksheet, with the button that makes its record when it needs one. */
export const worksheets: Worksheet[] = [
  {
    lesson: '/lessons/establishing-clear-goals/',
    region: 'Goal-setting worksheet',
    add: 'Add a goal',
    target: field('The goal', 'Goal-setting worksheet'),
    text: 'Meet three product analysts by June',
  },
  {
    lesson: '/lessons/relationship-building/',
    region: 'Relationship map',
    add: 'Add person',
    target: field('Name', 'Relationship map'),
    text: 'Ama Mensah',
  },
  {
    lesson: '/lessons/communication/',
    region: 'Pitch builder',
    target: field('4. Your ask', 'Pitch builder'),
    text: 'Could we talk for 20 minutes about your move into analytics?',
  },
  {
    lesson: '/lessons/communication/',
    region: 'Listening and style self-check',
    add: 'Add a conversation plan',
    target: field('Who', 'Listening and style self-check'),
    text: 'Priya at the product meetup',
  },
  {
    lesson: '/lessons/communication/',
    region: 'Online presence checklist',
    target: checkbox(/^Headline/, 'Online presence checklist'),
  },
  {
    lesson: '/lessons/follow-up/',
    region: 'Follow-up tracker',
    add: 'Add a contact',
    target: field('Name', 'Follow-up tracker'),
    text: 'Daniel Osei',
    reopen: 'Daniel Osei',
  },
  {
    lesson: '/lessons/professional-development/',
    region: 'Development planner',
    add: 'Add an event',
    target: field('Event name', 'Development planner'),
    text: 'Health-tech analytics summit',
  },
  {
    // The lesson's action-plan worksheet is paper prompts; the plan's choices are on /plan/.
    lesson: '/plan/',
    region: 'Your action plan',
    target: field('Your name'),
    text: 'Jordan Lee',
  },
];

/** Enters a worksheet's answer: adds its record if it needs one, then types or ticks. */
async function answer(tab: Tab, sheet: Worksheet) {
  if (sheet.add) await press(tab, button(sheet.add, sheet.region));
  if (sheet.text === undefined) await press(tab, sheet.target);
  else await fill(tab, sheet.target, sheet.text);
}
async function expectAnswer(tab: Tab, sheet: Worksheet) {
  if (sheet.reopen) await press(tab, button(sheet.reopen, sheet.region));
  await expectValue(tab, sheet.target, sheet.text ?? 'true');
}

export interface Journey {
  name: string;
  /** Runs in a fresh session; returns a reason when the journey cannot be run on this engine. */
  run(engine: Engine, session: Session): Promise<void | { skipped: string }>;
  /** Whether the journey needs a session with blocked storage instead of an ordinary one. */
  blocked?: boolean;
}

const goalsLesson = '/lessons/establishing-clear-goals/';
const goals = 'Goal-setting worksheet';

export const journeys: Journey[] = [
  ...worksheets.map((sheet): Journey => ({
    name: `type, reload and read back: ${sheet.region}`,
    async run(_engine, { tab }) {
      await tab.goto(sheet.lesson);
      await answer(tab, sheet);
      await expectSaved(tab);
      await tab.reload();
      await expectAnswer(tab, sheet);
    },
  })),
  {
    name: 'a tab closed at once after typing keeps the text',
    async run(_engine, session) {
      const closing = await session.newTab();
      await closing.goto(goalsLesson);
      await press(closing, button('Add a goal', goals));
      await fill(closing, field('The goal', goals), 'Ask two alumni for an introduction');
      await closing.close(); // inside the 250 ms save delay: only the pagehide stash can keep it
      const again = await session.newTab();
      await again.goto(goalsLesson);
      await expectValue(again, field('The goal', goals), 'Ask two alumni for an introduction');
      // The page shows the stash at once; its write to the database follows, so wait for it.
      let texts: string[] | undefined;
      try {
        await until(
          'the text in the database',
          async () => {
            const stored = (await storedDocuments(again))['goals'] as { data: { goals: { text: string }[] } };
            texts = stored?.data.goals.map((g) => g.text);
            return texts?.join('|') === 'Ask two alumni for an introduction' ? true : undefined;
          },
          10_000,
        );
      } catch {
        assert.deepEqual(texts, ['Ask two alumni for an introduction'], 'the database holds the text');
      }
    },
  },
  {
    name: 'two tabs editing different fields of one goal both keep their text',
    async run(_engine, session) {
      const [a, b] = [session.tab, await session.newTab()];
      await a.goto(goalsLesson);
      await press(a, button('Add a goal', goals));
      await fill(a, field('The goal', goals), 'Meet product analysts');
      await expectSaved(a);
      await b.goto(goalsLesson);
      await expectValue(a, field('The goal', goals), 'Meet product analysts');
      await expectValue(b, field('The goal', goals), 'Meet product analysts');
      await fill(a, field('The goal', goals), 'Meet 12 product analysts at health-tech companies');
      await fill(b, field('What you will count', goals), 'conversations held');
      await expectSaved(a);
      await expectSaved(b);
      for (const tab of [a, b]) {
        await tab.reload();
        await expectValue(tab, field('The goal', goals), 'Meet 12 product analysts at health-tech companies');
        await expectValue(tab, field('What you will count', goals), 'conversations held');
      }
    },
  },
  {
    name: 'a backup downloaded, everything deleted, and the backup merged back',
    async run(_engine, session) {
      const { tab } = session;
      await tab.goto(goalsLesson);
      await press(tab, button('Add a goal', goals));
      await fill(tab, field('The goal', goals), 'Restore me intact');
      await expectSaved(tab);
      const before = (await storedDocuments(tab))['goals'] as { data: unknown };

      await tab.goto('/your-data/');
      const file = await session.download(tab, (await find(tab, button('Download a backup'))).css);
      assert.match(file.name, /^networking-workbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
      const backup = JSON.parse(file.text) as { format: string; documents: { goals: { data: unknown } } };
      assert.equal(backup.format, 'networking-workbook-backup');
      assert.deepEqual(backup.documents.goals.data, before.data, 'the backup holds the stored goals');

      await tab.select((await find(tab, field('What to delete'))).css, 'all');
      await press(tab, button('Delete…'));
      await press(tab, button('Yes, delete everything'));
      await expectText(tab, 'Deleted all your workbook data.');
      assert.equal((await storedDocuments(tab))['goals'], undefined, 'the goals are deleted');

      const folder = mkdtempSync(join(tmpdir(), 'engines-backup-'));
      const path = join(folder, file.name);
      writeFileSync(path, file.text);
      await tab.setFile((await find(tab, field('Backup file'))).css, path);
      await expectText(tab, /This backup is from/);
      rmSync(folder, { recursive: true });
      // Merging (the default) into an emptied browser brings back exactly what was backed up.
      await press(tab, button('Merge this backup into my data'));
      await expectText(tab, 'Backup merged');
      const after = (await storedDocuments(tab))['goals'] as { data: unknown } | undefined;
      assert.deepEqual(after?.data, before.data, 'the restored goals are the ones backed up');
      await tab.goto(goalsLesson);
      await expectValue(tab, field('The goal', goals), 'Restore me intact');
    },
  },
  {
    name: 'with storage blocked, the page says nothing is kept',
    blocked: true,
    async run(_engine, { tab }) {
      await tab.goto(goalsLesson);
      await press(tab, button('Add a goal', goals));
      await fill(tab, field('The goal', goals), 'Kept only in this tab');
      await expectText(tab, 'Not saved');
      await expectText(tab, 'stays only until this tab closes; download a copy to keep it');
      await expectValue(tab, field('The goal', goals), 'Kept only in this tab');
      await tab.goto('/your-data/');
      await expectText(tab, 'Memory only: nothing is kept after this tab closes');
    },
  },
];

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built site (`dist/`) on 127.0.0.1 at `port` (0: any free port), as a static host
 * does: a folder's `index.html`, `404.html` for what is missing, and content types the service
 * worker and module scripts need. Resolves to the origin and a function that stops the server.
 */
export function serveBuiltSite(port: number): Promise<{ origin: string; stop: () => Promise<void> }> {
  const root = join(import.meta.dirname, '..', '..', 'dist');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(403).end();
      return;
    }
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = statSync(file, { throwIfNoEntry: false })?.isFile();
    if (!found) file = join(root, '404.html');
    response.writeHead(found ? 200 : 404, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${bound}`,
        stop: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * Runs every journey (or those whose name includes `ENGINE_ONLY`) in its own session, prints one
 * line for each, and returns the process's exit code: 1 if any failed.
 */
export async function runJourneys(engine: Engine): Promise<number> {
  const only = process.env['ENGINE_ONLY'];
  const started = Date.now();
  let failed = 0;
  for (const journey of journeys.filter((j) => !only || j.name.includes(only))) {
    const begun = Date.now();
    const seconds = () => `${((Date.now() - begun) / 1000).toFixed(1)} s`;
    let session: Session | undefined;
    try {
      const made = journey.blocked ? await engine.blockedSession() : await engine.session();
      if (typeof made === 'string') {
        console.log(`SKIP ${engine.name}: ${journey.name} (${made})`);
        continue;
      }
      session = made;
      const result = await journey.run(engine, session);
      if (result) console.log(`SKIP ${engine.name}: ${journey.name} (${result.skipped})`);
      else console.log(`pass ${engine.name}: ${journey.name} (${seconds()})`);
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      console.log(
        `FAIL ${engine.name}: ${journey.name} (${seconds()})\n     ${message.replace(/\n/g, '\n     ')}`,
      );
    } finally {
      await session
        ?.end()
        .catch((error: unknown) => console.log(`     (closing the session: ${String(error)})`));
    }
  }
  const total = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`${engine.name}: ${failed ? `${failed} failed` : 'all passed'} in ${total} s`);
  return failed ? 1 : 0;
}
