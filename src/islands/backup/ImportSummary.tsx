import { createSignal, For, Show } from 'solid-js';
import { formatInstant } from '../../lib/dates';
import {
  writesDocument,
  type ImportMode,
  type ImportPlan,
  type PlannedDocument,
} from '../../persistence/backup-file';
import { applyImport, type ImportStep } from '../../persistence/backup';
import { bumpDataVersion } from '../../stores/data-version';
import type { Message } from '../ui/form-message';

const changeLabel = {
  add: 'Will be added',
  replace: 'Will replace what is here',
  unchanged: 'Same as now',
  'newer-in-file':
    'Saved by a newer version of the workbook: left as it is here. Reload the page to update, then restore again to bring it in.',
  'newer-here':
    'Kept: this browser holds it from a newer version of the workbook, so older data will not replace it.',
};

/** What merging does to one document here, in words: "adds 2, changes 1, deletes 1; keeps 5". */
function mergeLabel(doc: PlannedDocument): string {
  if (doc.change === 'newer-in-file' || doc.change === 'newer-here') return changeLabel[doc.change];
  if (doc.mergeProblem) return doc.mergeProblem;
  const merge = doc.merge!;
  if (!merge.writes) return 'Nothing new: stays as it is';
  const { added, changed, deleted, kept } = merge.effect;
  const parts = [
    added && `adds ${added}`,
    changed && `changes ${changed}`,
    deleted && `deletes ${deleted} (deleted on the other device)`,
  ].filter(Boolean);
  const said = parts.length ? parts.join(', ') : 'updates it';
  return `${said[0]!.toUpperCase()}${said.slice(1)}${kept ? `; keeps ${kept} as they are here` : ''}`;
}

/** The two ways to restore, merge first: it is the default, and loses nothing. */
const modes: { value: ImportMode; label: string }[] = [
  { value: 'merge', label: 'Merge with what is here: keeps what you wrote in both places' },
  { value: 'replace', label: 'Replace everything here with the backup' },
];

/** What the summary shows and what its buttons do. */
export interface ImportSummaryProps {
  /** The checked file: what importing it would change. */
  plan: Extract<ImportPlan, { ok: true }>;
  /** True while the panel is working (this import being written); both buttons wait. */
  busy: boolean;
  /** Marks the panel busy while the import is written, so nothing else starts meanwhile. */
  onBusy: (busy: boolean) => void;
  /** Shows that the import is being written (`undefined`: no longer). */
  onStep: (step: ImportStep | undefined) => void;
  /** Reports the outcome in words for the panel's message. */
  onMessage: (message: Message) => void;
  /** Drops the chosen file and this summary: after a restore, or when the reader cancels. */
  onClose: () => void;
}

/**
 * What a checked backup file would change, document by document, and the choice to go ahead:
 * merge it with what is here (the default, so moving between devices loses nothing) or replace
 * everything here with it. Shown only once the reader has chosen a file, so it is fetched with
 * the code that checks it.
 */
export default function ImportSummary(props: ImportSummaryProps) {
  const problems = () => props.plan.documents.flatMap((doc) => (doc.mergeProblem ? [doc.mergeProblem] : []));
  const [mode, setMode] = createSignal<ImportMode>(problems().length ? 'replace' : 'merge');

  const confirm = async () => {
    const { documents } = props.plan;
    const chosen = mode();
    props.onBusy(true);
    props.onStep('writing');
    try {
      await applyImport(documents, new Date(), props.plan.keptAside, chosen);
      const changed = documents.filter((doc) => writesDocument(doc, chosen)).length;
      props.onMessage({
        kind: 'ok',
        text: `Backup ${chosen === 'merge' ? 'merged' : 'restored'}: ${changed} of ${documents.length} documents updated.`,
      });
      bumpDataVersion();
      props.onClose();
    } catch (error) {
      props.onMessage({ kind: 'error', text: (error as Error).message });
    } finally {
      props.onStep(undefined);
      props.onBusy(false);
    }
  };

  return (
    <section class="import-summary" aria-labelledby="import-summary-title">
      <h4 id="import-summary-title">This backup is from {formatInstant(props.plan.exportedAt)}</h4>
      <fieldset class="import-mode">
        <legend>How to restore it</legend>
        <For each={modes}>
          {(option) => (
            <label>
              <input
                type="radio"
                name="import-mode"
                value={option.value}
                checked={mode() === option.value}
                disabled={option.value === 'merge' && problems().length > 0}
                onChange={() => setMode(option.value)}
              />{' '}
              {option.label}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={problems().length > 0}>
        <p>
          <span aria-hidden="true">⚠ </span>
          {problems().join(' ')}
        </p>
      </Show>
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
          <For each={props.plan.documents}>
            {(doc) => (
              <tr>
                <th scope="row">{doc.title}</th>
                <td>{doc.currentCount ?? 'Unreadable here'}</td>
                <td>{doc.incomingCount ?? 'Unreadable here'}</td>
                <td>{mode() === 'merge' ? mergeLabel(doc) : changeLabel[doc.change]}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={props.plan.missing.length > 0}>
        <p>Not in the file, so left as they are: {props.plan.missing.join(', ')}.</p>
      </Show>
      <div class="actions">
        <button type="button" class="button" disabled={props.busy} onClick={() => void confirm()}>
          {mode() === 'merge' ? 'Merge this backup into my data' : 'Replace my data with this backup'}
        </button>
        <button
          type="button"
          class="button button--quiet"
          disabled={props.busy}
          onClick={() => props.onClose()}
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
