import { createSignal, Show } from 'solid-js';
import { audienceDefaults, audiences, variantVerdict, type Audience } from '../pitch';
import { countWords } from '../speaking-time';
import type { Variant } from '../schema';
import { addVariant, chooseVariant, deleteFrom, pitchEditors } from '../store';
import { NumberField, SelectField, TextField } from '../../../islands/ui/fields';
import { focusById } from '../../../islands/ui/focus';
import RecordList from '../../../islands/ui/record-list';
import CopyButton from './CopyButton';
import Verdict from './Verdict';

const audienceOptions = audiences.map((value) => ({ value, label: audienceDefaults[value].label }));
const variantName = (variant: Variant) => variant.label.trim() || audienceDefaults[variant.audience].label;

/** Audience variants: each starts from the base pitch and then has its own text and length. */
export default function Variants(props: {
  variants: Variant[];
  chosenId: string | null;
  wpm: number;
  locked: boolean;
}) {
  const [audience, setAudience] = createSignal<Audience>('recruiter');
  const add = () => focusById(`pitch-variant-${addVariant(audience())}-label`);
  const remove = (variant: Variant, index: number) => {
    const neighbour = props.variants[index + 1] ?? props.variants[index - 1];
    deleteFrom('variants', variant.id, `“${variantName(variant)}”`);
    focusById(neighbour ? `pitch-variant-${neighbour.id}-label` : 'pitch-variant-add');
  };
  return (
    <section class="ws-section" aria-labelledby="pitch-variants-title">
      <h4 id="pitch-variants-title">Audience variants</h4>
      <p class="ws-section__intro">
        Keep the core and change the emphasis. Each variant starts as a copy of your pitch above.
      </p>
      <fieldset class="pitch-carry">
        <legend>Pitch to carry (printed on the pocket card)</legend>
        <label>
          <input
            type="radio"
            name="pitch-carry"
            checked={props.chosenId === null || !props.variants.some((v) => v.id === props.chosenId)}
            disabled={props.locked}
            onChange={() => chooseVariant(null)}
          />
          Your pitch
        </label>
        <RecordList each={props.variants}>
          {(variant) => (
            <label>
              <input
                type="radio"
                name="pitch-carry"
                checked={props.chosenId === variant().id}
                disabled={props.locked}
                onChange={() => chooseVariant(variant().id)}
              />
              {variantName(variant())}
            </label>
          )}
        </RecordList>
      </fieldset>
      <Show
        when={props.variants.length > 0}
        fallback={<p class="ws-empty">No variants yet. Pick an audience and add one.</p>}
      >
        <ul class="ws-list">
          <RecordList each={props.variants}>
            {(variant, index) => (
              <li class="ws-card">
                <VariantCard
                  variant={variant()}
                  wpm={props.wpm}
                  locked={props.locked}
                  onDelete={() => remove(variant(), index())}
                />
              </li>
            )}
          </RecordList>
        </ul>
      </Show>
      <div class="pitch-add no-print">
        <SelectField
          id="pitch-variant-audience"
          label="Audience"
          value={audience()}
          options={audienceOptions}
          disabled={props.locked}
          onChange={setAudience}
        />
        <button
          type="button"
          id="pitch-variant-add"
          class="button button--quiet"
          disabled={props.locked}
          onClick={add}
        >
          <span aria-hidden="true">+</span> Add a variant
        </button>
      </div>
    </section>
  );
}

function VariantCard(props: { variant: Variant; wpm: number; locked: boolean; onDelete: () => void }) {
  const id = (field: string) => `pitch-variant-${props.variant.id}-${field}`;
  const [targetError, setTargetError] = createSignal<string>();
  const name = () => variantName(props.variant);
  return (
    <>
      <div class="ws-card__head">
        <h5 class="pitch-card-title">{name()}</h5>
        <button
          type="button"
          class="icon-button icon-button--danger no-print"
          aria-label={`Delete variant “${name()}”`}
          disabled={props.locked}
          onClick={() => props.onDelete()}
        >
          <span aria-hidden="true">✕</span>
          <span class="icon-button__text">Delete</span>
        </button>
      </div>
      <p class="ws-section__intro">{audienceDefaults[props.variant.audience].advice}</p>
      <div class="ws-grid">
        <TextField
          id={id('label')}
          label="Name"
          hint="e.g. “Recruiter (Sofia Alvarez)”"
          value={props.variant.label}
          disabled={props.locked}
          onInput={(label) => pitchEditors.variants.update(props.variant.id, { label })}
        />
        {/* A written summary is measured in words (see its verdict), so it has no length in seconds. */}
        <Show when={!audienceDefaults[props.variant.audience].words}>
          <NumberField
            id={id('target')}
            label="Target length (seconds)"
            min={10}
            max={300}
            value={props.variant.targetSeconds}
            error={targetError()}
            disabled={props.locked}
            onChange={(targetSeconds) =>
              targetSeconds !== null &&
              setTargetError(pitchEditors.variants.update(props.variant.id, { targetSeconds }))
            }
          />
        </Show>
      </div>
      <TextField
        id={id('text')}
        label={`Text for ${name()}`}
        multiline
        rows={5}
        value={props.variant.text}
        disabled={props.locked}
        onInput={(text) => pitchEditors.variants.update(props.variant.id, { text })}
      />
      <Verdict verdict={variantVerdict(props.variant, props.wpm)} words={countWords(props.variant.text)} />
      <CopyButton text={() => props.variant.text} field={() => id('text')} label={`Copy ${name()}`} />
    </>
  );
}
