import { createMemo, For, Show, type Accessor, type Component } from 'solid-js';
import { today } from '../../lib/dates';
import { goalProgress } from './progress';
import { checkSmart, smartLetters, smartScore } from './smart';
import { stepStatuses, type Benchmark, type Goal, type Step, type StepStatus } from './schema';
import {
  $goals,
  benchmarkEditor,
  goalEditor,
  goals,
  objectiveEditor,
  objectiveOf,
  setStepPerson,
  stepEditor,
} from './store';
import { $people, people } from '../../documents/people/document';
import type { PersistedDocument } from '../../persistence/document-store';
import type { ListEditor, Patch } from '../../stores/edit';
import { createAtomSignal } from '../../islands/ui/atom-signal';
import { DateField, NumberField, SelectField, TextField } from '../../islands/ui/fields';
import RecordActions from '../../islands/ui/record-actions';
import ListSection, { type ListText } from '../../islands/ui/list-section';
import UndoBar from '../../islands/ui/undo-bar';
import CheckboxList from '../../islands/ui/checkbox-list';
import WorksheetGate from '../../islands/ui/worksheet-gate';
import { focusById, focusNeighbour } from '../../islands/ui/focus';

const statusLabels: Record<StepStatus, string> = { todo: 'To do', doing: 'Doing', done: 'Done' };
const statusOptions = stepStatuses.map((value) => ({ value, label: statusLabels[value] }));
const relationshipMap = '/lessons/relationship-building/#your-worksheet';

// Element ids: every id in the worksheet starts with `goals-` and includes the record's id.
const ids = {
  addObjective: 'goals-add-objective',
  addGoal: 'goals-add-goal',
  objective: (id: string) => `goals-objective-${id}`,
  goal: (id: string) => `goals-goal-${id}`,
};

const objectivesText: ListText = {
  title: 'Career objectives',
  intro: 'One to three outcomes you want over the next 12 to 18 months, in plain words.',
  empty:
    'Start with what you want networking to do for you in the next year, e.g. “Land a product analytics role at a health-tech company by December 2027”.',
  add: 'Add an objective',
};

const goalsText: ListText = {
  title: 'SMART goals',
  intro:
    'For each objective, one or two goals: the networking work that gets you there, with a number and a date.',
  empty:
    'Turn an objective into work you control, e.g. “Hold informational conversations with product analysts at health-tech companies”: 12 conversations by June 30.',
  add: 'Add a goal',
};

/** A person from the relationship map, named for a checkbox. */
type Named = { id: string; name: string };

/** What a row of a list inside a goal knows: its record, its place, and the list's own props. */
interface RowContext<T> {
  record: Accessor<T>;
  index: Accessor<number>;
  list: GoalListProps<never>;
}

/** The parts of a row that differ from list to list; components, so they are built once per row. */
type RowPart<T> = Component<RowContext<T>>;

/** A list inside a goal (benchmarks, the action plan), as one table row describes it. */
interface ChildList<T extends Benchmark | Step> {
  key: 'benchmarks' | 'steps';
  text: ListText;
  /** What one record is called: in its row's label, its buttons and its element ids. */
  noun: string;
  /** The row's label, numbered. */
  rowLabel: string;
  /** The label of its text field, numbered. */
  textLabel: string;
  dueLabel: string;
  rowClass: string;
  editor: (goalId: string) => ListEditor<T>;
  /** The row's own fields, after the date. */
  Fields: RowPart<T>;
  /** What follows the fields. */
  After: RowPart<T>;
}

const benchmarkRows: ChildList<Benchmark> = {
  key: 'benchmarks',
  text: {
    title: 'Benchmarks for success',
    empty:
      'Add two to four dated checkpoints that show early whether this goal is on track, e.g. “4 of 12 conversations by March 15”.',
    add: 'Add a benchmark',
  },
  noun: 'benchmark',
  rowLabel: 'Benchmark',
  textLabel: 'Milestone',
  dueLabel: 'Due by',
  rowClass: 'goals-row',
  editor: benchmarkEditor,
  Fields: (props) => (
    <label class="goals-check">
      <input
        type="checkbox"
        id={`goals-benchmark-${props.record().id}-done`}
        checked={props.record().done}
        disabled={props.list.readOnly}
        onChange={(event) =>
          benchmarkEditor(props.list.goal.id).update(props.record().id, { done: event.currentTarget.checked })
        }
      />
      Reached
    </label>
  ),
  After: () => null,
};

const stepRows: ChildList<Step> = {
  key: 'steps',
  text: {
    title: 'Action plan',
    empty:
      'Add small dated steps that start with a verb and name a person where you can, e.g. “Email Jordan to ask for a 20-minute call”.',
    add: 'Add a step',
  },
  noun: 'step',
  rowLabel: 'Step',
  textLabel: 'Step',
  dueLabel: 'Do by',
  rowClass: 'goals-row goals-row--step',
  editor: stepEditor,
  Fields: (props) => (
    <SelectField
      id={`goals-step-${props.record().id}-status`}
      label="Status"
      value={props.record().status}
      options={statusOptions}
      disabled={props.list.readOnly}
      onChange={(status) => stepEditor(props.list.goal.id).update(props.record().id, { status })}
    />
  ),
  After: StepPeople,
};

/** The goal-setting worksheet of Lesson 1: objectives, SMART goals, benchmarks and action plan. */
export default function GoalsWorksheet() {
  return (
    <WorksheetGate documents={[goals, people] as PersistedDocument<unknown>[]}>
      <Worksheet />
    </WorksheetGate>
  );
}

function Worksheet() {
  const doc = createAtomSignal($goals);
  const status = createAtomSignal(goals.$status);
  const readOnly = () => status().readOnly;
  const peopleDoc = createAtomSignal($people);
  const named = createMemo(() =>
    peopleDoc().people.map((p) => ({ id: p.id, name: p.name.trim() || `(unnamed ${p.kind})` })),
  );
  const objectiveOptions = () => [
    { value: '', label: 'Not linked yet' },
    ...doc().objectives.map((o, i) => ({
      value: o.id,
      label: `${i + 1}. ${o.text.trim() || '(no text yet)'}`,
    })),
  ];

  return (
    <div class="ws goals-ws">
      <ListSection
        text={objectivesText}
        class="ws-section"
        headingId="goals-objectives-heading"
        level={4}
        ordered
        each={doc().objectives}
        addId={ids.addObjective}
        addClass="button"
        disabled={readOnly()}
        onAdd={() => focusById(ids.objective(objectiveEditor.add()))}
      >
        {(objective, index) => (
          <li class="ws-card goals-objective">
            <div class="ws-card__head">
              <TextField
                id={ids.objective(objective().id)}
                label={`Objective ${index() + 1}`}
                multiline
                rows={1}
                maxLength={300}
                value={objective().text}
                disabled={readOnly()}
                onInput={(text) => objectiveEditor.update(objective().id, { text })}
              />
              <RecordActions
                name={`objective ${index() + 1}`}
                first={index() === 0}
                last={index() === doc().objectives.length - 1}
                disabled={readOnly()}
                onMove={(delta) => objectiveEditor.move(objective().id, delta)}
                onDelete={() => {
                  focusNeighbour(doc().objectives, objective().id, ids.objective, ids.addObjective);
                  objectiveEditor.remove(objective().id);
                }}
              />
            </div>
          </li>
        )}
      </ListSection>

      <ListSection
        text={goalsText}
        class="ws-section"
        headingId="goals-goals-heading"
        level={4}
        ordered
        each={doc().goals}
        addId={ids.addGoal}
        addClass="button"
        disabled={readOnly()}
        onAdd={() => focusById(ids.goal(goalEditor.add()))}
      >
        {(goal, index) => (
          <GoalCard
            goal={goal()}
            index={index()}
            count={doc().goals.length}
            objectiveOptions={objectiveOptions()}
            linkedObjective={objectiveOf(doc(), goal())?.id ?? ''}
            objectives={doc().objectives}
            people={named()}
            readOnly={readOnly()}
            onDelete={() => {
              focusNeighbour(doc().goals, goal().id, ids.goal, ids.addGoal);
              goalEditor.remove(goal().id);
            }}
          />
        )}
      </ListSection>
      <UndoBar />
    </div>
  );
}

interface GoalCardProps {
  goal: Goal;
  index: number;
  count: number;
  objectives: readonly { id: string; text: string }[];
  objectiveOptions: { value: string; label: string }[];
  linkedObjective: string;
  people: readonly Named[];
  readOnly: boolean;
  onDelete: () => void;
}

function GoalCard(props: GoalCardProps) {
  const n = () => props.index + 1;
  const id = () => ids.goal(props.goal.id);
  const headingId = () => `${id()}-heading`;
  const update = (patch: Parameters<typeof goalEditor.update>[1]) => goalEditor.update(props.goal.id, patch);
  return (
    <li class="ws-card goals-goal" aria-labelledby={headingId()}>
      <div class="ws-card__head">
        <h5 id={headingId()}>Goal {n()}</h5>
        <RecordActions
          name={`goal ${n()}`}
          first={props.index === 0}
          last={props.index === props.count - 1}
          disabled={props.readOnly}
          onMove={(delta) => goalEditor.move(props.goal.id, delta)}
          onDelete={() => props.onDelete()}
        />
      </div>
      <TextField
        id={id()}
        label="The goal"
        multiline
        rows={2}
        maxLength={300}
        hint="Start with a verb and say who it involves, e.g. “Hold informational conversations with product analysts”."
        value={props.goal.text}
        disabled={props.readOnly}
        onInput={(text) => update({ text })}
      />
      <div class="ws-grid">
        <TextField
          id={`${id()}-metric`}
          label="What you will count"
          hint="e.g. conversations held"
          value={props.goal.metric}
          disabled={props.readOnly}
          onInput={(metric) => update({ metric })}
        />
        <NumberField
          id={`${id()}-target`}
          label="Target number"
          hint="e.g. 12"
          min={0}
          value={props.goal.target}
          disabled={props.readOnly}
          onChange={(target) => update({ target })}
        />
        <DateField
          id={`${id()}-deadline`}
          label="Deadline"
          hint="A calendar date"
          value={props.goal.deadline}
          disabled={props.readOnly}
          onChange={(deadline) => update({ deadline })}
        />
      </div>
      <SelectField
        id={`${id()}-objective`}
        label="Serves objective"
        value={props.linkedObjective}
        options={props.objectiveOptions}
        disabled={props.readOnly}
        onChange={(objectiveId) => update({ objectiveId: objectiveId || null })}
      />
      <TextField
        id={`${id()}-achievable`}
        label="Why it is achievable"
        hint="The hours per week it needs, and what you already have to make it happen."
        multiline
        rows={2}
        value={props.goal.achievable}
        disabled={props.readOnly}
        onInput={(achievable) => update({ achievable })}
      />
      <SmartPanel goal={props.goal} objectives={props.objectives} headingId={`${id()}-smart`} />
      <GoalProgressBar goal={props.goal} id={`${id()}-progress`} />
      <GoalList
        list={benchmarkRows}
        goal={props.goal}
        n={n()}
        people={props.people}
        readOnly={props.readOnly}
      />
      <GoalList list={stepRows} goal={props.goal} n={n()} people={props.people} readOnly={props.readOnly} />
    </li>
  );
}

function SmartPanel(props: {
  goal: Goal;
  objectives: readonly { id: string; text: string }[];
  headingId: string;
}) {
  const check = () => checkSmart(props.goal, props.objectives, today());
  return (
    <div class="smart" aria-labelledby={props.headingId} role="group">
      <h6 id={props.headingId}>SMART check: {smartScore(check())} of 5 pass</h6>
      <ul class="smart__list">
        <For each={smartLetters}>
          {([letter, word]) => {
            const result = () => check()[letter];
            return (
              <li class="smart__item" data-ok={result().ok ? 'true' : 'false'}>
                <span class="smart__icon" aria-hidden="true">
                  {result().ok ? '✓' : '⚠'}
                </span>
                <span>
                  <strong>
                    {word}: {result().ok ? 'yes' : 'not yet'}.
                  </strong>{' '}
                  {result().reason}
                </span>
              </li>
            );
          }}
        </For>
      </ul>
    </div>
  );
}

function GoalProgressBar(props: { goal: Goal; id: string }) {
  const progress = () => goalProgress(props.goal);
  return (
    <div class="goals-progress">
      <label for={props.id}>
        Progress:{' '}
        {progress().total === 0
          ? 'nothing to track yet; add benchmarks and steps below.'
          : `${progress().done} of ${progress().total} done`}
      </label>
      <progress id={props.id} max={Math.max(progress().total, 1)} value={progress().done} />
    </div>
  );
}

interface GoalListProps<T extends Benchmark | Step> {
  list: ChildList<T>;
  goal: Goal;
  n: number;
  people: readonly Named[];
  readOnly: boolean;
}

/** One list inside a goal, as its row of the table (`benchmarkRows`, `stepRows`) describes it. */
function GoalList<T extends Benchmark | Step>(props: GoalListProps<T>) {
  const records = () => props.goal[props.list.key] as unknown as readonly T[];
  const elementId = (id: string) => `goals-${props.list.noun}-${id}`;
  const addId = () => `${ids.goal(props.goal.id)}-add-${props.list.noun}`;
  const editor = () => props.list.editor(props.goal.id);
  return (
    <ListSection
      text={props.list.text}
      class="goals-sub"
      headingId={`${ids.goal(props.goal.id)}-${props.list.key}`}
      level={6}
      ordered
      each={records()}
      addId={addId()}
      addClass="button button--quiet"
      addHidden={` to goal ${props.n}`}
      disabled={props.readOnly}
      onAdd={() => focusById(elementId(editor().add()))}
    >
      {(record, index) => {
        const id = () => record().id;
        const { Fields, After } = props.list;
        return (
          <li class={props.list.rowClass} aria-label={`${props.list.rowLabel} ${index() + 1}`}>
            <div class="goals-row__fields">
              <TextField
                id={elementId(id())}
                label={`${props.list.textLabel} ${index() + 1}`}
                multiline
                rows={1}
                maxLength={300}
                value={record().text}
                disabled={props.readOnly}
                onInput={(text) => editor().update(id(), { text } as Patch<T>)}
              />
              <DateField
                id={`${elementId(id())}-due`}
                label={props.list.dueLabel}
                value={record().due}
                disabled={props.readOnly}
                onChange={(due) => editor().update(id(), { due } as Patch<T>)}
              />
              <Fields record={record} index={index} list={props} />
              <RecordActions
                name={`${props.list.noun} ${index() + 1} of goal ${props.n}`}
                first={index() === 0}
                last={index() === records().length - 1}
                disabled={props.readOnly}
                onMove={(delta) => editor().move(id(), delta)}
                onDelete={() => {
                  focusNeighbour(records(), id(), elementId, addId());
                  editor().remove(id());
                }}
              />
            </div>
            <After record={record} index={index} list={props} />
          </li>
        );
      }}
    </ListSection>
  );
}

/** Who a step involves: the people linked, and a checkbox for each person of the map. */
function StepPeople(props: RowContext<Step>) {
  const step = () => props.record();
  const linked = () => props.list.people.filter((p) => step().personIds.includes(p.id));
  return (
    <div class="goals-people">
      <Show when={linked().length > 0}>
        <p class="goals-people__with">
          With{' '}
          {linked()
            .map((p) => p.name)
            .join(', ')}
        </p>
      </Show>
      <Show
        when={props.list.people.length > 0}
        fallback={
          <p class="field__hint">
            No people listed yet. Name them in the <a href={relationshipMap}>relationship map in lesson 2</a>,
            then link them here.
          </p>
        }
      >
        <fieldset class="goals-people__pick">
          <legend>People involved in step {props.index() + 1}</legend>
          <CheckboxList
            items={props.list.people.map((person) => ({ id: person.id, label: person.name }))}
            isChecked={(personId) => step().personIds.includes(personId)}
            disabled={props.list.readOnly}
            onToggle={(personId, checked) => setStepPerson(props.list.goal.id, step().id, personId, checked)}
          />
        </fieldset>
      </Show>
    </div>
  );
}
