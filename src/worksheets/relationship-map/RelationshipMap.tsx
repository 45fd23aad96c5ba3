import { createMemo, For, Show } from 'solid-js';
import {
  commonGroundPrompts,
  groupPeople,
  nextMove,
  personLabel,
  statusLabels,
  statusSummary,
  tierLabels,
  type GroupBy,
} from './relationships';
import { statuses, tiers, type Person } from '../../documents/people/schema';
import { formatDate } from '../../lib/dates';
import { stepsForPerson } from '../goals/links';
import { $goalOptions } from '../goals/options';
import { $goals } from '../goals/document';
import { $people, linkPersonToGoal, people, personEditor } from '../../documents/people/store';
import type { PersistedDocument } from '../../persistence/document-store';
import { chooseMapGroupBy, settings } from '../../stores/settings';
import { createAtomSignal } from '../../islands/ui/atom-signal';
import { SelectField, TextField } from '../../islands/ui/fields';
import RecordActions from '../../islands/ui/record-actions';
import UndoBar from '../../islands/ui/undo-bar';
import CheckboxList from '../../islands/ui/checkbox-list';
import RecordList from '../../islands/ui/record-list';
import WorksheetGate from '../../islands/ui/worksheet-gate';
import { focusById } from '../../islands/ui/focus';

const kindOptions = [
  { value: 'person', label: 'Person' },
  { value: 'organization', label: 'Organization' },
] as const;
const tierOptions = tiers.map((tier) => ({ value: tier, label: tierLabels[tier] }));
const statusOptions = statuses.map((status) => ({ value: status, label: statusLabels[status] }));
const groupByOptions: { value: GroupBy; label: string }[] = [
  { value: 'status', label: 'Status' },
  { value: 'tier', label: 'Priority tier' },
  { value: 'goal', label: 'Goal' },
];
/** Shapes that say the status without colour: empty, half and full circles. */
const statusIcons: Record<Person['status'], string> = { 'to-reach': '○', contacted: '◐', connected: '●' };
const GOALS_HREF = '/lessons/establishing-clear-goals/#your-worksheet';

/** The text-and-icon marks for an entry's tier and status. */
function Badges(props: { person: Person }) {
  return (
    <p class="map-badges">
      <span class="map-badge" data-tier={props.person.tier}>
        Tier {props.person.tier}
      </span>
      <span class="map-badge" data-status={props.person.status}>
        <span aria-hidden="true">{statusIcons[props.person.status]}</span>
        {statusLabels[props.person.status]}
      </span>
    </p>
  );
}

/** One person or organisation on the map, every field editable. */
function PersonCard(props: { person: Person; index: number; count: number; disabled: boolean }) {
  const goals = createAtomSignal($goalOptions);
  const id = () => `map-${props.person.id}`;
  const isOrg = () => props.person.kind === 'organization';
  const edit = (patch: Partial<Person>) => personEditor.update(props.person.id, patch);
  const actionName = () =>
    props.person.name.trim()
      ? `“${props.person.name.trim()}”`
      : `unnamed ${props.person.kind} ${props.index + 1}`;
  const remove = () => {
    const list = $people.get().people;
    const index = list.findIndex((entry) => entry.id === props.person.id);
    personEditor.remove(props.person.id);
    // Focus moves to the entry that took this one's place, else the one before, else "Add".
    const next = list[index + 1] ?? list[index - 1];
    focusById(next ? `map-${next.id}-title` : 'map-add-person');
  };

  return (
    <div class="ws-card map-card" role="group" aria-labelledby={`${id()}-title`}>
      <div class="ws-card__head">
        <div class="map-card__title">
          <h5 id={`${id()}-title`} tabindex="-1">
            {personLabel(props.person)}
          </h5>
          <Badges person={props.person} />
        </div>
        <RecordActions
          name={actionName()}
          first={props.index === 0}
          last={props.index === props.count - 1}
          disabled={props.disabled}
          onMove={(delta) => personEditor.move(props.person.id, delta)}
          onDelete={remove}
        />
      </div>

      <div class="ws-grid">
        <SelectField
          id={`${id()}-kind`}
          label="Person or organization"
          value={props.person.kind}
          options={kindOptions}
          disabled={props.disabled}
          onChange={(kind) => edit({ kind })}
        />
        <TextField
          id={`${id()}-name`}
          label="Name"
          value={props.person.name}
          placeholder={isOrg() ? 'e.g. Columbus Health Data Meetup' : 'e.g. Priya Raman'}
          disabled={props.disabled}
          onInput={(name) => edit({ name })}
        />
        <TextField
          id={`${id()}-role`}
          label={isOrg() ? 'What it is' : 'Role or title'}
          value={props.person.role}
          placeholder={
            isOrg() ? 'e.g. Monthly local group, about 200 members' : 'e.g. Senior product analyst'
          }
          disabled={props.disabled}
          onInput={(role) => edit({ role })}
        />
        <TextField
          id={`${id()}-organization`}
          label={isOrg() ? 'Part of (optional)' : 'Organization'}
          value={props.person.organization}
          placeholder={isOrg() ? 'e.g. a larger association' : 'e.g. Mendwell'}
          disabled={props.disabled}
          onInput={(organization) => edit({ organization })}
        />
      </div>

      <TextField
        id={`${id()}-why`}
        label={isOrg() ? 'Why it matters' : 'Why they matter'}
        hint={`Which of your goals could ${isOrg() ? 'it' : 'they'} help with, and how? One or two sentences.`}
        multiline
        rows={2}
        value={props.person.why}
        disabled={props.disabled}
        onInput={(why) => edit({ why })}
      />

      <fieldset class="map-fieldset">
        <legend>Goals {isOrg() ? 'it helps' : 'they help'} with</legend>
        <Show
          when={goals().length > 0}
          fallback={
            <>
              <p class="map-note map-goals-empty">
                <a href={GOALS_HREF}>Add goals in lesson 1</a> to link them here.
              </p>
              <div class="map-print-line" />
            </>
          }
        >
          <CheckboxList
            items={goals().map((goal) => ({ id: goal.id, label: goal.text.trim() || 'Unnamed goal' }))}
            isChecked={(goalId) => props.person.goalIds.includes(goalId)}
            disabled={props.disabled}
            onToggle={(goalId, checked) => linkPersonToGoal(props.person.id, goalId, checked)}
          />
        </Show>
      </fieldset>

      <fieldset class="map-fieldset">
        <legend>Common ground</legend>
        <div class="ws-grid">
          <TextField
            id={`${id()}-interests`}
            label="Shared interests"
            hint="Topics, causes, problems you both care about."
            multiline
            rows={2}
            value={props.person.sharedInterests}
            disabled={props.disabled}
            onInput={(sharedInterests) => edit({ sharedInterests })}
          />
          <TextField
            id={`${id()}-background`}
            label="Shared background"
            hint="Schools, former employers, places, career moves."
            multiline
            rows={2}
            value={props.person.sharedBackground}
            disabled={props.disabled}
            onInput={(sharedBackground) => edit({ sharedBackground })}
          />
          <TextField
            id={`${id()}-mutual`}
            label="Mutual connections"
            hint="People you both know, who could introduce you."
            multiline
            rows={2}
            value={props.person.mutualConnections}
            disabled={props.disabled}
            onInput={(mutualConnections) => edit({ mutualConnections })}
          />
        </div>
        <div class="map-prompts no-print">
          <p class="map-prompts__title" id={`${id()}-prompts`}>
            Questions to find common ground
          </p>
          <ul aria-labelledby={`${id()}-prompts`}>
            <For each={commonGroundPrompts(props.person)}>{(prompt) => <li>{prompt}</li>}</For>
          </ul>
        </div>
      </fieldset>

      <TextField
        id={`${id()}-opportunity`}
        label="Opportunity or way to connect"
        hint="An introduction, an event you both attend, a reply to something they posted, a short message."
        multiline
        rows={2}
        value={props.person.opportunity}
        disabled={props.disabled}
        onInput={(opportunity) => edit({ opportunity })}
      />

      <div class="ws-grid">
        <SelectField
          id={`${id()}-tier`}
          label="Priority tier"
          value={props.person.tier}
          options={tierOptions}
          disabled={props.disabled}
          onChange={(tier) => edit({ tier })}
        />
        <SelectField
          id={`${id()}-status`}
          label="Status"
          value={props.person.status}
          options={statusOptions}
          disabled={props.disabled}
          onChange={(status) => edit({ status })}
        />
      </div>
      <p class="map-next">
        <strong>Next move:</strong> {nextMove(props.person)}
      </p>
      <LinkedSteps personId={props.person.id} />
    </div>
  );
}

/** The lesson 1 action-plan steps that name this person: the other side of the link. */
function LinkedSteps(props: { personId: string }) {
  const goalsDoc = createAtomSignal($goals);
  const steps = () => stepsForPerson(goalsDoc(), props.personId);
  return (
    <Show when={steps().length > 0}>
      <div class="map-linked">
        <p>
          <strong>Linked from your action plan:</strong>
        </p>
        <ul>
          <For each={steps()}>
            {(step) => (
              <li>
                {step.stepText || 'Untitled step'}{' '}
                <span class="map-linked__goal">
                  (goal: {step.goalText || 'untitled'}
                  {step.due ? `, due ${formatDate(step.due)}` : ''})
                </span>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}

/** Lesson 2's relationship map: who matters to the reader's goals, common ground, and status. */
export default function RelationshipMap() {
  // WorksheetGate renders its children only once mounted and loaded (see ./mounted.ts), so
  // nothing below shows reader data during hydration.
  return (
    <WorksheetGate documents={[people as PersistedDocument<unknown>, settings as PersistedDocument<unknown>]}>
      <MapBody />
    </WorksheetGate>
  );
}

function MapBody() {
  const data = createAtomSignal($people);
  const status = createAtomSignal(people.$status);
  const goals = createAtomSignal($goalOptions);
  const view = createAtomSignal(settings.$data);
  const viewStatus = createAtomSignal(settings.$status);
  const groupBy = () => view().mapGroupBy;
  const list = () => data().people;
  // Memos, so that an edit, which makes a new list, reaches no card but the edited one.
  const count = createMemo(() => list().length);
  const disabled = createMemo(() => status().readOnly);
  const groups = () => groupPeople(list(), groupBy(), goals());
  const add = (kind: Person['kind']) => focusById(`map-${personEditor.add({ kind })}-name`);

  return (
    <div class="ws map">
      <Show
        when={list().length > 0}
        fallback={
          <div class="ws-empty map-empty">
            <p>
              <strong>Start with three names:</strong>
            </p>
            <ul>
              <li>someone who does the job you want;</li>
              <li>someone who already knows your work, such as a former manager, colleague or classmate;</li>
              <li>an organization where people in your field meet: an association, a meetup or a company.</li>
            </ul>
            <p>
              For each, you will note why they matter to your goals, what you share, and how you will reach
              them.
            </p>
          </div>
        }
      >
        <div class="ws-section map-overview">
          <h4 id="map-overview-heading">Your map at a glance</h4>
          <p class="map-summary">{statusSummary(list())}</p>
          <div class="map-groupby no-print">
            <SelectField
              id="map-group-by"
              label="Group by"
              value={groupBy()}
              options={groupByOptions}
              disabled={viewStatus().readOnly}
              onChange={chooseMapGroupBy}
            />
          </div>
          <div class="map-groups">
            {/* Keyed by id, as the cards are: typing in one card redraws only that entry's line. */}
            <RecordList each={groups()}>
              {(group, groupIndex) => (
                <div class="map-group">
                  <h5 id={`map-group-${groupIndex()}`}>
                    {group().label} ({group().people.length})
                  </h5>
                  <Show when={group().people.length > 0} fallback={<p class="map-note">No one here yet.</p>}>
                    <ul class="map-group__list">
                      <RecordList each={group().people}>
                        {(person) => (
                          <li>
                            <a href={`#map-${person().id}-title`}>{personLabel(person())}</a>
                            <Badges person={person()} />
                          </li>
                        )}
                      </RecordList>
                    </ul>
                  </Show>
                </div>
              )}
            </RecordList>
          </div>
        </div>
      </Show>

      <div class="ws-section">
        <h4 id="map-people-heading">People and organizations</h4>
        <Show when={list().length > 0}>
          <ol class="ws-list map-list">
            <RecordList each={list()}>
              {(person, index) => (
                <li>
                  <PersonCard person={person()} index={index()} count={count()} disabled={disabled()} />
                </li>
              )}
            </RecordList>
          </ol>
        </Show>
        <div class="actions map-add no-print">
          <button
            type="button"
            class="button"
            id="map-add-person"
            disabled={disabled()}
            onClick={() => add('person')}
          >
            <span aria-hidden="true">+</span> Add person
          </button>
          <button
            type="button"
            class="button button--quiet"
            id="map-add-organization"
            disabled={disabled()}
            onClick={() => add('organization')}
          >
            <span aria-hidden="true">+</span> Add organization
          </button>
        </div>
      </div>
      <UndoBar />
    </div>
  );
}
