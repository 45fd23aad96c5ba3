import { For, Show, type JSX } from 'solid-js';

interface BaseProps {
  /** Unique in the page; links the label, hint and message to the control. */
  id: string;
  label: string;
  /** A short example or instruction shown under the label. */
  hint?: string | undefined;
  /** A problem with the current value, said in words (and announced). */
  error?: string | undefined;
  disabled?: boolean | undefined;
}

/** Ids of the hint and error under a field, for `aria-describedby`. */
function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/**
 * The label, hint and message around a control. It takes the field's props whole (`field`) rather
 * than spread, since spreading props brings Solid's `mergeProps` to every page with an island.
 */
function Frame(props: { field: BaseProps; children: JSX.Element; class: string }) {
  return (
    <div class={`field ${props.class}`} data-invalid={props.field.error ? 'true' : undefined}>
      <label for={props.field.id}>{props.field.label}</label>
      <Show when={props.field.hint}>
        <p class="field__hint" id={`${props.field.id}-hint`}>
          {props.field.hint}
        </p>
      </Show>
      {props.children}
      <Show when={props.field.error}>
        <p class="field__error" id={`${props.field.id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {props.field.error}
        </p>
      </Show>
    </div>
  );
}

/**
 * The value again as plain text, shown only in print (see worksheet.css): a one-line input or a
 * select cannot wrap, so a long name or a long option would be cut at the field's edge on paper.
 * Hidden from assistive technology, which reads the control itself.
 */
function PrintedValue(props: { text: string }) {
  return (
    <Show when={props.text}>
      <span class="field__printed" aria-hidden="true">
        {props.text}
      </span>
    </Show>
  );
}

/** A labelled one-line or multi-line text input. Saves as the reader types. */
export function TextField(
  props: BaseProps & {
    value: string;
    onInput: (value: string) => void;
    multiline?: boolean;
    rows?: number;
    placeholder?: string;
    type?: 'text' | 'url' | 'email' | 'tel';
    maxLength?: number;
  },
) {
  return (
    <Frame field={props} class={props.multiline ? 'field--long' : ''}>
      {props.multiline ? (
        <textarea
          id={props.id}
          rows={props.rows ?? 3}
          value={props.value}
          placeholder={props.placeholder}
          maxLength={props.maxLength ?? 5000}
          disabled={props.disabled}
          aria-describedby={describedBy(props.id, props.hint, props.error)}
          aria-invalid={props.error ? 'true' : undefined}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      ) : (
        <input
          id={props.id}
          type={props.type ?? 'text'}
          value={props.value}
          placeholder={props.placeholder}
          maxLength={props.maxLength ?? 300}
          disabled={props.disabled}
          aria-describedby={describedBy(props.id, props.hint, props.error)}
          aria-invalid={props.error ? 'true' : undefined}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      )}
      <Show when={!props.multiline}>
        <PrintedValue text={props.value} />
      </Show>
    </Frame>
  );
}

/** A labelled date picker; an empty field means "no date yet". */
export function DateField(
  props: BaseProps & { value: string | null; onChange: (value: string | null) => void },
) {
  return (
    <Frame field={props} class="field--date">
      <input
        id={props.id}
        type="date"
        value={props.value ?? ''}
        // Lets print leave an empty date as a blank line instead of the browser's "mm/dd/yyyy".
        data-empty={props.value ? undefined : ''}
        disabled={props.disabled}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
        onChange={(event) => props.onChange(event.currentTarget.value || null)}
      />
    </Frame>
  );
}

/** A labelled time-of-day picker giving `HH:MM` (24-hour); an empty field means "no time". */
export function TimeField(props: BaseProps & { value: string; onChange: (value: string) => void }) {
  return (
    <Frame field={props} class="field--time">
      <input
        id={props.id}
        type="time"
        value={props.value}
        // As for dates: print leaves an empty time as a blank line instead of "--:-- --".
        data-empty={props.value ? undefined : ''}
        disabled={props.disabled}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
    </Frame>
  );
}

/** A labelled number input; an empty field means "not set". */
export function NumberField(
  props: BaseProps & {
    value: number | null;
    onChange: (value: number | null) => void;
    min?: number;
    max?: number;
  },
) {
  return (
    <Frame field={props} class="field--number">
      <input
        id={props.id}
        type="number"
        inputmode="decimal"
        min={props.min}
        max={props.max}
        value={props.value ?? ''}
        disabled={props.disabled}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
        onInput={(event) => {
          const raw = event.currentTarget.value;
          const number = raw === '' ? null : Number(raw);
          if (number === null || Number.isFinite(number)) props.onChange(number);
        }}
      />
    </Frame>
  );
}

/** A labelled choice from a short list. */
export function SelectField<T extends string>(
  props: BaseProps & {
    value: T;
    options: readonly { value: T; label: string }[];
    onChange: (value: T) => void;
  },
) {
  return (
    <Frame field={props} class="field--select">
      <select
        id={props.id}
        value={props.value}
        disabled={props.disabled}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onChange={(event) => props.onChange(event.currentTarget.value as T)}
      >
        <For each={props.options}>{(option) => <option value={option.value}>{option.label}</option>}</For>
      </select>
      <PrintedValue text={props.options.find((option) => option.value === props.value)?.label ?? ''} />
    </Frame>
  );
}
