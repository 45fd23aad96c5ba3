import { batch, createMemo, createSignal, Show, untrack } from 'solid-js';
import { thankYouDueByDefault, thankYouSendBy } from '../cadence';
import { formatDate, type CalendarDate } from '../../../lib/dates';
import type { Interaction, Person } from '../../../documents/people/schema';
import { deleteLogEntry, dismissThankYou, logInteraction, markThankYouSent } from '../store';
import { keepLogDraft, logDraft, type LogDraft } from '../log-drafts';
import { focusById } from '../../../islands/ui/focus';
import FormMessage, { type Message } from '../../../islands/ui/form-message';
import { loadOnUse } from '../../../islands/ui/load-on-use';
import RecordList from '../../../islands/ui/record-list';
import { channelLabels } from './channel-labels';
import { editId, logFieldId, thanksButtonId } from './ids';
import InteractionEditor from './interaction-editor';
import InteractionFields from './interaction-fields';

// The composer is loaded the first time a reader opens it, so pages without it stay light.
const ThankYouComposer = loadOnUse(
  () => import('./thank-you-composer'),
  () => 'Loading the composer…',
);

/** Interactions shown before "Show all": the recent ones are what the next message builds on. */
const RECENT = 10;

/** A contact's interactions, newest first, with the form that logs a new one. */
export default function InteractionLog(props: {
  person: Person;
  interactions: Interaction[];
  /** False while the log is loading: an entry logged meanwhile is added once it has. */
  loaded: boolean;
  today: CalendarDate;
  locked: boolean;
}) {
  const sorted = createMemo(() => [...props.interactions].sort((a, b) => b.date.localeCompare(a.date)));
  const [all, setAll] = createSignal(false);
  const [composing, setComposing] = createSignal<string>();
  const [editing, setEditing] = createSignal<string>();
  const shown = () => (all() ? sorted() : sorted().slice(0, RECENT));
  const name = () => props.person.name.trim() || 'this contact';
  const heading = () => `fu-${props.person.id}-log-title`;

  return (
    <section class="fu-log" aria-labelledby={heading()}>
      <h6 id={heading()}>Interactions</h6>
      <LogForm person={props.person} today={props.today} locked={props.locked} onLogged={setComposing} />
      <Show
        when={sorted().length > 0}
        fallback={
          <p class="ws-empty">{props.loaded ? 'No interactions logged yet.' : 'Loading interactions…'}</p>
        }
      >
        <ol class="fu-log__list">
          <RecordList each={shown()}>
            {(interaction) => (
              <li class="fu-log__item">
                <p class="fu-log__when">
                  <strong>{formatDate(interaction().date)}</strong> · {channelLabels[interaction().channel]}
                </p>
                <dl class="fu-log__facts">
                  <Show when={interaction().talkedAbout}>
                    <dt>Talked about</dt>
                    <dd>{interaction().talkedAbout}</dd>
                  </Show>
                  <Show when={interaction().theyShared}>
                    <dt>They shared</dt>
                    <dd>{interaction().theyShared}</dd>
                  </Show>
                  <Show when={interaction().promised}>
                    <dt>You promised</dt>
                    <dd>{interaction().promised}</dd>
                  </Show>
                </dl>
                <ThankYouStatus interaction={interaction()} today={props.today} />
                <div class="actions no-print">
                  <Show when={interaction().thankYou === 'to-send'}>
                    <button
                      type="button"
                      id={thanksButtonId(interaction().id)}
                      class="button button--quiet"
                      disabled={props.locked}
                      onClick={() =>
                        setComposing(composing() === interaction().id ? undefined : interaction().id)
                      }
                    >
                      {composing() === interaction().id
                        ? 'Close the thank-you note'
                        : 'Write the thank-you note'}
                    </button>
                    <button
                      type="button"
                      class="button button--quiet"
                      aria-label={`No note needed for ${formatDate(interaction().date)}`}
                      disabled={props.locked}
                      onClick={() => {
                        if (composing() === interaction().id) setComposing(undefined);
                        dismissThankYou(interaction().id);
                        focusById(logFieldId(props.person.id));
                      }}
                    >
                      No note needed
                    </button>
                  </Show>
                  <button
                    type="button"
                    id={editId(interaction().id)}
                    class="button button--quiet"
                    aria-label={`Edit the interaction of ${formatDate(interaction().date)} with ${name()}`}
                    aria-expanded={editing() === interaction().id}
                    disabled={props.locked}
                    onClick={() => setEditing(editing() === interaction().id ? undefined : interaction().id)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    class="icon-button icon-button--danger"
                    aria-label={`Delete the interaction of ${formatDate(interaction().date)} with ${name()}`}
                    disabled={props.locked}
                    onClick={() => {
                      deleteLogEntry('interactions', interaction().id);
                      focusById(logFieldId(props.person.id));
                    }}
                  >
                    <span aria-hidden="true">✕</span>
                    <span class="icon-button__text">Delete</span>
                  </button>
                </div>
                <Show when={editing() === interaction().id}>
                  <InteractionEditor
                    interaction={interaction()}
                    personName={name()}
                    today={props.today}
                    onClose={() => {
                      setEditing(undefined);
                      focusById(editId(interaction().id));
                    }}
                  />
                </Show>
                <Show when={composing() === interaction().id}>
                  <ThankYouComposer
                    person={props.person}
                    interaction={interaction()}
                    onSent={() => {
                      markThankYouSent(interaction().id, props.today);
                      setComposing(undefined);
                      focusById(logFieldId(props.person.id));
                    }}
                  />
                </Show>
              </li>
            )}
          </RecordList>
        </ol>
        <Show when={sorted().length > RECENT}>
          <button type="button" class="button button--quiet no-print" onClick={() => setAll(!all())}>
            {all() ? 'Show recent only' : `Show all ${sorted().length} interactions`}
          </button>
        </Show>
      </Show>
    </section>
  );
}

/** "Thank-you note sent on …" or "Send a thank-you note by …" (overdue when late), in words and icon. */
function ThankYouStatus(props: { interaction: Interaction; today: CalendarDate }) {
  return (
    <Show when={props.interaction.thankYou !== 'not-needed'}>
      <p class="fu-thanks">
        <Show
          when={props.interaction.thankYou === 'sent'}
          fallback={
            <>
              <span aria-hidden="true">✉ </span>
              {thankYouSendBy(props.interaction.date) < props.today
                ? 'Thank-you note late: it was due by '
                : 'Send a thank-you note by '}
              {formatDate(thankYouSendBy(props.interaction.date))}.
            </>
          }
        >
          <span aria-hidden="true">✓ </span>
          Thank-you note sent
          {props.interaction.thankYouSentOn ? ` on ${formatDate(props.interaction.thankYouSentOn)}` : ''}.
        </Show>
      </p>
    </Show>
  );
}

/** The "Log an interaction" form: today by default; saving resets the contact's next due date. */
function LogForm(props: {
  person: Person;
  today: CalendarDate;
  locked: boolean;
  onLogged: (interactionId: string) => void;
}) {
  const blank = (): LogDraft => ({
    date: props.today,
    channel: 'in-person',
    talkedAbout: '',
    theyShared: '',
    promised: '',
    thankYou: true,
  });
  // What the reader typed and did not save comes back when the contact is opened again (each
  // contact has its own form, so its id is read once).
  const [form, setForm] = createSignal(untrack(() => logDraft(props.person.id)) ?? blank());
  const [message, setMessage] = createSignal<Message>();
  const id = (field: string) => `fu-${props.person.id}-log-${field}`;
  const set = (patch: Partial<LogDraft>) => {
    setForm({ ...form(), ...patch });
    keepLogDraft(props.person.id, form());
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const values = form();
    if (!values.date) {
      setMessage({ kind: 'error', text: 'Choose the day of the interaction.' });
      focusById(logFieldId(props.person.id));
      return;
    }
    const date = values.date;
    // One update for the page: the contact's new day, the log, the form and the message together,
    // rather than the list and its figures working out again after each.
    batch(() => {
      const result = logInteraction(props.person.id, {
        date,
        channel: values.channel,
        talkedAbout: values.talkedAbout.trim(),
        theyShared: values.theyShared.trim(),
        promised: values.promised.trim(),
        thankYou: values.thankYou ? 'to-send' : 'not-needed',
        thankYouSentOn: null,
      });
      if ('error' in result) {
        setMessage({ kind: 'error', text: result.error });
        return;
      }
      setForm(blank());
      keepLogDraft(props.person.id, undefined);
      setMessage({
        kind: 'ok',
        text: `Logged. The next follow-up now counts from ${formatDate(date)}.`,
      });
      if (values.thankYou) props.onLogged(result.id);
    });
  };

  return (
    <form
      class="fu-log__form no-print"
      aria-label={`Log an interaction with ${props.person.name.trim() || 'this contact'}`}
      onSubmit={submit}
    >
      <InteractionFields
        id={id}
        values={form()}
        disabled={props.locked}
        onChange={(patch) =>
          // The note's default follows the day (see `thankYouDueByDefault`) until the reader sets it.
          set(
            patch.date && !form().thankYouSet
              ? { ...patch, thankYou: thankYouDueByDefault(patch.date, props.today) }
              : patch,
          )
        }
      />
      <div class="fu-check">
        <input
          id={id('thanks')}
          type="checkbox"
          checked={form().thankYou}
          disabled={props.locked}
          onChange={(event) => set({ thankYou: event.currentTarget.checked, thankYouSet: true })}
        />
        <label for={id('thanks')}>A thank-you note is due (send it within 24 hours)</label>
      </div>
      <div class="actions">
        <button type="submit" class="button" disabled={props.locked}>
          Save interaction
        </button>
      </div>
      <FormMessage message={message()} />
    </form>
  );
}
