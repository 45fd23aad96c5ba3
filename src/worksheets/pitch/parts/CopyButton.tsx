import { createSignal } from 'solid-js';
import { copyText } from '../../../islands/ui/copy';
import FormMessage, { type Message } from '../../../islands/ui/form-message';

/** "Copy" for one text, with the outcome said beside it; on refusal the field's text is selected. */
export default function CopyButton(props: { text: () => string; field: () => string; label: string }) {
  const [message, setMessage] = createSignal<Message>();
  const copy = async () => {
    if (!props.text().trim()) {
      setMessage({ kind: 'error', text: 'There is no text to copy yet.' });
      return;
    }
    const field = document.getElementById(props.field()) as HTMLTextAreaElement | null;
    const result = await copyText(props.text(), field);
    setMessage({ kind: result.ok ? 'ok' : 'error', text: result.message });
  };
  return (
    <div class="pitch-copy no-print">
      <button type="button" class="button button--quiet" onClick={() => void copy()}>
        {props.label}
      </button>
      <FormMessage message={message()} />
    </div>
  );
}
