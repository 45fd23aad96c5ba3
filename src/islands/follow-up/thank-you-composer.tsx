import { createEffect, createSignal, For, on } from 'solid-js';
import { thankYouSendBy } from '../../lib/cadence';
import { formatDate } from '../../lib/dates';
import { draftThankYou, toneLabels, tones, type Tone } from '../../lib/thank-you';
import type { Interaction, Person } from '../../schemas/people';
import FormMessage, { type Message } from '../ui/form-message';

/**
 * Drafts a thank-you note from the logged interaction, in the tone the reader picks; the reader
 * edits it, copies it into their email, and marks it sent. Loaded on demand.
 */
export default function ThankYouComposer(props: {
  person: Person;
  interaction: Interaction;
  onSent: () => void;
}) {
  const [tone, setTone] = createSignal<Tone>('warm');
  const [signature, setSignature] = createSignal('');
  const [text, setText] = createSignal('');
  const [message, setMessage] = createSignal<Message>();
  const id = (field: string) => `fu-${props.interaction.id}-thanks-${field}`;

  // A new tone or signature redrafts the note; the reader's own edits last until then.
  createEffect(
    on([tone, signature], ([currentTone, currentSignature]) => {
      const draft = draftThankYou(props.person, props.interaction, currentTone, currentSignature);
      setText(`Subject: ${draft.subject}\n\n${draft.body}`);
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
      <div class="actions">
        <button type="button" class="button" onClick={() => void copy()}>
          Copy note
        </button>
        <button type="button" class="button button--quiet" onClick={() => props.onSent()}>
          Mark as sent
        </button>
      </div>
      <FormMessage message={message()} />
    </div>
  );
}
