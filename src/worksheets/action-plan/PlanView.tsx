import {
  createEffect,
  createMemo,
  createSignal,
  For,
  onCleanup,
  onMount,
  Show,
  type Accessor,
} from 'solid-js';
import { formatDate, today, type CalendarDate } from '../../lib/dates';
import { buildSection, planSections } from './sections';
import type { LessonLinks, PlanItem, PlanRange, PlanSection } from './model';
import { planPageCss } from './print';
import { paperSizes, type PaperSize, type PlanDoc } from './schema';
import { $plan, choosePlan, includeSection, plan, planRange } from './store';
import { $planDocuments, planStores } from './documents';
import type { PersistedDocument } from '../../persistence/document-store';
import './plan.css';
import { createAtomSignal } from '../../islands/ui/atom-signal';
import CheckboxList from '../../islands/ui/checkbox-list';
import { DateField, SelectField, TextField } from '../../islands/ui/fields';
import WorksheetGate from '../../islands/ui/worksheet-gate';
import LateBackupNudge from '../../islands/backup/LateBackupNudge';
import { createOnePerTask } from '../../islands/ui/one-per-task';

const paperLabels: Record<PaperSize, string> = { a4: 'A4', letter: 'US Letter' };
const lengths = [30, 60, 90, 180, 365].map((days) => ({ value: String(days), label: `${days} days` }));

/** A site path made absolute, so the printed page shows an address a reader can type. */
const absolute = (href: string) => (href.startsWith('/') ? `${location.origin}${href}` : href);

/** One line of the plan with its date, tag, words, context and any items under it. */
function Item(props: { item: PlanItem }) {
  return (
    <li class="plan-item" data-done={props.item.done ? 'true' : undefined}>
      <div class="plan-item__head">
        <p class="plan-item__line">
          <Show when={props.item.tick}>
            <span class="plan-item__box" aria-hidden="true">
              ☐
            </span>
          </Show>
          <Show when={props.item.date}>
            {(date) => <span class="plan-item__date">{formatDate(date(), props.item.time)}</span>}
          </Show>
          <Show when={props.item.label}>
            <span class="plan-item__label">{props.item.label}</span>
          </Show>
          <Show when={props.item.done}>
            <span class="plan-item__done" aria-hidden="true">
              ✓
            </span>
          </Show>
          <Show when={props.item.href} fallback={<span class="plan-item__text">{props.item.text}</span>}>
            {(href) => (
              <a class="plan-item__text" href={href()}>
                {props.item.text}
              </a>
            )}
          </Show>
        </p>
        <Show when={props.item.detail}>
          <p class="plan-item__detail">{props.item.detail}</p>
        </Show>
      </div>
      <Show when={props.item.children?.length}>
        <ul class="plan-items plan-items--nested">
          <For each={props.item.children}>{(child) => <Item item={child} />}</For>
        </ul>
      </Show>
    </li>
  );
}

/** A section: its items by group, or, when the reader has written nothing, ruled paper. */
function Section(props: { section: PlanSection }) {
  const headingId = () => `plan-${props.section.id}`;
  return (
    <section
      class="plan-section"
      data-section={props.section.id}
      data-empty={props.section.empty ? 'true' : undefined}
      aria-labelledby={headingId()}
    >
      <header class="plan-section__header">
        <h2 id={headingId()}>{props.section.title}</h2>
        <Show when={props.section.lesson}>
          {(lesson) => (
            <p class="plan-section__source">
              From <a href={absolute(lesson().href)}>{lesson().title}</a>
            </p>
          )}
        </Show>
      </header>
      <Show
        when={!props.section.empty}
        fallback={
          <>
            <p class="plan-section__blank">Not filled in yet: write your answers on the lines.</p>
            <ol class="plan-paper">
              <For each={props.section.prompts}>{(prompt) => <li>{prompt}</li>}</For>
            </ol>
          </>
        }
      >
        <For each={props.section.groups}>
          {(group) => (
            <div class="plan-group">
              <h3>{group.title}</h3>
              <Show when={group.items.length} fallback={<p class="plan-group__empty">{group.emptyText}</p>}>
                <ul class="plan-items">
                  <For each={group.items}>{(item) => <Item item={item} />}</For>
                </ul>
              </Show>
            </div>
          )}
        </For>
      </Show>
    </section>
  );
}

/**
 * The plan's sections, built and drawn one per task (see `createOnePerTask`): a full workbook is
 * many short tasks rather than one long one, and printing draws the rest first. Each section has
 * its own memo, so an edit rebuilds only the sections that read what changed (and the timeline,
 * which reads every section before it).
 */
function PlanSections(props: {
  choices: Accessor<PlanDoc>;
  range: Accessor<PlanRange>;
  day: CalendarDate;
  lessons: LessonLinks;
}) {
  const documents = createAtomSignal($planDocuments);
  const drawn = createOnePerTask(planSections.length);
  const built: Accessor<PlanSection | undefined>[] = [];
  for (const [index, source] of planSections.entries()) {
    const earlier = built.slice();
    // Booleans, so a later step or another section's choice does not rebuild this one.
    const due = createMemo(() => index < drawn());
    const included = createMemo(() => !props.choices().excluded.includes(source.id));
    built.push(
      createMemo(() => {
        if (!due() || !included()) return undefined;
        const before = earlier.map((section) => section()).filter((section) => section !== undefined);
        return buildSection(
          source,
          documents(),
          { today: props.day, range: props.range() },
          before,
          props.lessons,
        );
      }),
    );
  }
  const sections = () => built.map((section) => section()).filter((section) => section !== undefined);
  const anyIncluded = () => planSections.some((source) => !props.choices().excluded.includes(source.id));
  return (
    <Show
      when={anyIncluded()}
      fallback={<p>Every section is left out. Tick one above to build your plan.</p>}
    >
      <For each={sections()}>{(section) => <Section section={section} />}</For>
    </Show>
  );
}

/**
 * The printable action plan: the reader's choices (name, sections, dates, paper), then the plan
 * assembled from the stored worksheets by `assemblePlan`. The island only renders section models.
 * `lessons` names the lesson that holds each worksheet, from the content collection.
 */
export default function PlanView(props: { lessons: LessonLinks }) {
  const choices = createAtomSignal($plan);
  const [nameError, setNameError] = createSignal<string>();
  const [rangeError, setRangeError] = createSignal<string>();
  const day = today();
  // Compared by its days, so typing a name (a new choices object) rebuilds no section.
  const range = createMemo(() => planRange(choices(), day), undefined, {
    equals: (a, b) => a.from === b.from && a.to === b.to,
  });

  // The paper size and page headers follow the reader's choices, so the island writes the
  // `@page` rules (as text, escaped by planPageCss) once it runs in the browser. A constructed
  // style sheet, not a <style> element: the page's Content-Security-Policy allows only hashed
  // inline styles, and these rules carry the reader's name.
  onMount(() => {
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    onCleanup(() => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    });
    createEffect(() => {
      sheet.replaceSync(planPageCss(choices().name, choices().paper));
    });
  });

  return (
    <WorksheetGate documents={[plan as PersistedDocument<unknown>, ...planStores]}>
      <LateBackupNudge compact />
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
          value={choices().name}
          maxLength={120}
          error={nameError()}
          onInput={(name) => setNameError(choosePlan({ name }) ?? undefined)}
        />
        <fieldset>
          <legend>Sections to include</legend>
          <CheckboxList
            items={planSections.map((source) => ({ id: source.id, label: source.title }))}
            isChecked={(id) => !choices().excluded.includes(id)}
            onToggle={(id, checked) => includeSection(id, checked)}
          />
        </fieldset>
        <fieldset class="plan-choices__dates">
          <legend>Dates</legend>
          <DateField
            id="plan-from"
            label="Starts on"
            hint="Leave empty to start today."
            value={choices().from}
            error={rangeError()}
            onChange={(from) => setRangeError(choosePlan({ from }) ?? undefined)}
          />
          <SelectField
            id="plan-days"
            label="Covers"
            value={String(choices().days)}
            options={lengths}
            onChange={(days) => setRangeError(choosePlan({ days: Number(days) }) ?? undefined)}
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
                    checked={choices().paper === paper}
                    onChange={() => choosePlan({ paper })}
                  />
                  {paperLabels[paper]}
                </label>
              )}
            </For>
          </div>
        </fieldset>
        <p>
          <button type="button" class="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </p>
      </form>

      <article class="plan-sheet" aria-label="Your plan">
        <header class="plan-sheet__header">
          <p class="plan-sheet__name">
            <Show when={choices().name.trim()} fallback={<span class="plan-sheet__blank-name">Name:</span>}>
              {choices().name.trim()}
            </Show>
          </p>
          <p class="plan-sheet__dates">
            Made on {formatDate(day)} · covers {formatDate(range().from)} to {formatDate(range().to)}
          </p>
        </header>
        <PlanSections choices={choices} range={range} day={day} lessons={props.lessons} />
      </article>
    </WorksheetGate>
  );
}
