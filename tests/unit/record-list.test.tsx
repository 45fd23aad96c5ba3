// @vitest-environment jsdom
import { render } from '@solidjs/testing-library';
import { createRenderEffect, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import RecordList from '../../src/islands/ui/record-list';

interface Row {
  id: string;
  text: string;
}

/** Renders rows of inputs from a signal, as an island renders a document's list. */
function setup(initial: Row[]) {
  const [rows, setRows] = createSignal(initial);
  const view = render(() => (
    <ul>
      <RecordList each={rows()}>
        {(row, index) => (
          <li>
            <input aria-label={`Row ${index() + 1}`} id={row().id} value={row().text} />
          </li>
        )}
      </RecordList>
    </ul>
  ));
  const inputs = () => [...view.container.querySelectorAll('input')];
  return { rows, setRows, inputs };
}

describe('RecordList', () => {
  it('updates an edited record in place, keeping its element and the focus in it', () => {
    const { rows, setRows, inputs } = setup([
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
    ]);
    const [first, second] = inputs();
    first!.focus();
    setRows(rows().map((row) => (row.id === 'a' ? { ...row, text: 'one!' } : row)));
    expect(inputs()).toEqual([first, second]);
    expect(first!.value).toBe('one!');
    expect(document.activeElement).toBe(first);
  });

  it('reruns only the edited record’s row, not the others', () => {
    const [rows, setRows] = createSignal<Row[]>([
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
      { id: 'c', text: 'three' },
    ]);
    const runs: Record<string, number> = {};
    render(() => (
      <RecordList each={rows()}>
        {(row) => {
          createRenderEffect(() => {
            runs[row().id] = (runs[row().id] ?? 0) + 1;
          });
          return <p>{row().text}</p>;
        }}
      </RecordList>
    ));
    expect(runs).toEqual({ a: 1, b: 1, c: 1 });
    setRows(rows().map((row) => (row.id === 'b' ? { ...row, text: 'two!' } : row)));
    setRows(rows().map((row) => (row.id === 'b' ? { ...row, text: 'two!!' } : row)));
    expect(runs).toEqual({ a: 1, b: 3, c: 1 });
  });

  it('moves a row with its record, and renumbers by position', () => {
    const { rows, setRows, inputs } = setup([
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
    ]);
    const [first, second] = inputs();
    setRows([{ ...rows()[1]!, text: 'two, moved' }, rows()[0]!]);
    expect(inputs()).toEqual([second, first]);
    expect(inputs().map((input) => input.getAttribute('aria-label'))).toEqual(['Row 1', 'Row 2']);
    expect(second!.value).toBe('two, moved');
  });

  it('adds and removes only the rows of added and removed records', () => {
    const { rows, setRows, inputs } = setup([
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
    ]);
    const [first] = inputs();
    setRows([rows()[0]!, { id: 'c', text: 'three' }]);
    expect(inputs().map((input) => input.id)).toEqual(['a', 'c']);
    expect(inputs()[0]).toBe(first);
    setRows([]);
    expect(inputs()).toEqual([]);
  });
});
