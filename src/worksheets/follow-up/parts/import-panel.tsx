import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import {
  cadenceInWords,
  findDuplicates,
  guessMapping,
  importFieldLabels,
  importFields,
  mapsName,
  planImport,
  validateRows,
  type Candidate,
  type ColumnMapping,
  type ImportField,
  type RowProblem,
} from '../contacts-csv';
import { decodeContactsFile } from '../import/decode';
import { isVCard, readCsv, readSourceRows } from '../import/detect';
import { applyImport } from '../store';
import { $people } from '../../../documents/people/document';
import { today } from '../../../lib/dates';
import { createAtomSignal } from '../../../islands/ui/atom-signal';
import { focusById } from '../../../islands/ui/focus';
import FormMessage, { type Message } from '../../../islands/ui/form-message';

/** Rows shown in the preview: enough to check the mapping, few enough to read. */
const PREVIEW_ROWS = 5;

type Choice = 'merge' | 'add' | 'skip';

/** What a file gave: contacts to import and rows that cannot be, with how many there were. */
interface FileRows {
  candidates: Candidate[];
  problems: RowProblem[];
}

/** The fields the preview can show, in its column order, each as the reader reads it. */
const previewFields = [
  ['name', (f) => f.name ?? ''],
  ['role', (f) => f.role ?? ''],
  ['organization', (f) => f.organization ?? ''],
  ['email', (f) => f.email ?? ''],
  ['phone', (f) => f.phone ?? ''],
  ['profileUrl', (f) => f.profileUrl ?? ''],
  ['metHow', (f) => f.metHow ?? ''],
  ['tags', (f) => f.tags?.join(', ') ?? ''],
  [
    'cadence',
    (f) => (f.cadence ? cadenceInWords({ cadence: f.cadence, cadenceDays: f.cadenceDays ?? null }) : ''),
  ],
  ['nextFollowUp', (f) => f.nextFollowUp ?? ''],
] as const satisfies readonly (readonly [ImportField, (fields: Candidate['fields']) => string])[];

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** For the preview of a vCard file: the properties read, and the field each fills. */
const vcardColumns = [
  { from: 'FN (or N)', to: 'Name' },
  { from: 'ORG', to: 'Organization' },
  { from: 'TITLE', to: 'Role' },
  { from: 'EMAIL', to: 'Email' },
  { from: 'TEL', to: 'Phone' },
  { from: 'URL', to: 'Profile URL' },
  { from: 'CATEGORIES', to: 'Tags' },
  { from: 'NOTE', to: 'Notes' },
];

/**
 * The import, step by step: the file's source recognised (LinkedIn, Google, Outlook, vCard) or
 * its columns matched by the reader, a preview of the contacts that will be added, every row
 * that cannot be by line and reason, a choice for each duplicate, then everything in one step
 * (or nothing). Loaded on demand with Papa Parse; a vCard file also fetches ical.js.
 */
export default function ImportPanel(props: { fileName: string; bytes: ArrayBuffer; onClose: () => void }) {
  const doc = createAtomSignal($people);
  // The file is fixed for the panel's lifetime; a new file opens a new panel.
  // eslint-disable-next-line solid/reactivity
  const text = decodeContactsFile(props.bytes);
  const vcard = isVCard(text);
  const csv = vcard ? undefined : readCsv(text);
  const [cards, setCards] = createSignal<FileRows & { cards: number }>();
  const [readError, setReadError] = createSignal<string>();
  if (vcard) {
    import('../import/read-vcard').then(
      (module) => setCards(module.readVCards(text)),
      (error: unknown) => setReadError(`The vCard reader could not be loaded: ${(error as Error).message}`),
    );
  }
  // A recognised export is read by its own rules, unless the reader prefers to match the columns.
  const [manual, setManual] = createSignal(!csv?.source);
  const [mapping, setMapping] = createSignal<ColumnMapping>(guessMapping(csv?.parsed.headers ?? []));
  const [skipBad, setSkipBad] = createSignal(false);
  const [choices, setChoices] = createSignal(new Map<number, Choice>());
  const [message, setMessage] = createSignal<Message>();
  const [done, setDone] = createSignal(false);

  const source = () => (vcard ? 'vCard (.vcf)' : csv?.source && !manual() ? csv.source.label : undefined);
  const checked = createMemo((): FileRows => {
    if (vcard) return cards() ?? { candidates: [], problems: [] };
    if (csv!.source && !manual()) return readSourceRows(csv!.parsed, csv!.source);
    return validateRows(csv!.parsed, mapping());
  });
  const rowCount = () =>
    vcard ? (cards()?.cards ?? 0) : csv!.parsed.rows.length + csv!.parsed.problems.length;
  const dupes = createMemo(() => findDuplicates(checked().candidates, doc().people));
  const problems = createMemo(() =>
    [...checked().problems, ...dupes().repeats].sort((a, b) => a.line - b.line),
  );
  const repeatLines = createMemo(() => new Set(dupes().repeats.map((repeat) => repeat.line)));
  const importable = createMemo(() =>
    checked().candidates.filter((candidate) => !repeatLines().has(candidate.line)),
  );
  const duplicateCount = () => dupes().duplicates.length;
  const newCount = () => importable().length - duplicateCount();
  const shownFields = createMemo(() => {
    const rows = importable().slice(0, PREVIEW_ROWS);
    return previewFields.filter(([, show]) => rows.some((row) => show(row.fields)));
  });
  const mappingHasName = () => mapsName(mapping());

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
    if (!source() && !mappingHasName()) {
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
    const plan = planImport(importable(), dupes().duplicates, choices(), doc().people, today());
    if (plan.add.length === 0 && plan.merge.length === 0) {
      setMessage({
        kind: 'error',
        text: 'There is nothing new to import from this file: every contact in it is already here.',
      });
      return;
    }
    const error = applyImport(plan);
    if (error) {
      setMessage({ kind: 'error', text: `Nothing was imported: ${error}` });
      return;
    }
    const organizations = plan.add.filter((fields) => fields.kind === 'organization').length;
    setDone(true);
    setMessage({
      kind: 'ok',
      text: `Imported ${plan.add.length} new ${plan.add.length === 1 ? 'contact' : 'contacts'}${plan.merge.length ? ` and updated ${plan.merge.length} existing` : ''}${problems().length ? `; skipped ${plural(problems().length, 'row')} with problems` : ''}.${organizations ? ` ${plural(organizations, 'of them is an organization', 'of them are organizations')}, listed on the relationship map.` : ''}`,
    });
    focusById('fu-import-result');
  };

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
          when={!readError()}
          fallback={
            <p class="form-message form-message--error" role="alert">
              <span aria-hidden="true">⚠ </span>
              {readError()} Nothing was imported.
            </p>
          }
        >
          <Show when={!vcard || cards()} fallback={<p role="status">Reading {props.fileName}…</p>}>
            <Show
              when={rowCount() > 0 && (vcard || csv!.parsed.headers.length > 0)}
              fallback={
                <p class="form-message form-message--error" role="alert">
                  <span aria-hidden="true">⚠ </span>
                  {vcard
                    ? `${props.fileName} holds no contact cards.`
                    : `${props.fileName} has no rows under a header row.`}{' '}
                  Nothing was imported.
                </p>
              }
            >
              <p class="fu-import__summary" role="status">
                {source() ? `Recognised: ${source()}. ` : ''}
                {plural(rowCount(), vcard ? 'card' : 'row')}: {newCount()} new, {duplicateCount()} already in
                your contacts, {problems().length} skipped.
              </p>
              <Show
                when={source()}
                fallback={
                  <MappingFields
                    headers={csv?.parsed.headers ?? []}
                    mapping={mapping()}
                    fileName={props.fileName}
                    onChange={setColumn}
                  />
                }
              >
                <h5>1. How {props.fileName} is read</h5>
                <ul class="fu-import__columns">
                  <For each={vcard ? vcardColumns : (csv?.source?.columns ?? [])}>
                    {(column) => (
                      <li>
                        {column.from} <span aria-hidden="true">→</span>
                        <span class="visually-hidden"> becomes </span> {column.to}
                      </li>
                    )}
                  </For>
                </ul>
                <Show when={!vcard}>
                  <button type="button" class="button button--quiet" onClick={() => setManual(true)}>
                    Match the columns myself instead
                  </button>
                </Show>
              </Show>

              <h5>2. Preview</h5>
              <Show
                when={importable().length > 0}
                fallback={<p>No row of this file can be imported as it stands.</p>}
              >
                {/* Focusable, so a keyboard reader can scroll the wide preview sideways. */}
                <div class="fu-table-wrap" role="region" aria-label="Preview, scrolls sideways" tabindex="0">
                  <table class="data-table">
                    <caption>
                      The first {Math.min(PREVIEW_ROWS, importable().length)} of the{' '}
                      {plural(importable().length, 'contact')} to import
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Line</th>
                        <For each={shownFields()}>
                          {([field]) => <th scope="col">{importFieldLabels[field]}</th>}
                        </For>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={importable().slice(0, PREVIEW_ROWS)}>
                        {(row) => (
                          <tr>
                            <td>{row.line}</td>
                            <For each={shownFields()}>{([, show]) => <td>{show(row.fields)}</td>}</For>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
              </Show>

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
                    Skip {problems().length === 1 ? 'this row' : `these ${problems().length} rows`} and import
                    the rest
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
                  Import {plural(importable().length, 'contact')}
                </button>
                <button type="button" class="button button--quiet" onClick={() => props.onClose()}>
                  Cancel
                </button>
              </div>
              <FormMessage message={message()} />
            </Show>
          </Show>
        </Show>
      </Show>
    </div>
  );
}

/** The reader's own column mapping, for a file whose source is not recognised. */
function MappingFields(props: {
  headers: string[];
  mapping: ColumnMapping;
  fileName: string;
  onChange: (column: number, field: ImportField | '') => void;
}) {
  return (
    <>
      <h5>1. Match the columns of {props.fileName}</h5>
      <p class="field__hint">
        Names split in two? Choose “First name” and “Last name” for the two columns, and they are joined.
      </p>
      <div class="ws-grid">
        <For each={props.headers}>
          {(header, index) => {
            // The headers of a parsed file never move, so each column keeps its index.
            const column = untrack(index);
            return (
              <div class="field">
                <label for={`fu-map-${column}`}>Column “{header || `${column + 1}`}”</label>
                <select
                  id={`fu-map-${column}`}
                  value={props.mapping[column] ?? ''}
                  onChange={(event) => props.onChange(column, event.currentTarget.value as ImportField | '')}
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
    </>
  );
}
