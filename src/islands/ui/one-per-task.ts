import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';

/**
 * A count that grows from 0 to `total` by one per task once the component is mounted, so a long
 * view can draw one part at a time: each part is its own short task, and a tap or a scroll is
 * answered in between instead of waiting for the whole view. Before the page prints (Ctrl+P, the
 * print button, or a PDF export) it jumps to `total` at once, so paper never misses a part.
 */
export function createOnePerTask(total: number): Accessor<number> {
  const [count, setCount] = createSignal(0);
  onMount(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      setCount((n) => Math.min(total, n + 1));
      timer = count() < total ? setTimeout(step) : undefined;
    };
    const all = () => {
      clearTimeout(timer);
      setCount(total);
    };
    timer = setTimeout(step);
    addEventListener('beforeprint', all);
    onCleanup(() => {
      clearTimeout(timer);
      removeEventListener('beforeprint', all);
    });
  });
  return count;
}
