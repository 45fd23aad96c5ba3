import { Show } from 'solid-js';
import type { Indexed } from '../contact-query';
import { formatDate, type CalendarDate } from '../../../lib/dates';
import { latestOf } from '../../../documents/interactions/last-interaction';
import type { Give, Interaction } from '../../../documents/people/schema';
import { loadOnUse } from '../../../islands/ui/load-on-use';
import { channelLabels } from './channel-labels';
import { focusById } from '../../../islands/ui/focus';
import { toggleId } from './ids';
import StateBadge from './state-badge';

// A contact's details, logs and their forms show only once the reader opens it: their code is
// fetched then (or when the pointer or focus reaches a contact), not with the list.
const ContactDetails = loadOnUse(
  () => import('./contact-details'),
  (details) => `Opening ${details.person.name.trim() || 'this contact'}…`,
);

/** What a logged interaction says in one line: what was talked about, else shared, else promised. */
const noted = (interaction: Interaction) =>
  interaction.talkedAbout || interaction.theyShared || interaction.promised;

/** Starts fetching a contact's details when the reader is about to open one (pointer or focus on the button). */
export const preloadDetails = () => ContactDetails.preload();

/**
 * Moves focus to a field of a contact just opened (its name on add, its log form from "This
 * week"), once the details' code has arrived: at once when it has, as before.
 */
export function focusInDetails(fieldId: string): void {
  ContactDetails.whenReady(() => focusById(fieldId));
}

/**
 * One contact in the list: a summary line with its follow-up state, and, when opened, its
 * details, interaction log, thank-you notes and give log.
 */
export default function ContactRow(props: {
  contact: Indexed;
  today: CalendarDate;
  open: boolean;
  locked: boolean;
  interactions: Interaction[];
  gives: Give[];
  /** False until the interaction and give logs have loaded (contacts show before them). */
  logLoaded: boolean;
  /** The contact after this one in the list (or before, for the last), to focus after a delete. */
  neighbourId: string | undefined;
  onToggle: () => void;
}) {
  const person = () => props.contact.person;
  const name = () => person().name.trim() || 'Unnamed contact';

  return (
    <li class="ws-card fu-contact" data-open={props.open ? 'true' : undefined}>
      <div class="fu-contact__summary">
        <h5 class="fu-contact__name">
          <button
            type="button"
            id={toggleId(person().id)}
            class="fu-contact__toggle"
            aria-expanded={props.open}
            aria-controls={`fu-${person().id}-details`}
            onClick={() => props.onToggle()}
            onPointerEnter={preloadDetails}
            onFocus={preloadDetails}
          >
            <span aria-hidden="true">{props.open ? '▾ ' : '▸ '}</span>
            {name()}
          </button>
        </h5>
        <p class="fu-contact__meta">
          {[person().role, person().organization].filter((part) => part.trim()).join(', ') ||
            'No role or organization yet'}
          <Show when={props.contact.last}>{(last) => <> · last in touch {formatDate(last())}</>}</Show>
        </p>
        <StateBadge state={props.contact.state} due={props.contact.due} today={props.today} />
        <Show when={props.contact.due}>{(due) => <span class="fu-muted"> ({formatDate(due())})</span>}</Show>
        <Show when={!props.open && latestOf(props.interactions)}>
          {(latest) => (
            <p class="fu-contact__latest">
              Latest interaction ({channelLabels[latest().channel]})
              {noted(latest()) ? `: ${noted(latest())}` : ''}
            </p>
          )}
        </Show>
      </div>

      <Show when={props.open}>
        <div id={`fu-${person().id}-details`} class="fu-contact__details">
          <ContactDetails
            person={person()}
            today={props.today}
            locked={props.locked}
            interactions={props.interactions}
            gives={props.gives}
            logLoaded={props.logLoaded}
            neighbourId={props.neighbourId}
          />
        </div>
      </Show>
    </li>
  );
}
