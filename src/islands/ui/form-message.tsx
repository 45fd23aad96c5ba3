import { Show } from 'solid-js';

/** A result to tell the reader: `ok` is announced politely, `error` at once. */
export interface Message {
  kind: 'ok' | 'error';
  text: string;
}

/** One message in words, with an icon so the kind never rests on colour alone. */
function MessageLine(props: { message: Message }) {
  return (
    <p class={`form-message form-message--${props.message.kind}`}>
      <span aria-hidden="true">{props.message.kind === 'error' ? '⚠ ' : '✓ '}</span>
      {props.message.text}
    </p>
  );
}

/**
 * The outcome of an action. Both live regions are on the page from the start, empty: a screen
 * reader reliably announces a region only when it already exists as its content changes, not one
 * inserted together with its message. A new message replaces the old line, so saying the same
 * thing twice (the same error after a second try) is announced again.
 */
export default function FormMessage(props: { message: Message | undefined; class?: string }) {
  const polite = () => (props.message?.kind === 'ok' ? props.message : undefined);
  const urgent = () => (props.message?.kind === 'error' ? props.message : undefined);
  return (
    <div class={`form-message-slot ${props.class ?? ''}`} data-empty={props.message ? undefined : ''}>
      <div role="status" aria-live="polite">
        <Show when={polite()} keyed>
          {(message) => <MessageLine message={message} />}
        </Show>
      </div>
      <div role="alert">
        <Show when={urgent()} keyed>
          {(message) => <MessageLine message={message} />}
        </Show>
      </div>
    </div>
  );
}
