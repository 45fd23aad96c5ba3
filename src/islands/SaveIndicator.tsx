import { Show } from 'solid-js';
import { $saveSummary, type SaveSummary } from '../stores/save-status';
import { createMounted } from './mounted';
import { createAtomSignal } from './ui/atom-signal';

/**
 * "Saved", "Saving…" or "Not saved" with the reason, for everything on the page. A polite live
 * region, so screen readers hear changes without being interrupted; an icon and words, never
 * colour alone.
 */
export default function SaveIndicator(props: { problemsOnly?: boolean }) {
  const live = createAtomSignal($saveSummary);
  const mounted = createMounted();
  const summary = (): SaveSummary => {
    if (!mounted()) return { state: 'idle' };
    // Pages that only show progress stay quiet unless something is wrong.
    return props.problemsOnly && live().state !== 'problem' ? { state: 'idle' } : live();
  };
  return (
    <div class="save-indicator" data-state={summary().state} role="status" aria-live="polite">
      <Show when={summary().state === 'loading'}>
        <span aria-hidden="true">…</span> Loading your answers
      </Show>
      <Show when={summary().state === 'saving'}>
        <span aria-hidden="true">↻</span> Saving…
      </Show>
      <Show when={summary().state === 'saved'}>
        <span aria-hidden="true">✓</span> Saved in this browser
      </Show>
      <Show when={summary().state === 'problem'}>
        <span aria-hidden="true">⚠</span> {summary().problem} <a href="/your-data/">Your data</a>
      </Show>
    </div>
  );
}
