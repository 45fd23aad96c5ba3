import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';

/** What a reader does first on a page: any of these says they are about to use it. */
const firstUse = [
  'pointermove',
  'pointerdown',
  'touchstart',
  'keydown',
  'wheel',
  'scroll',
  'focusin',
  'beforeprint',
];

/**
 * True once the reader is about to need a part of the page lower down: it is on screen, or they
 * have started to use the page at all (moved the pointer, touched, pressed a key, scrolled). A
 * page that opens with a form can then fetch what lies under it, such as the plan under its
 * choices, after the reader has the form instead of before; a reader who does nothing waits for
 * nothing. A print the browser starts (`beforeprint`) counts too: that print cannot wait for the
 * fetch, so the page prints a line saying to print again, and the next print has the part.
 */
export function createWantedSoon(target: () => Element | undefined): Accessor<boolean> {
  const [wanted, setWanted] = createSignal(false);
  onMount(() => {
    const element = target();
    if (!element || typeof IntersectionObserver === 'undefined') return setWanted(true);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) want();
    });
    const stop = () => {
      observer.disconnect();
      for (const type of firstUse) window.removeEventListener(type, want, true);
    };
    function want() {
      stop();
      setWanted(true);
    }
    observer.observe(element);
    for (const type of firstUse) window.addEventListener(type, want, { capture: true, passive: true });
    onCleanup(stop);
  });
  return wanted;
}
