import { afterEach, describe, expect, it, vi } from 'vitest';
import { withLock } from '../../src/lib/web-locks';

afterEach(() => vi.unstubAllGlobals());

describe('withLock', () => {
  it('runs the task under the named lock', async () => {
    const request = vi.fn((_name: string, task: () => Promise<string>) => task());
    vi.stubGlobal('navigator', { locks: { request } });
    expect(await withLock('a', () => Promise.resolve('done'))).toBe('done');
    expect(request).toHaveBeenCalledWith('a', expect.any(Function));
  });

  it('runs the task at once when the browser refuses the lock, as Firefox does with site data blocked', async () => {
    vi.stubGlobal('navigator', {
      locks: { request: () => Promise.reject(new DOMException('not allowed', 'SecurityError')) },
    });
    expect(await withLock('a', () => Promise.resolve('done'))).toBe('done');
  });

  it('runs the task once, and fails with it, when the task itself fails under the lock', async () => {
    vi.stubGlobal('navigator', {
      locks: { request: (_name: string, task: () => Promise<string>) => task() },
    });
    const task = vi.fn(() => Promise.reject(new Error('write failed')));
    await expect(withLock('a', task)).rejects.toThrow('write failed');
    expect(task).toHaveBeenCalledTimes(1);
  });
});
