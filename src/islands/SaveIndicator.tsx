import { createComponent, createEffect, createSignal, Show, type Component } from 'solid-js';
import { retryReading } from '../persistence/document-store';
import { $replaced, type ReplacedEntry } from '../persistence/replaced';
import { $saveSummary, type SaveSummary } from '../persistence/save-status';
import { createMounted } from './mounted';
import { createAtomSignal } from './ui/atom-signal';

type Notice = Component<{ entries: readonly ReplacedEntry[] }>;

/**
 * "Saved", "Saving…" or "Not saved" with the reason, for everything on the page. A polite live
 * region, so screen readers hear changes without being interrupted; an icon and words, never
 * colour alone. When saving fails it offers a copy of the answers, taken from this page: the
 * only place they still exist when the browser keeps nothing. When saved answers could not be
 * read, it offers to try again instead.
 */
export default function SaveIndicator(props: { problemsOnly?: boolean }) {
  const live = createAtomSignal($saveSummary);
  const replaced = createAtomSignal($replaced);
  // The notice of text replaced by another tab is fetched when the first such text comes, which
  // most visits never see: every page loads this island, and `loadOnUse` would add half a KB.
  const [notice, setNotice] = createSignal<Notice>();
  const [noticeFailed, setNoticeFailed] = createSignal(false);
  createEffect(() => {
    if (!replaced().length || notice()) return;
    setNoticeFailed(false);
    import('./ReplacedNotice').then(
      (module) => setNotice(() => module.default),
      () => setNoticeFailed(true), // the next replaced text tries again
    );
  });
  const mounted = createMounted();
  const [copy, setCopy] = createSignal<string>();
  const [copying, setCopying] = createSignal(false);
  const [retrying, setRetrying] = createSignal(false);
  // The status line says what the new attempt found; the button waits until it has.
  const retry = async () => {
    setRetrying(true);
    await retryReading().catch((error: unknown) =>
      setCopy(
        `Trying again needs a part of the workbook that could not be loaded (${(error as Error).message}).`,
      ),
    );
    setRetrying(false);
  };
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
          <Show when={summary().unread}>
            <button type="button" class="button" disabled={retrying()} onClick={() => void retry()}>
              Try again
            </button>{' '}
          </Show>
          <Show when={!summary().noCopy}>
            <button type="button" class="button" disabled={copying()} onClick={() => void downloadCopy()}>
              Download a copy
            </button>{' '}
          </Show>
          <a href="/your-data/">Your data</a>
        </p>
      </Show>
      {/* On the page from the start, so that screen readers announce a notice added to it. */}
      <div class="replaced-notices" role="status" aria-live="polite">
        <Show when={replaced().length > 0 && notice()}>
          {(loaded) =>
            createComponent(loaded(), {
              get entries() {
                return replaced();
              },
            })
          }
        </Show>
        <Show when={replaced().length > 0 && noticeFailed()}>
          <span aria-hidden="true">⚠</span> Another tab replaced text you typed here, and the notice that
          holds your copy could not be downloaded.
        </Show>
      </div>
    </div>
  );
}
