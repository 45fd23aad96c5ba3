import { createSignal } from 'solid-js';
import FormMessage, { type Message } from '../ui/form-message';
import { loadForAction } from '../ui/load-for-action';

// The clipboard helper is needed only when the reader copies: it is fetched then (or when the
// pointer or focus reaches a Copy button), not with the builder.
const loadCopy = () => import('../ui/copy');
const preloadCopy = () => void loadCopy().catch(() => undefined);

/** "Copy" for one text, with the outcome said beside it; on refusal the field's text is selected. */
export default function CopyButton(props: { text: () => string; field: () => string; label: string }) {
  const [message, setMessage] = createSignal<Message>();
  const copy = async () => {
    if (!props.text().trim()) {
      setMessage({ kind: 'error', text: 'There is no text to copy yet.' });
      return;
    }
    const loaded = await loadForAction(loadCopy);
    if (!loaded.ok) {
      setMessage({ kind: 'error', text: `The text could not be copied: ${loaded.error}` });
      return;
    }
    const field = document.getElementById(props.field()) as HTMLTextAreaElement | null;
    const result = await loaded.module.copyText(props.text(), field);
    setMessage({ kind: result.ok ? 'ok' : 'error', text: result.message });
  };
  return (
    <div class="pitch-copy no-print">
      <button
        type="button"
        class="button button--quiet"
        onClick={() => void copy()}
        onPointerEnter={preloadCopy}
        onFocus={preloadCopy}
      >
        {props.label}
      </button>
      <FormMessage message={message()} />
    </div>
  );
}
