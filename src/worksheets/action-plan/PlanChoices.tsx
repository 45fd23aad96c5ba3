import { For, type Accessor } from 'solid-js';
import { paperSizes, type PaperSize, type PlanDoc } from './schema';
import { choosePlan, includeSection } from './store';
import CheckboxList from '../../islands/ui/checkbox-list';
import { DateField, SelectField, TextField } from '../../islands/ui/fields';

const paperLabels: Record<PaperSize, string> = { a4: 'A4', letter: 'US Letter' };
const lengths = [30, 60, 90, 180, 365].map((days) => ({ value: String(days), label: `${days} days` }));

/** A section the reader may leave out of the plan, as the build lists them. */
export interface SectionChoice {
  id: string;
  title: string;
}

/**
 * The reader's choices for the plan: name, sections, dates and paper. Unlike the sheet it is not
 * behind the loading gate: the server renders it with the blank choices and the island hydrates
 * it, so the page opens with the form already laid out (creating its controls in the browser,
 * the date picker above all, was most of the plan's longest task on a phone). Its controls stay
 * disabled until the stored choices are in (`disabled`), since an edit cannot race the first read.
 */
export default function PlanChoices(props: {
  choices: Accessor<PlanDoc>;
  sections: readonly SectionChoice[];
  disabled: boolean;
  /** True while "Print" waits for the plan to be on the page. */
  printing: boolean;
  onPrint: () => void;
  nameError: string | undefined;
  rangeError: string | undefined;
  onNameError: (error: string | undefined) => void;
  onRangeError: (error: string | undefined) => void;
}) {
  return (
    <form
      class="plan-choices no-print"
      aria-labelledby="plan-choices-title"
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 id="plan-choices-title">Make your plan</h2>
      <TextField
        id="plan-name"
        label="Your name"
        hint="Printed at the top and in every page header."
        value={props.choices().name}
        maxLength={120}
        disabled={props.disabled}
        error={props.nameError}
        onInput={(name) => props.onNameError(choosePlan({ name }) ?? undefined)}
      />
      <fieldset>
        <legend>Sections to include</legend>
        <CheckboxList
          items={props.sections.map((section) => ({ id: section.id, label: section.title }))}
          isChecked={(id) => !props.choices().excluded.includes(id)}
          disabled={props.disabled}
          onToggle={(id, checked) => includeSection(id, checked)}
        />
      </fieldset>
      <fieldset class="plan-choices__dates">
        <legend>Dates</legend>
        <DateField
          id="plan-from"
          label="Starts on"
          hint="Leave empty to start today."
          value={props.choices().from}
          disabled={props.disabled}
          error={props.rangeError}
          onChange={(from) => props.onRangeError(choosePlan({ from }) ?? undefined)}
        />
        <SelectField
          id="plan-days"
          label="Covers"
          value={String(props.choices().days)}
          options={lengths}
          disabled={props.disabled}
          onChange={(days) => props.onRangeError(choosePlan({ days: Number(days) }) ?? undefined)}
        />
      </fieldset>
      <fieldset>
        <legend>Paper size</legend>
        <div class="plan-choices__paper">
          <For each={paperSizes}>
            {(paper) => (
              <label>
                <input
                  type="radio"
                  name="plan-paper"
                  value={paper}
                  checked={props.choices().paper === paper}
                  disabled={props.disabled}
                  onChange={() => choosePlan({ paper })}
                />
                {paperLabels[paper]}
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <p>
        <button type="button" class="button" disabled={props.disabled} onClick={() => props.onPrint()}>
          Print or save as PDF
        </button>
      </p>
      <p class="plan-choices__status" role="status">
        {props.printing ? 'Putting your plan together to print…' : ''}
      </p>
    </form>
  );
}
