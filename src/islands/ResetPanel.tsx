import { createSignal, For, Show } from 'solid-js';
import { createMounted } from './mounted';
import { createAtomSignal } from './ui/atom-signal';
import { createBrowserRead } from './ui/browser-read';
import FormMessage, { type Message } from './ui/form-message';
import { describeDocuments, resetData } from '../stores/reset';
import { $dataVersion, bumpDataVersion } from '../stores/data-version';

/** Deletes one document or everything, after the reader confirms. */
export default function ResetPanel() {
  const version = createAtomSignal($dataVersion);
  const stored = createBrowserRead(version, describeDocuments);
  const documents = stored.value;
  const mounted = createMounted();
  const [target, setTarget] = createSignal('all');
  const [confirming, setConfirming] = createSignal(false);
  const [message, setMessage] = createSignal<Message>();

  const targetTitle = () =>
    target() === 'all'
      ? 'all your workbook data'
      : `your ${(documents()?.find((doc) => doc.key === target())?.title ?? target()).toLowerCase()}`;

  const reset = async () => {
    try {
      await resetData(target() === 'all' ? 'all' : [target()]);
      setMessage({ kind: 'ok', text: `Deleted ${targetTitle()}.` });
      setConfirming(false);
      bumpDataVersion();
    } catch (failure) {
      setMessage({ kind: 'error', text: `Nothing was deleted: ${(failure as Error).message}` });
    }
  };

  return (
    <div class="reset-panel">
      <label class="select-field">
        <span>What to delete</span>
        <select
          value={target()}
          onChange={(event) => {
            setTarget(event.currentTarget.value);
            setConfirming(false);
            setMessage(undefined);
          }}
        >
          <option value="all">Everything</option>
          <For each={documents()}>
            {(doc) => (
              <option value={doc.key}>
                {doc.title} ({doc.count})
              </option>
            )}
          </For>
        </select>
      </label>
      <Show
        when={confirming()}
        fallback={
          <button
            type="button"
            class="button button--quiet"
            disabled={!mounted()}
            onClick={() => setConfirming(true)}
          >
            Delete…
          </button>
        }
      >
        <div class="confirm" role="group" aria-labelledby="reset-confirm-text">
          <p id="reset-confirm-text">
            Delete {targetTitle()} from this browser? This cannot be undone. Download a backup first if you
            may want it back.
          </p>
          <div class="actions">
            <button type="button" class="button button--danger" onClick={() => void reset()}>
              Yes, delete {target() === 'all' ? 'everything' : 'it'}
            </button>
            <button type="button" class="button button--quiet" onClick={() => setConfirming(false)}>
              Keep my data
            </button>
          </div>
        </div>
      </Show>
      <FormMessage
        message={
          message() ??
          (stored.error()
            ? { kind: 'error', text: `Could not list what is stored: ${stored.error()}` }
            : undefined)
        }
      />
    </div>
  );
}
