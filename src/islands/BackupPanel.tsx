import { createSignal, For, Show } from 'solid-js';
import type { ImportPlan } from '../lib/backup';
import { bumpDataVersion } from '../stores/data-version';
import { settings } from '../stores/settings';
import { createMounted } from './mounted';
import { createAtomSignal } from './ui/atom-signal';
import FormMessage, { type Message } from './ui/form-message';
import { loadForAction } from './ui/load-for-action';

const changeLabel = { add: 'Will be added', replace: 'Will replace what is here', unchanged: 'Same as now' };

// Backing up and restoring read and check every document, so they bring every document's schema;
// they load when the reader downloads or chooses a file, not with the page.
const backupActions = () => loadForAction(() => import('../stores/backup'));

/** Download a backup; choose a backup file, see what it would change, and confirm. */
export default function BackupPanel() {
  const settingsData = createAtomSignal(settings.$data);
  const mounted = createMounted();
  const lastBackupAt = () => (mounted() ? settingsData().lastBackupAt : null);
  const [message, setMessage] = createSignal<Message>();
  const [plan, setPlan] = createSignal<Extract<ImportPlan, { ok: true }>>();
  const [busy, setBusy] = createSignal(false);
  let fileInput: HTMLInputElement | undefined;

  const download = async () => {
    setBusy(true);
    try {
      const actions = await backupActions();
      if (!actions.ok) {
        setMessage({ kind: 'error', text: `The backup could not be made: ${actions.error}` });
        return;
      }
      const { fileName, text } = await actions.module.exportBackup();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage({ kind: 'ok', text: `Backup downloaded as ${fileName}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `The backup could not be made: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  const clearFile = () => {
    if (fileInput) fileInput.value = '';
  };

  const choose = async (file: File | undefined) => {
    setPlan(undefined);
    setMessage(undefined);
    if (!file) return;
    setBusy(true);
    try {
      const actions = await backupActions();
      if (!actions.ok) {
        // Cleared so that choosing the same file again, once back online, checks it again.
        clearFile();
        setMessage({ kind: 'error', text: `Nothing was imported: ${actions.error}` });
        return;
      }
      const result = await actions.module.prepareImport(file);
      if (result.ok) setPlan(result);
      else setMessage({ kind: 'error', text: result.error });
    } catch (error) {
      // Reading what is stored now, to compare, failed: say so rather than stay busy for ever.
      clearFile();
      setMessage({ kind: 'error', text: `Nothing was imported: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setPlan(undefined);
    clearFile();
  };

  const confirm = async () => {
    const current = plan();
    if (!current) return;
    setBusy(true);
    try {
      // Loaded already: the plan on screen came from the same code. Checked all the same.
      const actions = await backupActions();
      if (!actions.ok) {
        setMessage({ kind: 'error', text: `Nothing was imported: ${actions.error}` });
        return;
      }
      await actions.module.applyImport(current.documents);
      const changed = current.documents.filter((doc) => doc.change !== 'unchanged').length;
      setMessage({
        kind: 'ok',
        text: `Backup restored: ${changed} of ${current.documents.length} documents updated.`,
      });
      bumpDataVersion();
      cancel();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="backup-panel">
      <h3>Download a backup</h3>
      <p>
        One file with everything you have written. Keep it somewhere safe; it is the only copy outside this
        browser.{' '}
        <Show when={lastBackupAt()} fallback="You have not downloaded a backup yet.">
          {(at) => <>Last backup: {new Date(at()).toLocaleString()}.</>}
        </Show>
      </p>
      <button type="button" class="button" disabled={!mounted() || busy()} onClick={() => void download()}>
        Download a backup
      </button>

      <h3>Restore from a backup</h3>
      <p>Choose a backup file. You will see what it changes before anything is replaced.</p>
      <label class="file-field">
        <span>Backup file</span>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          // Disabled until hydrated: a file chosen earlier would be dropped without a word.
          disabled={!mounted() || busy()}
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
      </label>

      <Show when={plan()}>
        {(ready) => (
          <section class="import-summary" aria-labelledby="import-summary-title">
            <h4 id="import-summary-title">
              This backup is from {new Date(ready().exportedAt).toLocaleString()}
            </h4>
            <table>
              <thead>
                <tr>
                  <th scope="col">Document</th>
                  <th scope="col">In this browser</th>
                  <th scope="col">In the file</th>
                  <th scope="col">What happens</th>
                </tr>
              </thead>
              <tbody>
                <For each={ready().documents}>
                  {(doc) => (
                    <tr>
                      <th scope="row">{doc.title}</th>
                      <td>{doc.currentCount}</td>
                      <td>{doc.incomingCount}</td>
                      <td>{changeLabel[doc.change]}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <Show when={ready().missing.length > 0}>
              <p>Not in the file, so left as they are: {ready().missing.join(', ')}.</p>
            </Show>
            <div class="actions">
              <button type="button" class="button" disabled={busy()} onClick={() => void confirm()}>
                Replace my data with this backup
              </button>
              <button type="button" class="button button--quiet" disabled={busy()} onClick={cancel}>
                Cancel
              </button>
            </div>
          </section>
        )}
      </Show>

      <FormMessage message={message()} />
    </div>
  );
}
