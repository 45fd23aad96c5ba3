import { Show, type Accessor, type JSX } from 'solid-js';
import RecordList from './record-list';

/** What a worksheet says about one of its lists: its heading, its help, and its Add button. */
export interface ListText {
  title: string;
  /** A line under the heading, when the list has one. */
  intro?: string;
  /** What to write, shown while the list is empty. */
  empty: string;
  /** The Add button's words, e.g. "Add a goal". */
  add: string;
}

interface Props<T extends { id: string }> {
  text: ListText;
  /** The section's classes, e.g. `ws-section`. */
  class: string;
  headingId: string;
  /** The heading's level: a worksheet's lists are h4, lists inside a record h6. */
  level: 4 | 6;
  /** Numbered (`ol`) or not (`ul`). */
  ordered: boolean;
  each: readonly T[];
  addId: string;
  /** Classes of the Add button. */
  addClass: string;
  /** Words after the Add button's label for screen readers only, e.g. " to goal 2". */
  addHidden?: string;
  /** A `+` before the Add button's label, and the button kept off paper. */
  plus?: boolean;
  disabled: boolean;
  onAdd: () => void;
  /** One row (an `li`) per record, keyed by id so the field being typed in keeps its focus. */
  children: (record: Accessor<T>, index: Accessor<number>) => JSX.Element;
}

/** One list of records of a worksheet: heading, help, the rows or what to write, and Add. */
export default function ListSection<T extends { id: string }>(props: Props<T>) {
  const rows = () => (
    <RecordList each={props.each}>{(record, index) => props.children(record, index)}</RecordList>
  );
  const button = () => (
    <button
      type="button"
      class={props.addClass}
      id={props.addId}
      disabled={props.disabled}
      onClick={() => props.onAdd()}
    >
      <Show when={props.plus}>
        <span aria-hidden="true">+</span>{' '}
      </Show>
      {props.text.add}
      <Show when={props.addHidden}>
        <span class="visually-hidden">{props.addHidden}</span>
      </Show>
    </button>
  );
  return (
    <section class={props.class} aria-labelledby={props.headingId}>
      {props.level === 4 ? (
        <h4 id={props.headingId}>{props.text.title}</h4>
      ) : (
        <h6 id={props.headingId}>{props.text.title}</h6>
      )}
      <Show when={props.text.intro}>
        <p class="ws-section__intro">{props.text.intro}</p>
      </Show>
      <Show when={props.each.length > 0} fallback={<p class="ws-empty">{props.text.empty}</p>}>
        {props.ordered ? <ol class="ws-list">{rows()}</ol> : <ul class="ws-list">{rows()}</ul>}
      </Show>
      {props.plus ? <div class="no-print">{button()}</div> : <p>{button()}</p>}
    </section>
  );
}
