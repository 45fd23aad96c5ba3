import { createMemo, createSignal, For, Show, type Component, type JSX } from 'solid-js';
import { formatDate, today } from '../../lib/dates';
import { describeDaysAway, upcomingDeadlines } from './deadlines';
import { checkWebAddress, safeHref } from './web-address';
import {
  eventStatuses,
  frequencies,
  memberships,
  type DevelopmentList,
  type DevEvent,
  type Organization,
  type Skill,
  type Source,
} from './schema';
import {
  $development,
  development,
  planEditors,
  recordNouns,
  setEventLink,
  setSkillProgress,
  type PatchOf,
  type RecordOf,
} from './store';
import { $goalOptions } from '../goals/options';
import { $people, people } from '../../documents/people/document';
import type { PersistedDocument } from '../../persistence/document-store';
import { createAtomSignal } from '../../islands/ui/atom-signal';
import { DateField, NumberField, SelectField, TextField, TimeField } from '../../islands/ui/fields';
import RecordActions from '../../islands/ui/record-actions';
import ListSection, { type ListText } from '../../islands/ui/list-section';
import UndoBar from '../../islands/ui/undo-bar';
import CheckboxList from '../../islands/ui/checkbox-list';
import WorksheetGate from '../../islands/ui/worksheet-gate';
import { focusById, focusNeighbour } from '../../islands/ui/focus';
import { downloadText } from '../../islands/ui/download';
import FormMessage, { type Message } from '../../islands/ui/form-message';

const CALENDAR_FILE = 'networking-development-plan.ics';

const statusLabels: Record<DevEvent['status'], string> = {
  considering: 'Considering',
  registered: 'Registered',
  attended: 'Attended',
  skipped: 'Skipped',
};
const membershipLabels: Record<Organization['membership'], string> = {
  'not-member': 'Not a member yet',
  applying: 'Applying',
  member: 'Member',
  lapsed: 'Lapsed',
};
const frequencyLabels: Record<Source['frequency'], string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
};
const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** A record as buttons and messages name it: `event “Summit”`, or `unnamed event`. */
const recordName = (list: DevelopmentList, name: string) =>
  name.trim() ? `${recordNouns[list]} “${name.trim()}”` : `unnamed ${recordNouns[list]}`;

/** Ids of a record's first field and of a list's Add button, for moving focus. */
const firstFieldId = (list: DevelopmentList, id: string) => `dev-${recordNouns[list]}-${id}-name`;
const addButtonId = (list: DevelopmentList) => `dev-${list}-add`;

/** Progress in words, so it does not depend on seeing the bar. */
const progressWords = (progress: number) =>
  progress === 0 ? 'Not started' : progress === 100 ? 'Done (100 percent)' : `${progress} percent done`;

/** The professional development planner of lesson 5: events, organizations, sources, skills. */
export default function DevelopmentPlanner() {
  return (
    <WorksheetGate documents={[development, people] as PersistedDocument<unknown>[]}>
      <Planner />
    </WorksheetGate>
  );
}

/** The planner's four lists, in the order the lesson teaches them. */
const sections: PlannerSection[] = [
  section(
    'events',
    {
      title: 'Events and conferences',
      intro:
        'One recurring local event and one or two larger conferences a year is plenty. Record the dates, place, total cost and registration deadline.',
      empty:
        'No events yet. Add one you are considering: a monthly meetup or chapter meeting, or a conference, with its dates and its registration deadline (early-bird prices often end two to three months before).',
      add: 'Add an event',
    },
    EventCard,
  ),
  section(
    'organizations',
    {
      title: 'Professional organizations',
      intro:
        'One organization where you take part is worth more than three where you only pay dues. Note when it renews and one concrete way to get involved within 90 days.',
      empty:
        'No organizations yet. Add one you belong to or could join, and a role that takes two to four hours a month: a committee, helping at check-in, writing an event recap.',
      add: 'Add an organization',
    },
    OrganizationCard,
  ),
  section(
    'sources',
    {
      title: 'News and trend sources',
      intro:
        'Three to five sources, about 30 minutes a week in all: your industry, the field you want to work in, a company or practitioner blog, perhaps a podcast.',
      empty:
        'No sources yet. Add a newsletter, blog or podcast, its web address, and how often you will read it.',
      add: 'Add a source',
    },
    SourceCard,
  ),
  section(
    'skills',
    {
      title: 'Skills to learn',
      intro:
        'Two or three skills that appear in more than half the job postings for your target role. Work on one at a time.',
      empty:
        'No skills yet. Add the skill you will learn first, one main resource (a course, a book or a project), and a target date 6 to 12 weeks out.',
      add: 'Add a skill',
    },
    SkillCard,
  ),
];

/** What a card of one list gets: its record, whether the plan is locked. */
interface CardProps<T> {
  record: T;
  locked: boolean;
}

/** One list of the planner: its words and the card that edits one of its records. */
interface PlannerSection {
  list: DevelopmentList;
  text: ListText;
  Card: Component<CardProps<never>>;
}

/** A row of the table, typed so that each list's card edits that list's records. */
function section<L extends DevelopmentList>(
  list: L,
  text: ListText,
  Card: Component<CardProps<RecordOf<L>>>,
): PlannerSection {
  return { list, text, Card: Card };
}

function Planner() {
  const doc = createAtomSignal($development);
  const status = createAtomSignal(development.$status);
  const locked = () => status().readOnly;
  const records = (list: DevelopmentList) => doc()[list] as readonly RecordOf<DevelopmentList>[];

  return (
    <div class="ws dev">
      <p class="ws-section__intro">
        Everything you write here stays in this browser. Each item with a date also appears under “Upcoming
        deadlines”, which you can download to your calendar.
      </p>

      <For each={sections}>
        {({ list, text, Card }) => (
          <ListSection
            text={text}
            class="ws-section"
            headingId={`dev-${list}-title`}
            level={4}
            ordered={false}
            each={records(list)}
            addId={addButtonId(list)}
            addClass="button button--quiet"
            plus
            disabled={locked()}
            onAdd={() => focusById(firstFieldId(list, planEditors[list].add()))}
          >
            {(record, index) => (
              <li class="ws-card">
                <div class="ws-card__head">
                  <h5 class="dev-card__title">{record().name.trim() || `Unnamed ${recordNouns[list]}`}</h5>
                  <RecordActions
                    name={recordName(list, record().name)}
                    first={index() === 0}
                    last={index() === records(list).length - 1}
                    disabled={locked()}
                    onMove={(delta) => planEditors[list].move(record().id, delta)}
                    onDelete={() => {
                      focusNeighbour(
                        records(list),
                        record().id,
                        (id) => firstFieldId(list, id),
                        addButtonId(list),
                      );
                      planEditors[list].remove(record().id);
                    }}
                  />
                </div>
                <Card record={record() as never} locked={locked()} />
              </li>
            )}
          </ListSection>
        )}
      </For>

      <Deadlines />
      <UndoBar />
    </div>
  );
}

function EventCard(props: CardProps<DevEvent>) {
  const id = (field: string) => `dev-event-${props.record.id}-${field}`;
  const [dateError, setDateError] = createSignal<string>();
  const [timeError, setTimeError] = createSignal<string>();
  const peopleDoc = createAtomSignal($people);
  const persons = () => peopleDoc().people.filter((person) => person.kind === 'person');
  const goalOptions = createAtomSignal($goalOptions);
  const setDate = (patch: Partial<Pick<DevEvent, 'start' | 'end' | 'registrationDeadline'>>) =>
    setDateError(planEditors.events.update(props.record.id, patch));
  return (
    <>
      <div class="ws-grid">
        <TextField
          id={id('name')}
          label="Event name"
          hint="e.g. Midwest Digital Health Summit"
          value={props.record.name}
          disabled={props.locked}
          onInput={(name) => planEditors.events.update(props.record.id, { name })}
        />
        <SelectField
          id={id('status')}
          label="Status"
          value={props.record.status}
          options={options(eventStatuses, statusLabels)}
          disabled={props.locked}
          onChange={(status) => planEditors.events.update(props.record.id, { status })}
        />
      </div>
      <div class="ws-grid">
        <DateField
          id={id('start')}
          label="Start date"
          value={props.record.start}
          disabled={props.locked}
          onChange={(start) => setDate({ start })}
        />
        <TimeField
          id={id('start-time')}
          label="Starts at"
          hint="Optional. Leave empty for an all-day event."
          value={props.record.startTime}
          error={timeError()}
          disabled={props.locked}
          onChange={(startTime) => setTimeError(planEditors.events.update(props.record.id, { startTime }))}
        />
        <DateField
          id={id('end')}
          label="End date"
          hint="Leave empty for a one-day event."
          value={props.record.end}
          error={dateError()}
          disabled={props.locked}
          onChange={(end) => setDate({ end })}
        />
        <DateField
          id={id('deadline')}
          label="Registration deadline"
          hint="Or the end of the early-bird price."
          value={props.record.registrationDeadline}
          disabled={props.locked}
          onChange={(registrationDeadline) => setDate({ registrationDeadline })}
        />
      </div>
      <div class="ws-grid">
        <TextField
          id={id('place')}
          label="Place"
          hint="A city or venue, or “Online”."
          value={props.record.place}
          disabled={props.locked}
          onInput={(place) => planEditors.events.update(props.record.id, { place })}
        />
        <TextField
          id={id('cost')}
          label="Total cost"
          hint="With travel, e.g. “$450 + hotel” or “free”."
          value={props.record.cost}
          disabled={props.locked}
          onInput={(cost) => planEditors.events.update(props.record.id, { cost })}
        />
        <div class="field dev-check">
          <label>
            <input
              type="checkbox"
              id={id('online')}
              checked={props.record.online}
              disabled={props.locked}
              onChange={(change) =>
                planEditors.events.update(props.record.id, { online: change.currentTarget.checked })
              }
            />{' '}
            I will attend online
          </label>
        </div>
      </div>
      <EventLinks
        legend="People to meet there"
        class="dev-people"
        items={persons().map((person) => ({ id: person.id, label: person.name.trim() || 'Unnamed person' }))}
        linked={props.record.personIds}
        locked={props.locked}
        onToggle={(personId, checked) => setEventLink(props.record.id, 'personIds', personId, checked)}
        empty={
          <>
            No people in your relationship map yet.{' '}
            <a href="/lessons/relationship-building/#your-worksheet">Add them in lesson 2</a>, then tick whom
            you want to meet here.
          </>
        }
      />
      <EventLinks
        legend="Goals this event serves"
        intro="If you can’t tick one, consider skipping the event."
        items={goalOptions().map((goal) => ({ id: goal.id, label: goal.text }))}
        linked={props.record.goalIds}
        locked={props.locked}
        onToggle={(goalId, checked) => setEventLink(props.record.id, 'goalIds', goalId, checked)}
        empty={
          <>
            <a href="/lessons/establishing-clear-goals/#your-worksheet">
              Link goals once you have set them in lesson 1
            </a>
            . If you can’t name one, consider skipping the event.
          </>
        }
      />
    </>
  );
}

/** A checkbox list linking an event to people or goals, or what to do first when there are none. */
function EventLinks(props: {
  legend: string;
  intro?: string;
  class?: string;
  items: readonly { id: string; label: string }[];
  linked: readonly string[];
  locked: boolean;
  onToggle: (id: string, checked: boolean) => void;
  empty: JSX.Element;
}) {
  return (
    <fieldset class="dev-fieldset">
      <legend>{props.legend}</legend>
      <Show when={props.items.length > 0} fallback={<p class="ws-section__intro">{props.empty}</p>}>
        <Show when={props.intro}>
          <p class="ws-section__intro">{props.intro}</p>
        </Show>
        <CheckboxList
          class={props.class}
          items={props.items}
          isChecked={(id) => props.linked.includes(id)}
          disabled={props.locked}
          onToggle={(id, checked) => props.onToggle(id, checked)}
        />
      </Show>
    </fieldset>
  );
}

function OrganizationCard(props: CardProps<Organization>) {
  const id = (field: string) => `dev-organization-${props.record.id}-${field}`;
  const update = (patch: PatchOf<'organizations'>) =>
    planEditors.organizations.update(props.record.id, patch);
  return (
    <>
      <div class="ws-grid">
        <TextField
          id={id('name')}
          label="Organization"
          hint="e.g. Product Analytics Guild"
          value={props.record.name}
          disabled={props.locked}
          onInput={(name) => update({ name })}
        />
        <SelectField
          id={id('membership')}
          label="Membership"
          value={props.record.membership}
          options={options(memberships, membershipLabels)}
          disabled={props.locked}
          onChange={(membership) => update({ membership })}
        />
        <DateField
          id={id('renewal')}
          label="Renewal date"
          hint="Renew only if you used it."
          value={props.record.renewal}
          disabled={props.locked}
          onChange={(renewal) => update({ renewal })}
        />
      </div>
      <TextField
        id={id('involvement')}
        label="How you will get involved (next 90 days)"
        hint="A specific role or task, e.g. “write the recap of the May meeting”."
        multiline
        rows={2}
        value={props.record.involvement}
        disabled={props.locked}
        onInput={(involvement) => update({ involvement })}
      />
    </>
  );
}

function SourceCard(props: CardProps<Source>) {
  const id = (field: string) => `dev-source-${props.record.id}-${field}`;
  const [urlError, setUrlError] = createSignal<string>();
  // The field keeps what the reader typed even when it is refused; the store keeps the last valid one.
  const typeUrl = (typed: string, leaving = false) => {
    const error = planEditors.sources.update(props.record.id, { url: typed });
    const check = checkWebAddress(typed);
    setUrlError(error && (leaving || check.ok || !check.incomplete) ? `Not saved: ${error}` : undefined);
  };
  const href = () => safeHref(props.record.url);
  return (
    <>
      <div class="ws-grid">
        <TextField
          id={id('name')}
          label="Source"
          hint="A newsletter, blog, podcast or forum."
          value={props.record.name}
          disabled={props.locked}
          onInput={(name) => planEditors.sources.update(props.record.id, { name })}
        />
        <SelectField
          id={id('frequency')}
          label="How often you read it"
          value={props.record.frequency}
          options={options(frequencies, frequencyLabels)}
          disabled={props.locked}
          onChange={(frequency) => planEditors.sources.update(props.record.id, { frequency })}
        />
      </div>
      <div
        onFocusOut={(event) => {
          const input = event.target as HTMLInputElement;
          if (input.id === id('url')) typeUrl(input.value, true);
        }}
      >
        <TextField
          id={id('url')}
          type="url"
          label="Web address"
          hint="Starts with https://"
          placeholder="https://"
          maxLength={2000}
          value={props.record.url}
          error={urlError()}
          disabled={props.locked}
          onInput={(typed) => typeUrl(typed)}
        />
      </div>
      <Show when={href()}>
        {(link) => (
          <p class="dev-note">
            <a href={link()} target="_blank" rel="noopener noreferrer">
              Open {props.record.name.trim() || 'this source'}
              <span class="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        )}
      </Show>
    </>
  );
}

function SkillCard(props: CardProps<Skill>) {
  const id = (field: string) => `dev-skill-${props.record.id}-${field}`;
  const [progressError, setProgressError] = createSignal<string>();
  const name = () => props.record.name.trim() || 'this skill';
  return (
    <>
      <div class="ws-grid">
        <TextField
          id={id('name')}
          label="Skill"
          hint="e.g. Experiment design"
          value={props.record.name}
          disabled={props.locked}
          onInput={(skillName) => planEditors.skills.update(props.record.id, { name: skillName })}
        />
        <TextField
          id={id('resource')}
          label="Main resource"
          hint="A course, a book or a project."
          value={props.record.resource}
          disabled={props.locked}
          onInput={(resource) => planEditors.skills.update(props.record.id, { resource })}
        />
        <DateField
          id={id('target')}
          label="Target date"
          hint="When you will have something to show."
          value={props.record.target}
          disabled={props.locked}
          onChange={(target) => planEditors.skills.update(props.record.id, { target })}
        />
      </div>
      <div class="dev-progress">
        <NumberField
          id={id('progress')}
          label="Progress (percent)"
          hint="0 to 100, judged by what you can show."
          min={0}
          max={100}
          value={props.record.progress}
          error={progressError()}
          disabled={props.locked}
          onChange={(progress) => setProgressError(setSkillProgress(props.record.id, progress))}
        />
        <div class="dev-progress__bar">
          <progress max="100" value={props.record.progress} aria-label={`Progress on ${name()}`}>
            {props.record.progress}%
          </progress>
          <p class="dev-progress__words">{progressWords(props.record.progress)}</p>
        </div>
      </div>
    </>
  );
}

/** A small clock, drawn rather than an emoji so it shows in every font; the word “Soon” carries the meaning. */
function ClockIcon() {
  return (
    <svg class="dev-soon__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" />
      <path
        d="M8 4.5V8l2.5 1.5"
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linecap="round"
      />
    </svg>
  );
}

function Deadlines() {
  const doc = createAtomSignal($development);
  // Read once the island is live (the gate ensures it), so it is the reader's own day.
  const day = today();
  const items = createMemo(() => upcomingDeadlines(doc(), day));
  const [message, setMessage] = createSignal<Message>();
  const [busy, setBusy] = createSignal(false);

  const download = async () => {
    setMessage(undefined);
    const list = items();
    if (list.length === 0) {
      setMessage({
        kind: 'error',
        text: 'There are no upcoming dates to put in a calendar yet. Add a date to an event, a renewal date or a skill’s target date first.',
      });
      return;
    }
    setBusy(true);
    try {
      // Loaded on demand: the calendar library is only needed by readers who download the file.
      const { makeCalendar } = await import('./calendar');
      const result = makeCalendar(list, { now: new Date() });
      if (!result.ok) {
        setMessage({ kind: 'error', text: result.error });
        return;
      }
      downloadText(CALENDAR_FILE, result.text, 'text/calendar;charset=utf-8');
      setMessage({
        kind: 'ok',
        text: `Downloaded ${CALENDAR_FILE} with ${list.length} ${list.length === 1 ? 'date' : 'dates'}. Open it to add them to your calendar; importing a newer download updates them instead of adding copies.`,
      });
    } catch (error) {
      setMessage({ kind: 'error', text: `The calendar file could not be made: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="ws-section dev-deadlines" aria-labelledby="dev-deadlines-title">
      <h4 id="dev-deadlines-title">Upcoming deadlines</h4>
      <Show
        when={items().length > 0}
        fallback={
          <p class="ws-empty">
            No upcoming dates yet. Give an event its dates and registration deadline, an organization its
            renewal date, or a skill its target date, and they are listed here in date order.
          </p>
        }
      >
        <ol class="dev-deadline-list">
          <For each={items()}>
            {(item) => (
              <li class="dev-deadline" data-soon={item.soon ? 'true' : undefined}>
                <span class="dev-deadline__date">
                  <time datetime={item.time ? `${item.date}T${item.time}` : item.date}>
                    {formatDate(item.date, item.time)}
                  </time>
                  <Show when={item.end}>
                    {(end) => (
                      <>
                        {' to '}
                        <time datetime={end()}>{formatDate(end())}</time>
                      </>
                    )}
                  </Show>
                </span>
                <span class="dev-deadline__title">{item.title}</span>
                <Show when={item.soon}>
                  <span class="dev-soon">
                    <ClockIcon /> Soon: {describeDaysAway(item)}
                  </span>
                </Show>
                <Show when={item.detail}>
                  <span class="dev-deadline__detail">{item.detail}</span>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <div class="no-print">
        <button type="button" class="button" disabled={busy()} onClick={() => void download()}>
          Download calendar (.ics)
        </button>
      </div>
      <FormMessage message={message()} class="no-print" />
    </section>
  );
}
