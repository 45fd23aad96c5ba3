import { createSignal, For, Show } from 'solid-js';
import type { ReplacedEntry } from '../persistence/replaced';
import { copyText } from './ui/copy';

/**
 * "Another tab changed … Your text: “…”", once for each text the reader typed here that another
 * tab's later edit of the same field replaced, with the way to keep it: copy it, or put it back
 * (an edit like any other, saved, so it becomes the later edit). Fetched only when the first
 * such text comes (see SaveIndicator.tsx); the live region around it is already on the page.
 */
export default function ReplacedNotice(props: { entries: readonly ReplacedEntry[] }) {
  let list: HTMLUListElement | undefined;
  // Focus stays in the notice when an entry goes, so a keyboard reader is not sent back to the
  // top of the page; once the last one goes it moves to the page's main content.
  const refocus = (index: number) =>
    queueMicrotask(() => {
      const buttons = list?.querySelectorAll<HTMLButtonElement>('.replaced-notice__actions button');
      const firsts = [...(buttons ?? [])].filter((button) => !button.previousElementSibling);
      (firsts[Math.min(index, firsts.length - 1)] ?? document.getElementById('main'))?.focus();
    });
  return (
    <ul class="replaced-notices__list" ref={list}>
      <For each={props.entries}>
        {(entry, index) => {
          const [message, setMessage] = createSignal<string>();
          const copy = async () => setMessage((await copyText(entry.text)).message);
          const putBack = () => {
            const at = index();
            const problem = entry.putBack();
            if (problem) setMessage(`Not put back: ${problem}`);
            else refocus(at);
          };
          const dismiss = () => {
            const at = index();
            entry.dismiss();
            refocus(at);
          };
          return (
            <li class="replaced-notice">
              <p>
                <span aria-hidden="true">⚠ </span>
                {entry.canPutBack
                  ? `Another tab changed ${entry.field} in your ${entry.title.toLowerCase()} while you were editing it here.`
                  : `Another tab deleted what held ${entry.field} in your ${entry.title.toLowerCase()} while you were editing it here.`}{' '}
                Your text: “<span class="replaced-notice__text">{entry.text}</span>”
              </p>
              <p class="replaced-notice__actions">
                <button type="button" class="button" onClick={() => void copy()}>
                  Copy my text
                </button>
                <Show when={entry.canPutBack}>
                  <button type="button" class="button" onClick={putBack}>
                    Put mine back
                  </button>
                </Show>
                <button type="button" class="button button--quiet" onClick={dismiss}>
                  Dismiss
                </button>
              </p>
              <Show when={message()}>
                <p class="replaced-notice__message">{message()}</p>
              </Show>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
