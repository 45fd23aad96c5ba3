import { Show, type JSX } from 'solid-js';
import type { PersistedDocument } from '../../persistence/document-store';
import { createMounted } from '../mounted';
import { createAtomSignal } from './atom-signal';

/**
 * Shows a worksheet once its documents are loaded in the browser, and says plainly when they are
 * read-only. Until then the server's "Loading" text stays, so hydration matches the server.
 */
export default function WorksheetGate(props: {
  documents: PersistedDocument<unknown>[];
  children: JSX.Element;
}) {
  const mounted = createMounted();
  // The documents of a worksheet are fixed for its lifetime, so reading them once is intended.
  // eslint-disable-next-line solid/reactivity
  const statuses = props.documents.map((doc) => createAtomSignal(doc.$status));
  const ready = () => mounted() && statuses.every((status) => status().phase !== 'loading');
  const problem = () => statuses.map((status) => status()).find((status) => status.readOnly)?.problem;
  return (
    <Show
      when={ready()}
      fallback={
        // Marked so print.css can print the blank paper form instead of this line.
        <p class="worksheet-loading" data-answers-pending="">
          Loading your answers…
        </p>
      }
    >
      <Show when={problem()}>
        <p class="form-message form-message--error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {problem()}
        </p>
      </Show>
      {props.children}
    </Show>
  );
}
