// @vitest-environment jsdom
import { cleanup, render, screen } from '@solidjs/testing-library';
import { createSignal, type Component } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserRead } from '../../src/islands/ui/browser-read';
import { loadForAction } from '../../src/islands/ui/load-for-action';
import { loadOnUse } from '../../src/islands/ui/load-on-use';

/** A promise with its settle functions, so a test decides when each load or read finishes. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

afterEach(cleanup);

const Greeting: Component<{ name: string }> = (props) => <p>Hello, {props.name}</p>;

describe('loadOnUse', () => {
  it('says what it is waiting for, then shows the component with live props', async () => {
    const load = deferred<{ default: typeof Greeting }>();
    const Lazy = loadOnUse(
      () => load.promise,
      (props: { name: string }) => `Opening ${props.name}…`,
    );
    const [name, setName] = createSignal('Dana');
    render(() => <Lazy name={name()} />);
    expect(screen.getByText('Opening Dana…')).toBeTruthy();
    load.resolve({ default: Greeting });
    expect(await screen.findByText('Hello, Dana')).toBeTruthy();
    setName('Priya');
    expect(screen.getByText('Hello, Priya')).toBeTruthy();
  });

  it('fetches the code once for every use', async () => {
    let fetches = 0;
    const Lazy = loadOnUse<{ name: string }>(
      () => {
        fetches++;
        return Promise.resolve({ default: Greeting });
      },
      () => 'Opening…',
    );
    render(() => (
      <>
        <Lazy name="Dana" />
        <Lazy name="Priya" />
      </>
    ));
    expect(await screen.findByText('Hello, Dana')).toBeTruthy();
    expect(await screen.findByText('Hello, Priya')).toBeTruthy();
    render(() => <Lazy name="Marcus" />);
    expect(screen.getByText('Hello, Marcus')).toBeTruthy();
    expect(fetches).toBe(1);
  });

  it('says in words when the code cannot be fetched, and tries again on the next use', async () => {
    let attempt = 0;
    const Lazy = loadOnUse<{ name: string }>(
      () =>
        ++attempt === 1 ? Promise.reject(new Error('network down')) : Promise.resolve({ default: Greeting }),
      () => 'Opening…',
    );
    const first = render(() => <Lazy name="Dana" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not be loaded (network down)');
    first.unmount();
    render(() => <Lazy name="Dana" />);
    expect(await screen.findByText('Hello, Dana')).toBeTruthy();
    expect(attempt).toBe(2);
  });
  it('fetches early on intent, so the use renders at once, and acts after the code is shown', async () => {
    const load = deferred<{ default: typeof Greeting }>();
    let fetches = 0;
    const Lazy = loadOnUse<{ name: string }>(
      () => {
        fetches++;
        return load.promise;
      },
      (props) => `Opening ${props.name}…`,
    );
    Lazy.preload();
    expect(fetches).toBe(1);
    render(() => <Lazy name="Dana" />);
    // Running while the code is on its way, it waits until the use has rendered it.
    const seen: (string | null)[] = [];
    Lazy.whenReady(() => seen.push(screen.queryByText('Hello, Dana')?.textContent ?? null));
    expect(screen.getByText('Opening Dana…')).toBeTruthy();
    expect(seen).toEqual([]);
    load.resolve({ default: Greeting });
    await vi.waitFor(() => expect(seen).toEqual(['Hello, Dana']));
    // Once the code is here, a new use renders synchronously and `whenReady` runs at once.
    render(() => <Lazy name="Priya" />);
    expect(screen.getByText('Hello, Priya')).toBeTruthy();
    Lazy.whenReady(() => seen.push('now'));
    expect(seen).toEqual(['Hello, Dana', 'now']);
    expect(fetches).toBe(1);
  });

  it('after a failed early fetch, never runs `whenReady` and fetches again on use', async () => {
    let attempt = 0;
    const Lazy = loadOnUse<{ name: string }>(
      () =>
        ++attempt === 1 ? Promise.reject(new Error('network down')) : Promise.resolve({ default: Greeting }),
      () => 'Opening…',
    );
    let ran = false;
    Lazy.preload();
    Lazy.whenReady(() => (ran = true));
    await vi.waitFor(() => expect(attempt).toBe(1));
    await Promise.resolve();
    expect(ran).toBe(false);
    render(() => <Lazy name="Dana" />);
    expect(await screen.findByText('Hello, Dana')).toBeTruthy();
    expect(attempt).toBe(2);
  });
});

describe('loadForAction', () => {
  it('hands over the fetched code', async () => {
    const module = { run: () => 'ran' };
    expect(await loadForAction(() => Promise.resolve(module))).toEqual({ ok: true, module });
  });

  it('turns a failed fetch into words for the action to show', async () => {
    const loaded = await loadForAction(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /_astro/backup.js')),
    );
    expect(loaded).toEqual({
      ok: false,
      error:
        'the code it needs could not be loaded (Failed to fetch dynamically imported module: /_astro/backup.js). Check your connection and try again.',
    });
  });
});

describe('createBrowserRead', () => {
  it('keeps the newest read when an older one finishes last', async () => {
    const reads = [deferred<string>(), deferred<string>()];
    let next = 0;
    const [version, setVersion] = createSignal(0);
    render(() => {
      const read = createBrowserRead(version, () => reads[next++]!.promise);
      return <p data-testid="out">{read.value() ?? 'reading'}</p>;
    });
    const out = screen.getByTestId('out');
    await Promise.resolve();
    expect(out.textContent).toBe('reading');
    setVersion(1);
    reads[1]!.resolve('new');
    await reads[1]!.promise;
    expect(out.textContent).toBe('new');
    reads[0]!.resolve('old');
    await reads[0]!.promise;
    await Promise.resolve();
    expect(out.textContent).toBe('new');
  });

  it('reports a failed read, and clears the failure after a read succeeds', async () => {
    let fail = true;
    const [version, setVersion] = createSignal(0);
    render(() => {
      const read = createBrowserRead(version, () =>
        fail ? Promise.reject(new Error('storage is blocked')) : Promise.resolve('ok'),
      );
      return <p data-testid="out">{read.error() ?? read.value() ?? 'reading'}</p>;
    });
    const out = screen.getByTestId('out');
    await vi.waitFor(() => expect(out.textContent).toBe('storage is blocked'));
    fail = false;
    setVersion(1);
    await vi.waitFor(() => expect(out.textContent).toBe('ok'));
  });
});
