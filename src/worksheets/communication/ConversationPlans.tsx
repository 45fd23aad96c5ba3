import { createSignal, Show } from 'solid-js';
import type { ConversationPlan } from './schema';
import { deleteFrom, planEditor, type PlanPatch } from './store';
import { $people } from '../../documents/people/document';
import { createAtomSignal } from '../../islands/ui/atom-signal';
import { DateField, SelectField, TextField } from '../../islands/ui/fields';
import { focusById } from '../../islands/ui/focus';
import RecordActions from '../../islands/ui/record-actions';
import RecordList from '../../islands/ui/record-list';

const firstField = (id: string) => `plan-${id}-person`;

/** Plans for upcoming conversations: who, context, questions, what to listen for, how to adapt. */
export default function ConversationPlans(props: { plans: ConversationPlan[]; locked: boolean }) {
  const peopleDoc = createAtomSignal($people);
  const names = () =>
    new Map(peopleDoc().people.map((person) => [person.id, person.name.trim() || 'Unnamed person']));
  const planName = (plan: ConversationPlan) => {
    const who = (plan.personId ? names().get(plan.personId) : undefined) ?? plan.who.trim();
    return who ? `plan for ${who}` : 'unnamed plan';
  };
  const remove = (plan: ConversationPlan, index: number) => {
    const neighbour = props.plans[index + 1] ?? props.plans[index - 1];
    deleteFrom('plans', plan.id, `the ${planName(plan)}`);
    focusById(neighbour ? firstField(neighbour.id) : 'plan-add');
  };
  return (
    <section class="ws-section" aria-labelledby="plans-title">
      <h4 id="plans-title">Plan your next conversation</h4>
      <p class="ws-section__intro">Five minutes before each important conversation is enough.</p>
      <Show
        when={props.plans.length > 0}
        fallback={<p class="ws-empty">No plans yet. Add one for your next coffee, call or event.</p>}
      >
        <ul class="ws-list">
          <RecordList each={props.plans}>
            {(plan, index) => (
              <li class="ws-card">
                <div class="ws-card__head">
                  <h5 class="comm-plan-title">{planName(plan()).replace(/^./, (c) => c.toUpperCase())}</h5>
                  <RecordActions
                    name={planName(plan())}
                    first={index() === 0}
                    last={index() === props.plans.length - 1}
                    disabled={props.locked}
                    onMove={(delta) => planEditor.move(plan().id, delta)}
                    onDelete={() => remove(plan(), index())}
                  />
                </div>
                <PlanFields plan={plan()} people={[...names()]} locked={props.locked} />
              </li>
            )}
          </RecordList>
        </ul>
      </Show>
      <div class="no-print">
        <button
          type="button"
          id="plan-add"
          class="button button--quiet"
          disabled={props.locked}
          onClick={() => focusById(firstField(planEditor.add()))}
        >
          <span aria-hidden="true">+</span> Add a conversation plan
        </button>
      </div>
    </section>
  );
}

function PlanFields(props: { plan: ConversationPlan; people: [string, string][]; locked: boolean }) {
  const id = (field: string) => `plan-${props.plan.id}-${field}`;
  const [dateError, setDateError] = createSignal<string>();
  const update = (patch: PlanPatch) => planEditor.update(props.plan.id, patch);
  const options = () => [
    { value: '', label: 'Someone not on my map (write below)' },
    ...props.people.map(([value, label]) => ({ value, label })),
  ];
  return (
    <>
      <div class="ws-grid">
        <SelectField
          id={id('person')}
          label="Person from your relationship map"
          value={props.plan.personId ?? ''}
          options={options()}
          disabled={props.locked}
          onChange={(personId) => update({ personId: personId || null })}
        />
        <Show when={!props.plan.personId}>
          <TextField
            id={id('who')}
            label="Who"
            hint="Name and role, e.g. “Priya Raman, senior product analyst at Mendwell”"
            value={props.plan.who}
            disabled={props.locked}
            onInput={(who) => update({ who })}
          />
        </Show>
        <DateField
          id={id('date')}
          label="Date"
          value={props.plan.date}
          error={dateError()}
          disabled={props.locked}
          onChange={(date) => setDateError(update({ date }))}
        />
      </div>
      <TextField
        id={id('context')}
        label="Context"
        hint="When, where, how long, and how you’re connected."
        multiline
        rows={2}
        value={props.plan.context}
        disabled={props.locked}
        onInput={(context) => update({ context })}
      />
      <TextField
        id={id('questions')}
        label="Questions to ask"
        hint="Three open questions: how, what, why."
        multiline
        rows={3}
        value={props.plan.questions}
        disabled={props.locked}
        onInput={(questions) => update({ questions })}
      />
      <TextField
        id={id('listen')}
        label="What to listen for"
        hint="A problem they mention, a name, how they describe their team."
        multiline
        rows={2}
        value={props.plan.listenFor}
        disabled={props.locked}
        onInput={(listenFor) => update({ listenFor })}
      />
      <TextField
        id={id('adapt')}
        label="How you will adapt your style"
        hint="Level of detail, formality, pace."
        multiline
        rows={2}
        value={props.plan.adapt}
        disabled={props.locked}
        onInput={(adapt) => update({ adapt })}
      />
    </>
  );
}
