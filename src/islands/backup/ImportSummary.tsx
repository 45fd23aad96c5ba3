import { For, Show } from 'solid-js';
import { writesDocument, type ImportPlan } from '../../persistence/backup-file';
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
 * What a checked backup file would change, document by document, and the choice to go ahead,
 * which writes it. Shown only once the reader has chosen a file, so it is fetched with the code
 * that checks it.
 */
export default function ImportSummary(props: ImportSummaryProps) {
  const confirm = async () => {
    const { documents } = props.plan;
    props.onBusy(true);
    props.onStep('writing');
    try {
      await applyImport(documents, new Date(), props.plan.keptAside);
      const changed = documents.filter(writesDocument).length;
      props.onMessage({
        kind: 'ok',
        text: `Backup restored: ${changed} of ${documents.length} documents updated.`,
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
      <h4 id="import-summary-title">
        This backup is from {new Date(props.plan.exportedAt).toLocaleString()}
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
          <For each={props.plan.documents}>
            {(doc) => (
              <tr>
                <th scope="row">{doc.title}</th>
                <td>{doc.currentCount ?? 'Unreadable here'}</td>
                <td>{doc.incomingCount ?? 'Unreadable here'}</td>
                <td>{changeLabel[doc.change]}</td>
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
          Replace my data with this backup
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
