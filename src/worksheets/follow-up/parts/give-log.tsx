import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { formatDate, type CalendarDate } from '../../../lib/dates';
import { giveBalance } from '../give-balance';
import { giveKinds } from '../../../documents/interactions/schema';
import type { Give, Person } from '../../../documents/people/schema';
import { addGive, deleteLogEntry } from '../store';
import { giveDraft, keepGiveDraft, type GiveDraft } from '../log-drafts';
import { DateField, SelectField, TextField } from '../../../islands/ui/fields';
import { focusById } from '../../../islands/ui/focus';

/** How each kind of entry is named to the reader. */
const kindLabels: Record<Give['kind'], string> = {
  introduction: 'Gave: an introduction',
  article: 'Gave: an article or resource',
  help: 'Gave: help or an offer of help',
  other: 'Gave: something else',
  ask: 'Asked for something',
};
const kindOptions = giveKinds.map((value) => ({ value, label: kindLabels[value] }));

/** A contact's give log (gives and asks), with the balance over the last three months. */
export default function GiveLog(props: {
  person: Person;
  gives: Give[];
  /** False while the log is loading: the balance waits for it. */
  loaded: boolean;
  today: CalendarDate;
  locked: boolean;
}) {
  const sorted = createMemo(() => [...props.gives].sort((a, b) => b.date.localeCompare(a.date)));
  const balance = createMemo(() => giveBalance(props.gives, props.today));
  // What the reader typed and did not add comes back when the contact is opened again, as the
  // interaction form's does; a new form starts on today's date (the day does not change while the
  // page is open), and the contact's id is read once.
  const [form, setForm] = createSignal<GiveDraft>(
    untrack(() => giveDraft(props.person.id) ?? { date: props.today, kind: 'article', note: '' }),
  );
  const set = (patch: Partial<GiveDraft>) => {
    setForm({ ...form(), ...patch });
    keepGiveDraft(props.person.id, form());
  };
  const [error, setError] = createSignal<string>();
  const id = (field: string) => `fu-${props.person.id}-give-${field}`;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const { date: day, kind, note } = form();
    if (!day) {
      setError('Choose the day it happened.');
      return;
    }
    const result = addGive(props.person.id, { date: day, kind, note: note.trim() });
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(undefined);
    set({ note: '' });
  };

  return (
    <section class="fu-gives" aria-labelledby={id('title')}>
      <h6 id={id('title')}>Give log</h6>
      <Show when={props.loaded} fallback={<p class="fu-balance">Loading the give log…</p>}>
        <p class="fu-balance">
          <span aria-hidden="true">{balance().standing === 'behind' ? '⚠ ' : '⇄ '}</span>
          {balance().summary}
        </p>
      </Show>
      <Show when={sorted().length > 0}>
        <ul class="fu-gives__list">
          <For each={sorted()}>
            {(entry) => (
              <li>
                <span>
                  <strong>{formatDate(entry.date)}</strong> · {kindLabels[entry.kind]}
                  {entry.note ? `: ${entry.note}` : ''}
                </span>
                <button
                  type="button"
                  class="icon-button icon-button--danger no-print"
                  aria-label={`Delete the give-log entry of ${formatDate(entry.date)}`}
                  disabled={props.locked}
                  onClick={() => {
                    deleteLogEntry('gives', entry.id);
                    focusById(id('date'));
                  }}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <form
        class="fu-gives__form no-print"
        aria-label={`Add to the give log of ${props.person.name.trim() || 'this contact'}`}
        onSubmit={submit}
      >
        <div class="ws-grid">
          <DateField
            id={id('date')}
            label="Date"
            value={form().date}
            disabled={props.locked}
            onChange={(date) => set({ date })}
          />
          <SelectField
            id={id('kind')}
            label="What"
            value={form().kind}
            options={kindOptions}
            disabled={props.locked}
            onChange={(kind) => set({ kind })}
          />
        </div>
        <TextField
          id={id('note')}
          label="Details"
          hint="e.g. Introduced Priya to Marcus, who needed May speakers"
          value={form().note}
          disabled={props.locked}
          onInput={(note) => set({ note })}
          error={error()}
        />
        <div class="actions">
          <button type="submit" class="button button--quiet" disabled={props.locked}>
            Add to give log
          </button>
        </div>
      </form>
    </section>
  );
}
