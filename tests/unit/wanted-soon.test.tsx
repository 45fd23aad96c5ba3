// @vitest-environment jsdom
import { cleanup, render, screen } from '@solidjs/testing-library';
import { Show } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWantedSoon } from '../../src/islands/ui/wanted-soon';

/** Stands in for the browser's IntersectionObserver; `seen` plays the target coming on screen. */
class FakeObserver {
  static last: FakeObserver | undefined;
  observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
  seen(isIntersecting: boolean) {
    this.callback([{ isIntersecting }]);
  }
}

/** A page part below the fold, shown once wanted. */
function Lower() {
  let slot: HTMLDivElement | undefined;
  const wanted = createWantedSoon(() => slot);
  return (
    <div ref={slot}>
      <Show when={wanted()} fallback={<p>Waiting</p>}>
        <p>The plan</p>
      </Show>
    </div>
  );
}

beforeEach(() => {
  FakeObserver.last = undefined;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('createWantedSoon', () => {
  it('waits while the reader does nothing and the part is off screen', () => {
    render(() => <Lower />);
    FakeObserver.last!.seen(false);
    expect(screen.getByText('Waiting')).toBeTruthy();
    expect(screen.queryByText('The plan')).toBeNull();
  });

  it('is wanted once the part comes on screen, and stops watching', () => {
    render(() => <Lower />);
    expect(FakeObserver.last!.observed).toHaveLength(1);
    FakeObserver.last!.seen(true);
    expect(screen.getByText('The plan')).toBeTruthy();
    expect(FakeObserver.last!.disconnected).toBe(true);
  });

  for (const type of ['pointermove', 'keydown', 'scroll', 'touchstart', 'beforeprint']) {
    it(`is wanted on the reader's first ${type}`, () => {
      render(() => <Lower />);
      window.dispatchEvent(new Event(type));
      expect(screen.getByText('The plan')).toBeTruthy();
    });
  }

  it('stops listening once wanted', () => {
    const remove = vi.spyOn(window, 'removeEventListener');
    render(() => <Lower />);
    window.dispatchEvent(new Event('keydown'));
    const removed = remove.mock.calls.map(([type]) => type);
    expect(removed).toEqual(expect.arrayContaining(['pointermove', 'keydown', 'scroll', 'beforeprint']));
    remove.mockRestore();
  });

  it('is wanted at once where the browser cannot tell what is on screen', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(() => <Lower />);
    expect(screen.getByText('The plan')).toBeTruthy();
  });
});
