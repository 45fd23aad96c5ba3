import { createSignal, onCleanup, onMount, Show, type Component } from 'solid-js';
import { formatInstant } from '../lib/dates';
import LateBackupNudge from './backup/LateBackupNudge';
import type { ImportPlan } from '../persistence/backup-file';
import type { ImportStep } from '../persistence/backup';
import type { ImportSummaryProps } from './backup/ImportSummary';
import { settings } from '../stores/settings';
import { createMounted } from './mounted';
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

/** A passphrase typed unseen: a new one for a locked backup, or an `existing` one to open it. */
function PassphraseField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  existing?: boolean;
  /** Until hydrated: text typed before then would not reach the panel. */
  disabled?: boolean;
}) {
  return (
    <label class="text-field">
      <span>{props.label}</span>
      <input
        type="password"
        autocomplete={props.existing ? 'current-password' : 'new-password'}
        value={props.value}
        disabled={props.disabled}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </label>
  );
}

/** The shortest passphrase accepted: shorter ones fall to a guess in minutes, whatever the rounds. */
const MIN_PASSPHRASE = 8;

/**
 * Download a backup or send a copy, locked with a passphrase if the reader wants; choose or drop
 * a backup file (unlocking it if it is locked), see what it would change, and merge or replace.
 */
export default function BackupPanel() {
  const mounted = createMounted();
  // Subscribed once hydrated, not during it: subscribing starts the settings document, whose
  // registration other islands (the save status) react to at once, and components they create
  // then would take hydration keys from this island's count and leave its fields mismatched.
  const [lastBackupAt, setLastBackupAt] = createSignal<string | null>(null);
  onMount(() => onCleanup(settings.$data.subscribe((data) => setLastBackupAt(data.lastBackupAt))));
  const [message, setMessage] = createSignal<Message>();
  const [restore, setRestore] = createSignal<Restore>();
  const [busy, setBusy] = createSignal(false);
  const [step, setStep] = createSignal<ImportStep>();
  const [passphrase, setPassphrase] = createSignal('');
  const [repeated, setRepeated] = createSignal('');
  // A locked file waiting for its passphrase.
  const [locked, setLocked] = createSignal<File>();
  const [unlockWith, setUnlockWith] = createSignal('');
  const [dragging, setDragging] = createSignal(false);
  let fileInput: HTMLInputElement | undefined;
  let root: HTMLDivElement | undefined;

  /** The passphrase to lock a new backup with, or why it cannot be used (nothing is made then). */
  const lockWith = (): { ok: true; value: string | undefined } | { ok: false; error: string } => {
    const chosen = passphrase();
    if (chosen === '' && repeated() === '') return { ok: true, value: undefined };
    if (chosen.length < MIN_PASSPHRASE) {
      return {
        ok: false,
        error: `A passphrase needs at least ${MIN_PASSPHRASE} characters. Nothing was made.`,
      };
    }
    if (chosen !== repeated()) {
      return {
        ok: false,
        error: 'The two passphrases differ: type the same one in both fields. Nothing was made.',
      };
    }
    return { ok: true, value: chosen };
  };

  const makeCopy = async (how: 'download' | 'send') => {
    const lock = lockWith();
    if (!lock.ok) {
      setMessage({ kind: 'error', text: lock.error });
      return;
    }
    setBusy(true);
    const code = await loadForAction(() => import('./backup/download-action'));
    if (!code.ok) setMessage({ kind: 'error', text: `The backup could not be made: ${code.error}` });
    else if (how === 'send') setMessage(await code.module.sendBackupNow(lock.value));
    else setMessage(await code.module.downloadBackupNow(lock.value));
    setBusy(false);
  };

  const clearFile = () => {
    if (fileInput) fileInput.value = '';
  };

  const choose = async (file: File | undefined, unlock?: string) => {
    setRestore(undefined);
    setMessage(undefined);
    if (!unlock) setLocked(undefined);
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
      const result = await prepareImport(file, setStep, unlock);
      if (result.ok) {
        setLocked(undefined);
        setUnlockWith('');
        setRestore({ plan: result, Summary });
      } else {
        if (result.locked) setLocked(file);
        // Asking for the passphrase the first time is not an error; a wrong one is.
        setMessage({ kind: result.locked && !unlock ? 'ok' : 'error', text: result.error });
      }
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

  // A backup file dropped anywhere on the page's content is taken like one chosen in the field.
  onMount(() => {
    const region = root?.closest<HTMLElement>('[data-backup-drop]') ?? root;
    if (!region) return;
    const hasFile = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFile(event)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = busy() ? 'none' : 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!region.contains(event.relatedTarget as Node | null)) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFile(event)) return;
      event.preventDefault();
      setDragging(false);
      if (busy()) return;
      clearFile();
      void choose(event.dataTransfer?.files[0]);
    };
    region.addEventListener('dragover', over);
    region.addEventListener('dragleave', leave);
    region.addEventListener('drop', drop);
    onCleanup(() => {
      region.removeEventListener('dragover', over);
      region.removeEventListener('dragleave', leave);
      region.removeEventListener('drop', drop);
    });
  });

  return (
    <div class="backup-panel" ref={root} data-dragging={dragging() ? '' : undefined}>
      <LateBackupNudge />
      <h3>Download a backup</h3>
      <p>
        One file with everything you have written. Keep it somewhere safe; it is the only copy outside this
        browser. To carry on on another device, send it there and restore it: it merges with what that device
        holds.{' '}
        <Show when={lastBackupAt()} fallback="You have not downloaded a backup yet.">
          {(at) => <>Last backup: {formatInstant(at())}.</>}
        </Show>
      </p>
      <details class="backup-lock no-print">
        <summary>Lock the file with a passphrase (optional)</summary>
        <p>
          Anyone who gets a locked file needs the passphrase to read it. Nobody can recover a forgotten
          passphrase, so keep it somewhere safe.
        </p>
        <PassphraseField
          label="Passphrase"
          value={passphrase()}
          onInput={setPassphrase}
          disabled={!mounted()}
        />
        <PassphraseField
          label="Repeat the passphrase"
          value={repeated()}
          onInput={setRepeated}
          disabled={!mounted()}
        />
      </details>
      <div class="actions">
        <button
          type="button"
          class="button"
          disabled={!mounted() || busy()}
          onClick={() => void makeCopy('download')}
        >
          Download a backup
        </button>
        <button
          type="button"
          class="button button--quiet"
          disabled={!mounted() || busy()}
          onClick={() => void makeCopy('send')}
        >
          Send a copy
        </button>
      </div>

      {/* Restoring is something to do on screen; on paper it would be a file picker to nowhere. */}
      <h3 class="no-print">Restore from a backup</h3>
      <p class="no-print">
        Choose a backup file, or drop it on this page. You will see what it changes, and choose to merge it
        with what is here or to replace everything, before anything is written.
      </p>
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

      <Show when={locked()}>
        {(file) => (
          <form
            class="unlock no-print"
            onSubmit={(event) => {
              event.preventDefault();
              void choose(file(), unlockWith());
            }}
          >
            <PassphraseField
              label="Passphrase for this backup"
              value={unlockWith()}
              onInput={setUnlockWith}
              existing
            />
            <button type="submit" class="button" disabled={busy() || unlockWith() === ''}>
              Unlock
            </button>
          </form>
        )}
      </Show>

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
