import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { thankYouSendBy } from '../cadence';
import { formatDate } from '../../../lib/dates';
import { draftThankYou, toneLabels, tones, type Tone } from '../thank-you';
import type { Interaction, Person } from '../../../documents/people/schema';
import { keepNoteDraft, noteDraft } from '../log-drafts';
import FormMessage, { type Message } from '../../../islands/ui/form-message';

/**
 * Drafts a thank-you note from the logged interaction, in the tone the reader picks; the reader
 * edits it, copies it into their email, and marks it sent. An edited note is kept for the tab until
 * it is sent, so closing the composer or reloading the page loses none of it. Loaded on demand.
 */
export default function ThankYouComposer(props: {
  person: Person;
  interaction: Interaction;
  onSent: () => void;
}) {
  // The interaction is fixed for the composer's life: it is shown for one interaction.
  // eslint-disable-next-line solid/reactivity
  const interactionId = props.interaction.id;
  const kept = noteDraft(interactionId);
  const [tone, setTone] = createSignal<Tone>(
    kept && (tones as readonly string[]).includes(kept.tone) ? (kept.tone as Tone) : 'warm',
  );
  const [signature, setSignature] = createSignal(kept?.signature ?? '');
  const [text, setText] = createSignal(kept?.text ?? '');
  // The note as last drafted: while the text is still that, a new tone or signature redrafts it.
  const [drafted, setDrafted] = createSignal(kept?.drafted ?? '');
  createEffect(() =>
    keepNoteDraft(interactionId, { tone: tone(), signature: signature(), text: text(), drafted: drafted() }),
  );
  // Once the reader has edited it, a new draft is only offered, and taking it can be undone.
  const [swap, setSwap] = createSignal<{ draft: string } | { previous: string }>();
  const [message, setMessage] = createSignal<Message>();
  const id = (field: string) => `fu-${props.interaction.id}-thanks-${field}`;

  const useDraft = (draft: string) => {
    // Edits replaced can be brought back, also after a later tone redrafted the replacement.
    const kept = swap();
    setSwap(text() !== drafted() ? { previous: text() } : kept && 'previous' in kept ? kept : undefined);
    setDrafted(draft);
    setText(draft);
  };
  const toneName = () => toneLabels[tone()].toLowerCase();
  createEffect(
    on([tone, signature], ([currentTone, currentSignature]) => {
      const draft = draftThankYou(props.person, props.interaction, currentTone, currentSignature);
      const note = `Subject: ${draft.subject}\n\n${draft.body}`;
      if (text() === drafted()) {
        useDraft(note);
      } else if (note !== drafted()) {
        setSwap({ draft: note });
        setMessage({
          kind: 'ok',
          text: `Your edits are kept. The new ${toneName()} draft is there if you want it.`,
        });
      }
    }),
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setMessage({ kind: 'ok', text: 'Copied. Paste it into your email, then mark it as sent.' });
    } catch {
      // Clipboard access can be refused (permissions, an insecure page); selecting lets the reader copy by hand.
      const area = document.getElementById(id('text')) as HTMLTextAreaElement | null;
      area?.select();
      setMessage({
        kind: 'error',
        text: 'This browser did not allow copying. The note is selected: press Ctrl+C (or ⌘C).',
      });
    }
  };

  return (
    <div class="fu-composer" role="group" aria-labelledby={id('title')}>
      <p id={id('title')} class="fu-composer__title">
        Thank-you note to {props.person.name.trim() || 'this contact'}, to send by{' '}
        {formatDate(thankYouSendBy(props.interaction.date))}
      </p>
      <div class="ws-grid">
        <div class="field">
          <label for={id('tone')}>Tone</label>
          <select
            id={id('tone')}
            value={tone()}
            onChange={(event) => setTone(event.currentTarget.value as Tone)}
          >
            <For each={tones}>{(value) => <option value={value}>{toneLabels[value]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for={id('signature')}>Sign as</label>
          <input
            id={id('signature')}
            type="text"
            maxLength={100}
            value={signature()}
            onChange={(event) => setSignature(event.currentTarget.value)}
          />
        </div>
      </div>
      <div class="field field--long">
        <label for={id('text')}>Your note (edit it to add a personal touch)</label>
        <textarea
          id={id('text')}
          rows={10}
          value={text()}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </div>
      <Show when={swap()} keyed>
        {(offered) => (
          <div class="actions">
            {'draft' in offered ? (
              <button
                type="button"
                class="button button--quiet"
                onClick={() => {
                  useDraft(offered.draft);
                  setMessage({ kind: 'ok', text: `Replaced your edits with the ${toneName()} draft.` });
                }}
              >
                Use the new {toneName()} draft
              </button>
            ) : (
              <button
                type="button"
                class="button button--quiet"
                onClick={() => {
                  setText(offered.previous);
                  setSwap(undefined);
                  setMessage({ kind: 'ok', text: 'Your edits are back.' });
                }}
              >
                Undo: bring back my edits
              </button>
            )}
          </div>
        )}
      </Show>
      <div class="actions">
        <button type="button" class="button" onClick={() => void copy()}>
          Copy note
        </button>
        <button
          type="button"
          class="button button--quiet"
          onClick={() => {
            keepNoteDraft(interactionId, undefined);
            props.onSent();
          }}
        >
          Mark as sent
        </button>
      </div>
      <FormMessage message={message()} />
    </div>
  );
}
