/**
 * Moves focus to the element with `id`: a record just added, or the neighbour of one just deleted.
 *
 * Solid renders a store change synchronously, so the element is usually there at once. Focus must
 * move before the browser handles the reader's next key: after an animation frame is too late, and a
 * fast typist's space lands on the Add button that still has focus and adds another record.
 */
export function focusById(id: string): void {
  const element = document.getElementById(id);
  if (element) element.focus();
  else queueMicrotask(() => document.getElementById(id)?.focus());
}

/**
 * Before a record is deleted: focuses the next record's field (`field` makes its id), else the
 * previous one's, else `fallback` (the list's Add button), so the keyboard stays in the list.
 */
export function focusNeighbour(
  records: readonly { id: string }[],
  id: string,
  field: (id: string) => string,
  fallback: string,
): void {
  const index = records.findIndex((record) => record.id === id);
  const neighbour = records[index + 1] ?? records[index - 1];
  focusById(neighbour ? field(neighbour.id) : fallback);
}
