import { createMemo, For, type Accessor, type JSX } from 'solid-js';

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * Renders one row per record, keyed by its id, handing the row an accessor to the record's latest
 * version. Documents are immutable, so an edited record is a new object; `<For>` keyed by object
 * would rebuild its row on every keystroke and drop the focus and caret of the field being typed
 * in. Keyed by id, a row lives exactly as long as its record: edits update it in place, a move
 * moves it, and only an add or a delete creates or removes one. An edit to one record updates
 * only that record's row.
 */
export default function RecordList<T extends { id: string }>(props: {
  each: readonly T[];
  children: (record: Accessor<T>, index: Accessor<number>) => JSX.Element;
}): JSX.Element {
  const byId = createMemo(() => new Map(props.each.map((record) => [record.id, record])));
  const ids = createMemo(() => props.each.map((record) => record.id), [], { equals: sameIds });
  return (
    <For each={ids()}>
      {(id, index) => {
        // A row being removed can run once more after its record is gone; it keeps the last version.
        let last: T | undefined;
        // A memo, so that an edit to one record reruns only its own row: the others' memos find
        // the same object and tell no one.
        const record = createMemo(() => (last = byId().get(id) ?? last)!);
        // The row gets the accessors themselves, to read in its own tracked scopes.
        // eslint-disable-next-line solid/reactivity
        return props.children(record, index);
      }}
    </For>
  );
}
