import { createEffect, createMemo, createSignal, For, on, onMount, Show } from 'solid-js';
import {
  dueThisWeekRule,
  groupByPerson,
  thankYousDue,
  type ContactStatus,
  type DueThankYou,
} from './cadence';
import {
  contactRule,
  emptyQuery,
  filterOptions,
  indexContacts,
  type ContactQuery,
  type Indexed,
} from './contact-query';
import { makeContactFigures, makeInteractionIndex } from './contact-statuses';
import { makeSortedView } from './sorted-view';
import { today, type CalendarDate } from '../../lib/dates';
import { giveBalance } from './give-balance';
import { $interactions, interactions } from '../../documents/interactions/document';
// Keeps each contact's last day true to the log while the tracker is open, edits loaded or not.
import '../../documents/interactions/last-interaction-sync';
import { $people, people } from '../../documents/people/document';
import type { PersistedDocument } from '../../persistence/document-store';
import ContactFilters from './parts/contact-filters';
import ContactRow, { focusInDetails, preloadDetails } from './parts/contact-row';
import ImportExport from './parts/import-export';
import { loadEdits, type Edits } from './parts/edits';
import ThisWeek from './parts/this-week';
import { logFieldId, nameFieldId, thanksButtonId } from './parts/ids';
import { createAtomSignal } from '../../islands/ui/atom-signal';
import FormMessage from '../../islands/ui/form-message';
import { loadForAction } from '../../islands/ui/load-for-action';
import UndoBar from '../../islands/ui/undo-bar';
import WorksheetGate from '../../islands/ui/worksheet-gate';

/** Contacts shown at first and added by each "Show more": a page, never thousands of rows at once. */
const PAGE = 20;

/** The follow-up tracker of lesson 4: this week's follow-ups, contacts, their logs, import and export. */
export default function FollowUpTracker() {
  // Watching both starts reading them now, the contacts first; the gate waits for the contacts
  // only, so the logs, ten times larger, never delay the first render.
  createAtomSignal(people.$status);
  createAtomSignal(interactions.$status);
  return (
    <WorksheetGate documents={[people as PersistedDocument<unknown>]}>
      <Tracker />
    </WorksheetGate>
  );
}

function Tracker() {
  const doc = createAtomSignal($people);
  const status = createAtomSignal(people.$status);
  const log = createAtomSignal($interactions);
  const logStatus = createAtomSignal(interactions.$status);
  const logLoaded = createMemo(() => logStatus().phase !== 'loading');
  const locked = () => status().readOnly;
  // Read once the island is live (the gate ensures it), so it is the reader's own day.
  const day = today();

  // Worked out once per change of the contacts, and then only for the contacts that changed; a
  // keystroke in search only filters these. Each contact carries its last interaction's day, so
  // the log is not needed to say who is due.
  const contactFigures = makeContactFigures();
  const statuses = createMemo(() => contactFigures(doc().people, day));
  const indexed = createMemo(() => indexContacts(statuses()));
  const interactionIndex = makeInteractionIndex();
  const interactionsByPerson = createMemo(() => interactionIndex(log().interactions).byPerson);
  const givesByPerson = createMemo(() => groupByPerson(log().gives));
  // The menus depend on the contacts only, not their interactions: logging one keeps them.
  const contacts = createMemo(() => doc().people);
  const options = createMemo(on(contacts, () => filterOptions(statuses())));
  // Sorted views patch their last answer when an edit changed a few contacts.
  const dueView = makeSortedView<ContactStatus>();
  const due = createMemo(() => dueView(statuses(), dueThisWeekRule));
  const thanks = createMemo(() => thankYousDue(doc().people, log().interactions, day));
  const balance = createMemo(() => giveBalance(log().gives, day));

  const [query, setQuery] = createSignal<ContactQuery>(emptyQuery);
  const [shown, setShown] = createSignal(PAGE);
  const [openId, setOpenId] = createSignal<string>();
  const byId = createMemo(() => new Map(indexed().map((contact) => [contact.person.id, contact])));
  const matchView = makeSortedView<Indexed>();
  const matches = createMemo(() => matchView(indexed(), contactRule(query())));
  // The list keeps its order while the reader edits (a changed cadence or name would otherwise move
  // the row, and the field being typed in, away); it re-sorts when the query or the set of contacts
  // changes.
  const order = createMemo<{ query: ContactQuery; ids: string[] }>((previous) => {
    const ids = matches().map((contact) => contact.person.id);
    if (previous && previous.query === query() && previous.ids.length === ids.length) {
      const current = new Set(ids);
      if (previous.ids.every((id) => current.has(id))) return previous;
    }
    return { query: query(), ids };
  });
  // The open contact stays on screen even when it is outside the page or the filter (opened from
  // "This week"), shown first, so opening it never means rendering thousands of rows before it.
  const visible = createMemo(() => {
    const page = order().ids.slice(0, shown());
    const open = openId();
    return open && byId().has(open) && !page.includes(open) ? [open, ...page] : page;
  });
  const pageSize = () => Math.min(shown(), order().ids.length);

  // User Timing: from the first read of storage to the list on screen, for the benchmark and devtools.
  onMount(() => {
    try {
      performance.mark('follow-up:shown');
      performance.measure('follow-up:show', 'people:load-start', 'follow-up:shown');
    } catch {
      // The load mark is missing when another island loaded the document first; nothing to report.
    }
  });
  // The same, up to the logs being usable (read, checked in shape, indexed).
  createEffect(
    on(logLoaded, (loaded) => {
      if (!loaded) return;
      void interactionsByPerson();
      try {
        performance.mark('follow-up:log-ready');
        performance.measure('follow-up:log', 'people:load-start', 'follow-up:log-ready');
      } catch {
        // As above: no load mark, nothing to report.
      }
    }),
  );

  const changeQuery = (next: ContactQuery) => {
    setQuery(next);
    setShown(PAGE);
  };

  // An edit fetches the store's edits first (at once after the first); if they cannot be
  // fetched, the reader is told, and nothing changes.
  const [editFailure, setEditFailure] = createSignal<string>();
  const edit = (work: (edits: Edits) => void) => {
    setEditFailure(undefined);
    void loadForAction(loadEdits).then((loaded) =>
      loaded.ok ? work(loaded.module) : setEditFailure(`That change could not be made: ${loaded.error}`),
    );
  };

  const add = () =>
    edit(({ contactEditor }) => {
      // A new contact is shown whatever the filters were, opened, with its name field focused.
      changeQuery(emptyQuery);
      const id = contactEditor.add();
      setOpenId(id);
      focusInDetails(nameFieldId(id));
    });

  const snooze = (id: string, until: CalendarDate) =>
    edit(({ snoozeContact }) => setEditFailure(snoozeContact(id, until)));

  const dismissThanks = (id: string) => edit(({ dismissThankYou }) => setEditFailure(dismissThankYou(id)));

  /** Opens a contact (from "This week") at the thank-you note to write. */
  const openToThank = (note: DueThankYou) => {
    setOpenId(note.person.id);
    focusInDetails(thanksButtonId(note.interaction.id));
  };

  /** Opens a contact (from "This week") and puts the reader in its log form. */
  const openToLog = (id: string) => {
    setOpenId(id);
    focusInDetails(logFieldId(id));
  };

  return (
    <div class="ws fu">
      <p class="ws-section__intro">
        Everything you add here stays in this browser. People from your relationship map (lesson 2) are
        already here; give each one a cadence and the tracker tells you who is due.
      </p>

      <ThisWeek
        due={due()}
        thanks={thanks()}
        today={day}
        locked={locked()}
        onLog={openToLog}
        onSnooze={snooze}
        onWrite={openToThank}
        onDismiss={dismissThanks}
      />

      <section class="ws-section" aria-labelledby="fu-contacts-title">
        <h4 id="fu-contacts-title">Contacts</h4>
        <p class="fu-balance">
          <span aria-hidden="true">{balance().standing === 'behind' ? '⚠ ' : '⇄ '}</span>
          Give log: {logLoaded() ? balance().summary : 'loading…'}
        </p>
        <ContactFilters query={query()} options={options()} onChange={changeQuery} />
        <p class="fu-count" role="status">
          {matches().length === statuses().length
            ? `${statuses().length} ${statuses().length === 1 ? 'contact' : 'contacts'}`
            : `${matches().length} of ${statuses().length} contacts match`}
          {order().ids.length > pageSize() ? `, showing the first ${pageSize()}` : ''}.
        </p>
        <Show
          when={statuses().length > 0}
          fallback={
            <p class="ws-empty">
              No contacts yet. Add the last five people you had a real conversation with: their name, where
              you met, and a cadence.
            </p>
          }
        >
          <ul class="ws-list fu-list">
            <For each={visible()}>
              {(id, index) => (
                <Show when={byId().get(id)}>
                  {(contact) => (
                    <ContactRow
                      contact={contact()}
                      today={day}
                      open={openId() === id}
                      locked={locked()}
                      interactions={interactionsByPerson().get(id) ?? []}
                      gives={givesByPerson().get(id) ?? []}
                      logLoaded={logLoaded()}
                      neighbourId={visible()[index() + 1] ?? visible()[index() - 1]}
                      onToggle={() => setOpenId(openId() === id ? undefined : id)}
                    />
                  )}
                </Show>
              )}
            </For>
          </ul>
        </Show>
        <div class="actions no-print">
          <Show when={order().ids.length > pageSize()}>
            <button type="button" class="button button--quiet" onClick={() => setShown(shown() + PAGE)}>
              Show {Math.min(PAGE, order().ids.length - pageSize())} more
            </button>
          </Show>
          <button
            type="button"
            id="fu-add"
            class="button"
            disabled={locked()}
            onClick={add}
            onPointerEnter={preloadDetails}
            onFocus={preloadDetails}
          >
            <span aria-hidden="true">+</span> Add a contact
          </button>
        </div>
        <FormMessage message={editFailure() ? { kind: 'error', text: editFailure()! } : undefined} />
      </section>

      <ImportExport statuses={statuses()} thankYous={thanks()} today={day} locked={locked()} />
      <UndoBar />
    </div>
  );
}
