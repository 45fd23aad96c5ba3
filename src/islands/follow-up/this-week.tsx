import { createSignal, For, Show } from 'solid-js';
import { snoozeUntil, type ContactStatus } from '../../lib/cadence';
import { formatDate, type CalendarDate } from '../../lib/dates';
import { preloadDetails } from './contact-row';
import { preloadEdits } from './edits';
import StateBadge from './state-badge';

/** Contacts listed at first: a week's work, not a backlog of thousands after an import. */
const PAGE = 10;

/** A snooze from "This week" lasts a week: long enough to clear the list, short enough not to forget. */
const SNOOZE_DAYS = 7;

/** Who is overdue or due in the coming week, most overdue first, each one click from logging or snoozing. */
export default function ThisWeek(props: {
  due: ContactStatus[];
  today: CalendarDate;
  locked: boolean;
  onLog: (personId: string) => void;
  onSnooze: (personId: string, until: CalendarDate) => void;
}) {
  const [shown, setShown] = createSignal(PAGE);
  return (
    <section class="ws-section fu-week" aria-labelledby="fu-week-title">
      <h4 id="fu-week-title">This week</h4>
      <Show
        when={props.due.length > 0}
        fallback={
          <p class="ws-empty">
            Nobody is due this week. Contacts appear here a week before their next follow-up, and stay until
            you log an interaction or snooze them.
          </p>
        }
      >
        <ul class="fu-week__list">
          <For each={props.due.slice(0, shown())}>
            {(contact) => {
              const name = () => contact.person.name.trim() || 'Unnamed contact';
              return (
                <li class="fu-week__item">
                  <div class="fu-week__who">
                    <strong>{name()}</strong>
                    <Show when={contact.person.organization}>
                      <span class="fu-muted">, {contact.person.organization}</span>
                    </Show>
                    <br />
                    <StateBadge state={contact.state} due={contact.due} today={props.today} />
                  </div>
                  <div class="fu-week__actions no-print">
                    <button
                      type="button"
                      class="button"
                      disabled={props.locked}
                      aria-label={`Log interaction with ${name()}`}
                      onClick={() => props.onLog(contact.person.id)}
                      onPointerEnter={preloadDetails}
                      onFocus={preloadDetails}
                    >
                      Log interaction
                    </button>
                    <button
                      type="button"
                      class="button button--quiet"
                      disabled={props.locked}
                      aria-label={`Snooze ${name()} for a week`}
                      title={`Not due before ${formatDate(snoozeUntil(props.today, SNOOZE_DAYS))}`}
                      onClick={() => props.onSnooze(contact.person.id, snoozeUntil(props.today, SNOOZE_DAYS))}
                      onPointerEnter={preloadEdits}
                      onFocus={preloadEdits}
                    >
                      Snooze a week
                    </button>
                  </div>
                </li>
              );
            }}
          </For>
        </ul>
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
