import { createMemo, For, onMount, Show, type Accessor } from 'solid-js';
import { formatDate, type CalendarDate } from '../../lib/dates';
import { buildSection, planSections } from './sections';
import type { LessonLinks, PlanItem, PlanRange, PlanSection } from './model';
import type { PlanDoc } from './schema';
import { plan } from './store';
import { $planDocuments, planStores } from './documents';
import type { PersistedDocument } from '../../persistence/document-store';
import { createAtomSignal } from '../../islands/ui/atom-signal';
import WorksheetGate from '../../islands/ui/worksheet-gate';
import LateBackupNudge from '../../islands/backup/LateBackupNudge';
import { createOnePerTask } from '../../islands/ui/one-per-task';

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

/** Calls `then` once it is on the page: inside the gate, once the documents are read. */
function WhenShown(props: { then: () => void }) {
  onMount(() => props.then());
  return null;
}

/**
 * The plan itself, built from every stored worksheet. Its code, the six documents it reads and
 * their schemas are fetched by `PlanView` only when the reader comes near it (see
 * `createWantedSoon`), so the page opens with just the choices. `onShown` runs once the documents
 * are read and the plan is on the page, which is when it can be printed.
 */
export default function PlanSheet(props: {
  choices: Accessor<PlanDoc>;
  range: Accessor<PlanRange>;
  day: CalendarDate;
  lessons: LessonLinks;
  onShown: () => void;
}) {
  return (
    <WorksheetGate documents={[plan as PersistedDocument<unknown>, ...planStores]}>
      <LateBackupNudge compact />
      <article class="plan-sheet" aria-label="Your plan">
        <header class="plan-sheet__header">
          <p class="plan-sheet__name">
            <Show
              when={props.choices().name.trim()}
              fallback={<span class="plan-sheet__blank-name">Name:</span>}
            >
              {props.choices().name.trim()}
            </Show>
          </p>
          <p class="plan-sheet__dates">
            Made on {formatDate(props.day)} · covers {formatDate(props.range().from)} to{' '}
            {formatDate(props.range().to)}
          </p>
        </header>
        <PlanSections choices={props.choices} range={props.range} day={props.day} lessons={props.lessons} />
      </article>
      {/* Last, so the plan's own set-up (drawing every section before a print) has run first. */}
      <WhenShown then={() => props.onShown()} />
    </WorksheetGate>
  );
}
