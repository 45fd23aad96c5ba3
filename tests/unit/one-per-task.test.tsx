// @vitest-environment jsdom
import { cleanup, render, screen } from '@solidjs/testing-library';
import { For } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOnePerTask } from '../../src/islands/ui/one-per-task';

const parts = ['Goals', 'People', 'Pitch', 'Timeline'];

/** A view of four parts drawn as `createOnePerTask` allows. */
function Parts() {
  const drawn = createOnePerTask(parts.length);
  return (
    <ul>
      <For each={parts.slice(0, drawn())}>{(part) => <li>{part}</li>}</For>
    </ul>
  );
}

const shown = () => screen.queryAllByRole('listitem').map((item) => item.textContent);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('createOnePerTask', () => {
  it('draws nothing at first, then one more part in each task, and stops at the last', () => {
    render(() => <Parts />);
    expect(shown()).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(shown()).toEqual(['Goals']);
    vi.advanceTimersToNextTimer();
    expect(shown()).toEqual(['Goals', 'People']);
    vi.runAllTimers();
    expect(shown()).toEqual(parts);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('draws every part at once before the page prints', () => {
    render(() => <Parts />);
    vi.advanceTimersToNextTimer();
    dispatchEvent(new Event('beforeprint'));
    expect(shown()).toEqual(parts);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops stepping and listening once the view is gone', () => {
    const { unmount } = render(() => <Parts />);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    expect(() => dispatchEvent(new Event('beforeprint'))).not.toThrow();
  });
});
