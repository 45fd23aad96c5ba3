import { createMemo, For, Show } from 'solid-js';
import { today } from '../../lib/dates';
import { goalProgress } from './progress';
import { checkSmart, smartLetters, smartScore } from './smart';
import { stepStatuses, type Goal, type StepStatus } from './schema';
import {
  $goals,
  addBenchmark,
  addGoal,
  addObjective,
  addStep,
  deleteBenchmark,
  deleteGoal,
  deleteObjective,
  deleteStep,
  goals,
  moveBenchmark,
  moveGoal,
  moveObjective,
  moveStep,
  objectiveOf,
  setBenchmarkDone,
  setStepPerson,
  setStepStatus,
  updateBenchmark,
  updateGoal,
  updateObjective,
  updateStep,
} from './store';
import { $people, people } from '../../documents/people/document';
import type { PersistedDocument } from '../../stores/persisted';
import { createAtomSignal } from '../../islands/ui/atom-signal';
import { DateField, NumberField, SelectField, TextField } from '../../islands/ui/fields';
import RecordActions from '../../islands/ui/record-actions';
import UndoBar from '../../islands/ui/undo-bar';
import CheckboxList from '../../islands/ui/checkbox-list';
import WorksheetGate from '../../islands/ui/worksheet-gate';
import { focusById } from '../../islands/ui/focus';

const statusLabels: Record<StepStatus, string> = { todo: 'To do', doing: 'Doing', done: 'Done' };
const statusOptions = stepStatuses.map((value) => ({ value, label: statusLabels[value] }));
const relationshipMap = '/lessons/relationship-building/#your-worksheet';

// Element ids: every id in the worksheet starts with `goals-` and includes the record's id.
const ids = {
  addObjective: 'goals-add-objective',
  addGoal: 'goals-add-goal',
  objective: (id: string) => `goals-objective-${id}`,
  goal: (id: string) => `goals-goal-${id}`,
  addBenchmark: (goalId: string) => `goals-goal-${goalId}-add-benchmark`,
  addStep: (goalId: string) => `goals-goal-${goalId}-add-step`,
  benchmark: (id: string) => `goals-benchmark-${id}`,
  step: (id: string) => `goals-step-${id}`,
};

/** After deleting from a list, focus the next record's first field, else the previous, else `fallback`. */
function focusAfterDelete(
  list: readonly string[],
  id: string,
  field: (id: string) => string,
  fallback: string,
) {
  const index = list.indexOf(id);
  const neighbour = list[index + 1] ?? list[index - 1];
  focusById(neighbour ? field(neighbour) : fallback);
}

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
  const objectiveIds = createMemo(() => doc().objectives.map((o) => o.id), undefined, {
    equals: (a, b) => a.join() === b.join(),
  });
  const goalIds = createMemo(() => doc().goals.map((g) => g.id), undefined, {
    equals: (a, b) => a.join() === b.join(),
  });
  const objectiveOptions = () => [
    { value: '', label: 'Not linked yet' },
    ...doc().objectives.map((o, i) => ({
      value: o.id,
      label: `${i + 1}. ${o.text.trim() || '(no text yet)'}`,
    })),
  ];

  return (
    <div class="ws goals-ws">
      <section class="ws-section" aria-labelledby="goals-objectives-heading">
        <h4 id="goals-objectives-heading">Career objectives</h4>
        <p class="ws-section__intro">
          One to three outcomes you want over the next 12 to 18 months, in plain words.
        </p>
        <Show
          when={objectiveIds().length > 0}
          fallback={
            <p class="ws-empty">
              Start with what you want networking to do for you in the next year, e.g. “Land a product
              analytics role at a health-tech company by December 2027”.
            </p>
          }
        >
          <ol class="ws-list">
            <For each={objectiveIds()}>
              {(id) => {
                const index = () => objectiveIds().indexOf(id);
                const objective = () => doc().objectives.find((o) => o.id === id);
                return (
                  <li class="ws-card goals-objective">
                    <div class="ws-card__head">
                      <TextField
                        id={ids.objective(id)}
                        label={`Objective ${index() + 1}`}
                        multiline
                        rows={1}
                        maxLength={300}
                        value={objective()?.text ?? ''}
                        disabled={readOnly()}
                        onInput={(text) => updateObjective(id, { text })}
                      />
                      <RecordActions
                        name={`objective ${index() + 1}`}
                        first={index() === 0}
                        last={index() === objectiveIds().length - 1}
                        disabled={readOnly()}
                        onMove={(delta) => moveObjective(id, delta)}
                        onDelete={() => {
                          focusAfterDelete(objectiveIds(), id, ids.objective, ids.addObjective);
                          deleteObjective(id);
                        }}
                      />
                    </div>
                  </li>
                );
              }}
            </For>
          </ol>
        </Show>
        <p>
          <button
            type="button"
            class="button"
            id={ids.addObjective}
            disabled={readOnly()}
            onClick={() => focusById(ids.objective(addObjective()))}
          >
            Add an objective
          </button>
        </p>
      </section>

      <section class="ws-section" aria-labelledby="goals-goals-heading">
        <h4 id="goals-goals-heading">SMART goals</h4>
        <p class="ws-section__intro">
          For each objective, one or two goals: the networking work that gets you there, with a number and a
          date.
        </p>
        <Show
          when={goalIds().length > 0}
          fallback={
            <p class="ws-empty">
              Turn an objective into work you control, e.g. “Hold informational conversations with product
              analysts at health-tech companies”: 12 conversations by June 30.
            </p>
          }
        >
          <ol class="ws-list">
            <For each={goalIds()}>
              {(id) => (
                <GoalCard
                  id={id}
                  index={goalIds().indexOf(id)}
                  count={goalIds().length}
                  goal={doc().goals.find((g) => g.id === id)}
                  objectiveOptions={objectiveOptions()}
                  linkedObjective={(() => {
                    const goal = doc().goals.find((g) => g.id === id);
                    return goal ? (objectiveOf(doc(), goal)?.id ?? '') : '';
                  })()}
                  objectives={doc().objectives}
                  readOnly={readOnly()}
                  onDelete={() => {
                    focusAfterDelete(goalIds(), id, ids.goal, ids.addGoal);
                    deleteGoal(id);
                  }}
                />
              )}
            </For>
          </ol>
        </Show>
        <p>
          <button
            type="button"
            class="button"
            id={ids.addGoal}
            disabled={readOnly()}
            onClick={() => focusById(ids.goal(addGoal()))}
          >
            Add a goal
          </button>
        </p>
      </section>
      <UndoBar />
    </div>
  );
}

interface GoalCardProps {
  id: string;
  index: number;
  count: number;
  goal: Goal | undefined;
  objectives: readonly { id: string; text: string }[];
  objectiveOptions: { value: string; label: string }[];
  linkedObjective: string;
  readOnly: boolean;
  onDelete: () => void;
}

function GoalCard(props: GoalCardProps) {
  const n = () => props.index + 1;
  const headingId = () => `goals-goal-${props.id}-heading`;
  const goal = () => props.goal;
  return (
    <Show when={goal()}>
      {(g) => (
        <li class="ws-card goals-goal" aria-labelledby={headingId()}>
          <div class="ws-card__head">
            <h5 id={headingId()}>Goal {n()}</h5>
            <RecordActions
              name={`goal ${n()}`}
              first={props.index === 0}
              last={props.index === props.count - 1}
              disabled={props.readOnly}
              onMove={(delta) => moveGoal(props.id, delta)}
              onDelete={() => props.onDelete()}
            />
          </div>
          <TextField
            id={ids.goal(props.id)}
            label="The goal"
            multiline
            rows={2}
            maxLength={300}
            hint="Start with a verb and say who it involves, e.g. “Hold informational conversations with product analysts”."
            value={g().text}
            disabled={props.readOnly}
            onInput={(text) => updateGoal(props.id, { text })}
          />
          <div class="ws-grid">
            <TextField
              id={`${ids.goal(props.id)}-metric`}
              label="What you will count"
              hint="e.g. conversations held"
              value={g().metric}
              disabled={props.readOnly}
              onInput={(metric) => updateGoal(props.id, { metric })}
            />
            <NumberField
              id={`${ids.goal(props.id)}-target`}
              label="Target number"
              hint="e.g. 12"
              min={0}
              value={g().target}
              disabled={props.readOnly}
              onChange={(target) => updateGoal(props.id, { target })}
            />
            <DateField
              id={`${ids.goal(props.id)}-deadline`}
              label="Deadline"
              hint="A calendar date"
              value={g().deadline}
              disabled={props.readOnly}
              onChange={(deadline) => updateGoal(props.id, { deadline })}
            />
          </div>
          <SelectField
            id={`${ids.goal(props.id)}-objective`}
            label="Serves objective"
            value={props.linkedObjective}
            options={props.objectiveOptions}
            disabled={props.readOnly}
            onChange={(objectiveId) => updateGoal(props.id, { objectiveId: objectiveId || null })}
          />
          <TextField
            id={`${ids.goal(props.id)}-achievable`}
            label="Why it is achievable"
            hint="The hours per week it needs, and what you already have to make it happen."
            multiline
            rows={2}
            value={g().achievable}
            disabled={props.readOnly}
            onInput={(achievable) => updateGoal(props.id, { achievable })}
          />
          <SmartPanel goal={g()} objectives={props.objectives} headingId={`${ids.goal(props.id)}-smart`} />
          <GoalProgressBar goal={g()} id={`${ids.goal(props.id)}-progress`} />
          <Benchmarks goal={g()} n={n()} readOnly={props.readOnly} />
          <Steps goal={g()} n={n()} readOnly={props.readOnly} />
        </li>
      )}
    </Show>
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

function Benchmarks(props: { goal: Goal; n: number; readOnly: boolean }) {
  const goalId = () => props.goal.id;
  const list = createMemo(() => props.goal.benchmarks.map((b) => b.id), undefined, {
    equals: (a, b) => a.join() === b.join(),
  });
  const headingId = () => `goals-goal-${goalId()}-benchmarks`;
  return (
    <section class="goals-sub" aria-labelledby={headingId()}>
      <h6 id={headingId()}>Benchmarks for success</h6>
      <Show
        when={list().length > 0}
        fallback={
          <p class="ws-empty">
            Add two to four dated checkpoints that show early whether this goal is on track, e.g. “4 of 12
            conversations by March 15”.
          </p>
        }
      >
        <ol class="ws-list">
          <For each={list()}>
            {(id) => {
              const index = () => list().indexOf(id);
              const benchmark = () => props.goal.benchmarks.find((b) => b.id === id);
              const name = () => `benchmark ${index() + 1} of goal ${props.n}`;
              return (
                <Show when={benchmark()}>
                  {(b) => (
                    <li class="goals-row" aria-label={`Benchmark ${index() + 1}`}>
                      <div class="goals-row__fields">
                        <TextField
                          id={ids.benchmark(id)}
                          label={`Milestone ${index() + 1}`}
                          multiline
                          rows={1}
                          maxLength={300}
                          value={b().text}
                          disabled={props.readOnly}
                          onInput={(text) => updateBenchmark(goalId(), id, { text })}
                        />
                        <DateField
                          id={`${ids.benchmark(id)}-due`}
                          label="Due by"
                          value={b().due}
                          disabled={props.readOnly}
                          onChange={(due) => updateBenchmark(goalId(), id, { due })}
                        />
                        <label class="goals-check">
                          <input
                            type="checkbox"
                            id={`${ids.benchmark(id)}-done`}
                            checked={b().done}
                            disabled={props.readOnly}
                            onChange={(event) => setBenchmarkDone(goalId(), id, event.currentTarget.checked)}
                          />
                          Reached
                        </label>
                        <RecordActions
                          name={name()}
                          first={index() === 0}
                          last={index() === list().length - 1}
                          disabled={props.readOnly}
                          onMove={(delta) => moveBenchmark(goalId(), id, delta)}
                          onDelete={() => {
                            focusAfterDelete(list(), id, ids.benchmark, ids.addBenchmark(goalId()));
                            deleteBenchmark(goalId(), id);
                          }}
                        />
                      </div>
                    </li>
                  )}
                </Show>
              );
            }}
          </For>
        </ol>
      </Show>
      <p>
        <button
          type="button"
          class="button button--quiet"
          id={ids.addBenchmark(goalId())}
          disabled={props.readOnly}
          onClick={() => focusById(ids.benchmark(addBenchmark(goalId())))}
        >
          Add a benchmark<span class="visually-hidden"> to goal {props.n}</span>
        </button>
      </p>
    </section>
  );
}

function Steps(props: { goal: Goal; n: number; readOnly: boolean }) {
  const goalId = () => props.goal.id;
  const list = createMemo(() => props.goal.steps.map((s) => s.id), undefined, {
    equals: (a, b) => a.join() === b.join(),
  });
  const headingId = () => `goals-goal-${goalId()}-steps`;
  const peopleDoc = createAtomSignal($people);
  const named = () =>
    peopleDoc().people.map((p) => ({ id: p.id, name: p.name.trim() || `(unnamed ${p.kind})` }));
  return (
    <section class="goals-sub" aria-labelledby={headingId()}>
      <h6 id={headingId()}>Action plan</h6>
      <Show
        when={list().length > 0}
        fallback={
          <p class="ws-empty">
            Add small dated steps that start with a verb and name a person where you can, e.g. “Email Jordan
            to ask for a 20-minute call”.
          </p>
        }
      >
        <ol class="ws-list">
          <For each={list()}>
            {(id) => {
              const index = () => list().indexOf(id);
              const step = () => props.goal.steps.find((s) => s.id === id);
              const name = () => `step ${index() + 1} of goal ${props.n}`;
              return (
                <Show when={step()}>
                  {(s) => {
                    const linked = () => named().filter((p) => s().personIds.includes(p.id));
                    return (
                      <li class="goals-row goals-row--step" aria-label={`Step ${index() + 1}`}>
                        <div class="goals-row__fields">
                          <TextField
                            id={ids.step(id)}
                            label={`Step ${index() + 1}`}
                            multiline
                            rows={1}
                            maxLength={300}
                            value={s().text}
                            disabled={props.readOnly}
                            onInput={(text) => updateStep(goalId(), id, { text })}
                          />
                          <DateField
                            id={`${ids.step(id)}-due`}
                            label="Do by"
                            value={s().due}
                            disabled={props.readOnly}
                            onChange={(due) => updateStep(goalId(), id, { due })}
                          />
                          <SelectField
                            id={`${ids.step(id)}-status`}
                            label="Status"
                            value={s().status}
                            options={statusOptions}
                            disabled={props.readOnly}
                            onChange={(status) => setStepStatus(goalId(), id, status)}
                          />
                          <RecordActions
                            name={name()}
                            first={index() === 0}
                            last={index() === list().length - 1}
                            disabled={props.readOnly}
                            onMove={(delta) => moveStep(goalId(), id, delta)}
                            onDelete={() => {
                              focusAfterDelete(list(), id, ids.step, ids.addStep(goalId()));
                              deleteStep(goalId(), id);
                            }}
                          />
                        </div>
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
                            when={named().length > 0}
                            fallback={
                              <p class="field__hint">
                                No people listed yet. Name them in the{' '}
                                <a href={relationshipMap}>relationship map in lesson 2</a>, then link them
                                here.
                              </p>
                            }
                          >
                            <fieldset class="goals-people__pick">
                              <legend>People involved in step {index() + 1}</legend>
                              <CheckboxList
                                items={named().map((person) => ({ id: person.id, label: person.name }))}
                                isChecked={(personId) => s().personIds.includes(personId)}
                                disabled={props.readOnly}
                                onToggle={(personId, checked) =>
                                  setStepPerson(goalId(), id, personId, checked)
                                }
                              />
                            </fieldset>
                          </Show>
                        </div>
                      </li>
                    );
                  }}
                </Show>
              );
            }}
          </For>
        </ol>
      </Show>
      <p>
        <button
          type="button"
          class="button button--quiet"
          id={ids.addStep(goalId())}
          disabled={props.readOnly}
          onClick={() => focusById(ids.step(addStep(goalId())))}
        >
          Add a step<span class="visually-hidden"> to goal {props.n}</span>
        </button>
      </p>
    </section>
  );
}
