import { createSignal, Show } from 'solid-js';
import { $saveSummary, type SaveSummary } from '../stores/save-status';
import { createMounted } from './mounted';
import { createAtomSignal } from './ui/atom-signal';

/**
 * "Saved", "Saving…" or "Not saved" with the reason, for everything on the page. A polite live
 * region, so screen readers hear changes without being interrupted; an icon and words, never
 * colour alone. When saving fails it offers a copy of the answers, taken from this page: the
 * only place they still exist when the browser keeps nothing.
 */
export default function SaveIndicator(props: { problemsOnly?: boolean }) {
  const live = createAtomSignal($saveSummary);
  const mounted = createMounted();
  const [copy, setCopy] = createSignal<string>();
  const [copying, setCopying] = createSignal(false);
  const summary = (): SaveSummary => {
    if (!mounted()) return { state: 'idle' };
    // Pages that only show progress stay quiet unless something is wrong.
    return props.problemsOnly && live().state !== 'problem' ? { state: 'idle' } : live();
  };
  // Fetched on use, like everything behind a backup: most readers never see this button.
  const downloadCopy = async () => {
    setCopying(true);
    try {
      const { downloadBackupNow } = await import('./backup/download-action');
      setCopy((await downloadBackupNow()).text);
    } catch (error) {
      setCopy(`The copy could not be made: its code could not be loaded (${(error as Error).message}).`);
    }
    setCopying(false);
  };
  return (
    <div class="save-indicator" data-state={summary().state}>
      <p role="status" aria-live="polite">
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
          <span aria-hidden="true">⚠</span> {summary().problem} {copy()}
        </Show>
      </p>
      <Show when={summary().state === 'problem'}>
        <p class="save-indicator__actions">
          <button type="button" class="button" disabled={copying()} onClick={() => void downloadCopy()}>
            Download a copy
          </button>{' '}
          <a href="/your-data/">Your data</a>
        </p>
      </Show>
    </div>
  );
}
