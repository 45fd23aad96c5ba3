import { createSignal, Show } from 'solid-js';
import { copyText } from '../ui/copy';

/** "Copy" for one text, with the outcome said beside it; on refusal the field's text is selected. */
export default function CopyButton(props: { text: () => string; field: () => string; label: string }) {
  const [message, setMessage] = createSignal<{ ok: boolean; message: string }>();
  const copy = async () => {
    if (!props.text().trim()) {
      setMessage({ ok: false, message: 'There is no text to copy yet.' });
      return;
    }
    const field = document.getElementById(props.field()) as HTMLTextAreaElement | null;
    setMessage(await copyText(props.text(), field));
  };
  return (
    <span class="pitch-copy no-print">
      <button type="button" class="button button--quiet" onClick={() => void copy()}>
        {props.label}
      </button>
      <span role="status" class="pitch-copy__status">
        <Show when={message()}>
          {(current) => (
            <span class={current().ok ? 'form-message--ok' : 'form-message--error'}>
              <span aria-hidden="true">{current().ok ? '✓ ' : '⚠ '}</span>
              {current().message}
            </span>
          )}
        </Show>
      </span>
    </span>
  );
}
