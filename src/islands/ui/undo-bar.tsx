import { Show } from 'solid-js';
import { $undo, clearUndo, runUndo } from '../../stores/undo';
import { createAtomSignal } from './atom-signal';

/** "Deleted … Undo": the way back from a delete, announced politely. */
export default function UndoBar(props: { scope?: string }) {
  const undo = createAtomSignal($undo);
  // Only this worksheet's offers, so a page with several worksheets shows one bar, not one per worksheet.
  const offer = () => {
    const current = undo();
    return current && current.scope === props.scope ? current : null;
  };
  return (
    <div class="undo-bar-slot no-print" role="status" aria-live="polite">
      <Show when={offer()}>
        {(current) => (
          <div class="undo-bar">
            <span>{current().message}</span>
            <button type="button" class="button" onClick={runUndo}>
              Undo
            </button>
            <button type="button" class="button button--quiet" onClick={clearUndo}>
              Dismiss
            </button>
          </div>
        )}
      </Show>
    </div>
  );
}
