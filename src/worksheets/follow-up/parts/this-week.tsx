import { createSignal, For, Show, type JSX } from 'solid-js';
import { snoozeUntil, type ContactStatus, type DueThankYou } from '../cadence';
import { formatDate, type CalendarDate } from '../../../lib/dates';
import type { Person } from '../../../documents/people/schema';
import { preloadDetails } from './contact-row';
import { preloadEdits } from './edits';
import StateBadge from './state-badge';

/** Contacts listed at first: a week's work, not a backlog of thousands after an import. */
const PAGE = 10;

/** A snooze from "This week" lasts a week: long enough to clear the list, short enough not to forget. */
const SNOOZE_DAYS = 7;

/**
 * The thank-you notes to send and who is overdue or due in the coming week, most overdue first,
 * each one click from writing, logging, snoozing or "not needed".
 */
export default function ThisWeek(props: {
  due: ContactStatus[];
  thanks: DueThankYou[];
  today: CalendarDate;
  locked: boolean;
  onLog: (personId: string) => void;
  onSnooze: (personId: string, until: CalendarDate) => void;
  onWrite: (note: DueThankYou) => void;
  onDismiss: (interactionId: string) => void;
}) {
  const [shown, setShown] = createSignal(PAGE);
  return (
    <section class="ws-section fu-week" aria-labelledby="fu-week-title">
      <h4 id="fu-week-title">This week</h4>
      <Show
        when={props.due.length + props.thanks.length > 0}
        fallback={
          <p class="ws-empty">
            Nobody is due this week. Contacts appear here a week before their next follow-up, and stay until
            you log an interaction or snooze them; thank-you notes appear when you log a conversation, and
            stay until you send them.
          </p>
        }
      >
        <Show when={props.thanks.length > 0}>
          <ul class="fu-week__list" aria-label="Thank-you notes to send">
            <For each={props.thanks}>
              {(note) => {
                const name = () => note.person.name.trim() || 'Unnamed contact';
                return (
                  <WeekItem
                    person={note.person}
                    locked={props.locked}
                    act={{
                      label: 'Write the note',
                      name: `Write the note to ${name()}`,
                      onClick: () => props.onWrite(note),
                    }}
                    aside={{
                      label: 'No note needed',
                      name: `No note needed for ${name()}`,
                      onClick: () => props.onDismiss(note.interaction.id),
                    }}
                  >
                    <span class={`fu-state fu-state--${note.late ? 'overdue' : 'due-soon'}`}>
                      <span aria-hidden="true">{note.late ? '⚠ ' : '✉ '}</span>
                      <strong>{note.late ? 'Thank-you note late' : 'Thank-you note'}</strong>
                      <span class="fu-state__due">
                        {' '}
                        · {note.late ? 'was due by' : 'send by'} {formatDate(note.sendBy)}
                      </span>
                    </span>
                  </WeekItem>
                );
              }}
            </For>
          </ul>
        </Show>
        <Show when={props.due.length > 0}>
          <ul class="fu-week__list" aria-label="Follow-ups due">
            <For each={props.due.slice(0, shown())}>
              {(contact) => {
                const name = () => contact.person.name.trim() || 'Unnamed contact';
                return (
                  <WeekItem
                    person={contact.person}
                    locked={props.locked}
                    act={{
                      label: 'Log interaction',
                      name: `Log interaction with ${name()}`,
                      onClick: () => props.onLog(contact.person.id),
                    }}
                    aside={{
                      label: 'Snooze a week',
                      name: `Snooze ${name()} for a week`,
                      title: `Not due before ${formatDate(snoozeUntil(props.today, SNOOZE_DAYS))}`,
                      onClick: () => props.onSnooze(contact.person.id, snoozeUntil(props.today, SNOOZE_DAYS)),
                    }}
                  >
                    <StateBadge state={contact.state} due={contact.due} today={props.today} />
                  </WeekItem>
                );
              }}
            </For>
          </ul>
        </Show>
        <Show when={props.due.length > shown()}>
          <p class="fu-count">
            Showing {shown()} of {props.due.length}, most overdue first.{' '}
            <button
              type="button"
              class="button button--quiet no-print"
              onClick={() => setShown(shown() + PAGE)}
            >
              Show {Math.min(PAGE, props.due.length - shown())} more
            </button>
          </p>
        </Show>
      </Show>
    </section>
  );
}

/** An action of a "This week" line: its words, and its name for a screen reader. */
interface WeekAction {
  label: string;
  name: string;
  title?: string;
  onClick: () => void;
}

/**
 * One line of "This week": who, where they stand (the children), the action that deals with it
 * (its code fetched as the reader heads for it) and a quieter one that sets it aside.
 */
function WeekItem(props: {
  person: Person;
  locked: boolean;
  act: WeekAction;
  aside: WeekAction;
  children: JSX.Element;
}) {
  return (
    <li class="fu-week__item">
      <div class="fu-week__who">
        <strong>{props.person.name.trim() || 'Unnamed contact'}</strong>
        <Show when={props.person.organization}>
          <span class="fu-muted">, {props.person.organization}</span>
        </Show>
        <br />
        {props.children}
      </div>
      <div class="fu-week__actions no-print">
        <button
          type="button"
          class="button"
          disabled={props.locked}
          aria-label={props.act.name}
          onClick={() => props.act.onClick()}
          onPointerEnter={preloadDetails}
          onFocus={preloadDetails}
        >
          {props.act.label}
        </button>
        <button
          type="button"
          class="button button--quiet"
          disabled={props.locked}
          aria-label={props.aside.name}
          title={props.aside.title}
          onClick={() => props.aside.onClick()}
          onPointerEnter={preloadEdits}
          onFocus={preloadEdits}
        >
          {props.aside.label}
        </button>
      </div>
    </li>
  );
}
