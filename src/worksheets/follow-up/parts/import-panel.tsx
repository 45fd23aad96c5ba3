import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import {
  findDuplicates,
  guessMapping,
  importFieldLabels,
  importFields,
  parseCsv,
  planImport,
  validateRows,
  type ColumnMapping,
  type ImportField,
} from '../contacts-csv';
import { applyImport } from '../store';
import { $people } from '../../../documents/people/document';
import { createAtomSignal } from '../../../islands/ui/atom-signal';
import { focusById } from '../../../islands/ui/focus';
import FormMessage, { type Message } from '../../../islands/ui/form-message';

/** Rows shown in the preview: enough to check the mapping, few enough to read. */
const PREVIEW_ROWS = 5;

type Choice = 'merge' | 'add' | 'skip';

/**
 * The CSV import, step by step: map the columns, preview, see every bad row by line and reason,
 * choose what to do with duplicates, then import everything in one step (or nothing). Loaded on
 * demand with Papa Parse.
 */
export default function ImportPanel(props: { fileName: string; text: string; onClose: () => void }) {
  const doc = createAtomSignal($people);
  // The file is fixed for the panel's lifetime; a new file opens a new panel.
  // eslint-disable-next-line solid/reactivity
  const parsed = parseCsv(props.text);
  const [mapping, setMapping] = createSignal<ColumnMapping>(guessMapping(parsed.headers));
  const [skipBad, setSkipBad] = createSignal(false);
  const [choices, setChoices] = createSignal(new Map<number, Choice>());
  const [message, setMessage] = createSignal<Message>();
  const [done, setDone] = createSignal(false);

  const checked = createMemo(() => validateRows(parsed, mapping()));
  const dupes = createMemo(() => findDuplicates(checked().candidates, doc().people));
  const problems = createMemo(() =>
    [...checked().problems, ...dupes().repeats].sort((a, b) => a.line - b.line),
  );
  const repeatLines = createMemo(() => new Set(dupes().repeats.map((repeat) => repeat.line)));
  const importable = createMemo(() =>
    checked().candidates.filter((candidate) => !repeatLines().has(candidate.line)),
  );
  const mappingHasName = () => mapping().includes('name');

  const setColumn = (column: number, field: ImportField | '') => {
    // A field fills from one column: choosing it here clears it elsewhere.
    setMapping(
      mapping().map((current, index) =>
        index === column ? field : current === field && field ? '' : current,
      ),
    );
  };
  const choose = (line: number, choice: Choice) => setChoices(new Map(choices()).set(line, choice));

  const runImport = () => {
    setMessage(undefined);
    if (!mappingHasName()) {
      setMessage({ kind: 'error', text: 'Choose which column holds the names first. Nothing was imported.' });
      return;
    }
    if (problems().length > 0 && !skipBad()) {
      setMessage({
        kind: 'error',
        text: `${problems().length} ${problems().length === 1 ? 'row has a problem' : 'rows have problems'} (listed above). Fix the file and choose it again, or tick “Skip these rows” to import the rest. Nothing was imported.`,
      });
      focusById('fu-import-skip');
      return;
    }
    const plan = planImport(importable(), dupes().duplicates, choices(), doc().people);
    if (plan.add.length === 0 && plan.merge.length === 0) {
      setMessage({ kind: 'error', text: 'There is nothing new to import from this file.' });
      return;
    }
    const error = applyImport(plan);
    if (error) {
      setMessage({ kind: 'error', text: `Nothing was imported: ${error}` });
      return;
    }
    setDone(true);
    setMessage({
      kind: 'ok',
      text: `Imported ${plan.add.length} new ${plan.add.length === 1 ? 'contact' : 'contacts'}${plan.merge.length ? ` and updated ${plan.merge.length} existing` : ''}${problems().length ? `; skipped ${problems().length} ${problems().length === 1 ? 'row' : 'rows'} with problems` : ''}.`,
    });
    focusById('fu-import-result');
  };

  const cell = (cells: string[], field: ImportField) => {
    const column = mapping().indexOf(field);
    return column < 0 ? '' : (cells[column] ?? '');
  };
  const previewFields = () => importFields.filter((field) => mapping().includes(field));

  return (
    <div class="fu-import" role="region" aria-label={`Import from ${props.fileName}`}>
      <Show
        when={!done()}
        fallback={
          <p id="fu-import-result" class="form-message form-message--ok" role="status" tabindex="-1">
            <span aria-hidden="true">✓ </span>
            {message()?.text}
          </p>
        }
      >
        <Show
          when={parsed.headers.length > 0 && parsed.rows.length > 0}
          fallback={
            <p class="form-message form-message--error" role="alert">
              <span aria-hidden="true">⚠ </span>
              {props.fileName} has no rows under a header row. Nothing was imported.
            </p>
          }
        >
          <h5>
            1. Match the columns of {props.fileName} ({parsed.rows.length}{' '}
            {parsed.rows.length === 1 ? 'row' : 'rows'})
          </h5>
          <div class="ws-grid">
            <For each={parsed.headers}>
              {(header, index) => {
                // The headers of a parsed file never move, so each column keeps its index.
                const column = untrack(index);
                return (
                  <div class="field">
                    <label for={`fu-map-${column}`}>Column “{header || `${column + 1}`}”</label>
                    <select
                      id={`fu-map-${column}`}
                      value={mapping()[column] ?? ''}
                      onChange={(event) => setColumn(column, event.currentTarget.value as ImportField | '')}
                    >
                      <option value="">Ignore this column</option>
                      <For each={importFields}>
                        {(field) => <option value={field}>{importFieldLabels[field]}</option>}
                      </For>
                    </select>
                  </div>
                );
              }}
            </For>
          </div>

          <h5>2. Preview</h5>
          <div class="fu-table-wrap">
            <table class="data-table">
              <caption>
                The first {Math.min(PREVIEW_ROWS, parsed.rows.length)} rows as they will be imported
              </caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <For each={previewFields()}>
                    {(field) => <th scope="col">{importFieldLabels[field]}</th>}
                  </For>
                </tr>
              </thead>
              <tbody>
                <For each={parsed.rows.slice(0, PREVIEW_ROWS)}>
                  {(row) => (
                    <tr>
                      <td>{row.line}</td>
                      <For each={previewFields()}>{(field) => <td>{cell(row.cells, field)}</td>}</For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>

          <Show when={problems().length > 0}>
            <h5>3. Rows that cannot be imported</h5>
            <ul class="fu-problems">
              <For each={problems()}>
                {(problem) => (
                  <li>
                    <span aria-hidden="true">⚠ </span>
                    Line {problem.line}: {problem.reason}
                  </li>
                )}
              </For>
            </ul>
            <div class="fu-check">
              <input
                id="fu-import-skip"
                type="checkbox"
                checked={skipBad()}
                onChange={(event) => setSkipBad(event.currentTarget.checked)}
              />
              <label for="fu-import-skip">
                Skip {problems().length === 1 ? 'this row' : `these ${problems().length} rows`} and import the
                rest
              </label>
            </div>
          </Show>

          <Show when={dupes().duplicates.length > 0}>
            <h5>Already in your contacts (same name and email)</h5>
            <ul class="fu-dupes">
              <For each={dupes().duplicates}>
                {(duplicate) => (
                  <li class="field">
                    <label for={`fu-dupe-${duplicate.line}`}>
                      Line {duplicate.line} matches {duplicate.existingName}
                    </label>
                    <select
                      id={`fu-dupe-${duplicate.line}`}
                      value={choices().get(duplicate.line) ?? 'merge'}
                      onChange={(event) => choose(duplicate.line, event.currentTarget.value as Choice)}
                    >
                      <option value="merge">
                        Merge into {duplicate.existingName} (fill blanks, add tags and notes)
                      </option>
                      <option value="add">Add as a separate contact</option>
                      <option value="skip">Leave this row out</option>
                    </select>
                  </li>
                )}
              </For>
            </ul>
          </Show>

          <div class="actions">
            <button type="button" class="button" onClick={runImport}>
              Import {importable().length} {importable().length === 1 ? 'contact' : 'contacts'}
            </button>
            <button type="button" class="button button--quiet" onClick={() => props.onClose()}>
              Cancel
            </button>
          </div>
          <FormMessage message={message()} />
        </Show>
      </Show>
    </div>
  );
}
