import { createSignal, Show, type Component } from 'solid-js';
import type { ImportPlan } from '../persistence/backup-file';
import type { ImportStep } from '../persistence/backup';
import type { ImportSummaryProps } from './backup/ImportSummary';
import { settings } from '../stores/settings';
import { createMounted } from './mounted';
import { createAtomSignal } from './ui/atom-signal';
import FormMessage, { type Message } from './ui/form-message';
import { loadForAction } from './ui/load-for-action';

// Backing up and restoring read and check every document, so they bring every document's schema;
// they load when the reader downloads (`download-action.ts`) or chooses a file, not with the page. Restoring also
// brings the summary of what the file would change, and the writing of it on confirmation,
// which are needed only after that.
const restoreCode = () =>
  loadForAction(() => Promise.all([import('../persistence/backup'), import('./backup/ImportSummary')]));

/** What the reader sees while a restore is under way; a large network's file takes seconds. */
const stepText: Record<ImportStep, string> = {
  reading: 'Reading the file…',
  checking: 'Checking everything in the file…',
  writing: 'Writing your data…',
};

/** A checked file on screen, with the code that shows it and writes it. */
interface Restore {
  plan: Extract<ImportPlan, { ok: true }>;
  Summary: Component<ImportSummaryProps>;
}

/** Download a backup; choose a backup file, see what it would change, and confirm. */
export default function BackupPanel() {
  const settingsData = createAtomSignal(settings.$data);
  const mounted = createMounted();
  const lastBackupAt = () => (mounted() ? settingsData().lastBackupAt : null);
  const [message, setMessage] = createSignal<Message>();
  const [restore, setRestore] = createSignal<Restore>();
  const [busy, setBusy] = createSignal(false);
  const [step, setStep] = createSignal<ImportStep>();
  let fileInput: HTMLInputElement | undefined;

  const download = async () => {
    setBusy(true);
    const code = await loadForAction(() => import('./backup/download-action'));
    setMessage(
      code.ok
        ? await code.module.downloadBackupNow()
        : { kind: 'error', text: `The backup could not be made: ${code.error}` },
    );
    setBusy(false);
  };

  const clearFile = () => {
    if (fileInput) fileInput.value = '';
  };

  const choose = async (file: File | undefined) => {
    setRestore(undefined);
    setMessage(undefined);
    if (!file) return;
    setBusy(true);
    try {
      const code = await restoreCode();
      if (!code.ok) {
        // Cleared so that choosing the same file again, once back online, checks it again.
        clearFile();
        setMessage({ kind: 'error', text: `Nothing was imported: ${code.error}` });
        return;
      }
      const [{ prepareImport }, { default: Summary }] = code.module;
      const result = await prepareImport(file, setStep);
      if (result.ok) setRestore({ plan: result, Summary });
      else setMessage({ kind: 'error', text: result.error });
    } catch (error) {
      // Reading what is stored now, to compare, failed: say so rather than stay busy for ever.
      clearFile();
      setMessage({ kind: 'error', text: `Nothing was imported: ${(error as Error).message}` });
    } finally {
      setStep(undefined);
      setBusy(false);
    }
  };

  const cancel = () => {
    setRestore(undefined);
    clearFile();
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

      {/* Restoring is something to do on screen; on paper it would be a file picker to nowhere. */}
      <h3 class="no-print">Restore from a backup</h3>
      <p class="no-print">Choose a backup file. You will see what it changes before anything is replaced.</p>
      <label class="file-field no-print">
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

      <Show when={restore()}>
        {(shown) => {
          const Summary = shown().Summary;
          return (
            <Summary
              plan={shown().plan}
              busy={busy()}
              onBusy={setBusy}
              onStep={setStep}
              onMessage={setMessage}
              onClose={cancel}
            />
          );
        }}
      </Show>

      {/* On the page before any step, so that screen readers announce each one; a live region
          rather than a second status, which the outcome's message already is. */}
      <p class="import-progress no-print" aria-live="polite">
        <Show when={step()}>
          {(current) => (
            <>
              <progress aria-label={stepText[current()]} /> {stepText[current()]}
            </>
          )}
        </Show>
      </p>

      <FormMessage message={message()} />
    </div>
  );
}
