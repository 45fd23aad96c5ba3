import { Show } from 'solid-js';

/** A result to tell the reader: `ok` is announced politely, `error` at once. */
export interface Message {
  kind: 'ok' | 'error';
  text: string;
}

/** The outcome of an action, in words with an icon (never colour alone); nothing when there is none. */
export default function FormMessage(props: { message: Message | undefined }) {
  return (
    <Show when={props.message}>
      {(current) => (
        <p
          class={`form-message form-message--${current().kind}`}
          role={current().kind === 'error' ? 'alert' : 'status'}
        >
          <span aria-hidden="true">{current().kind === 'error' ? '⚠ ' : '✓ '}</span>
          {current().text}
        </p>
      )}
    </Show>
  );
}
