import { createEffect, createMemo, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { today } from '../../lib/dates';
import type { LessonLinks } from './model';
import { planPageCss } from './print';
import { planSpec } from './schema';
import { $plan, plan, planRange } from './store';
import './plan.css';
import { createHydratedAtomSignal } from '../../islands/ui/hydrated-atom-signal';
import { loadOnUse } from '../../islands/ui/load-on-use';
import { createWantedSoon } from '../../islands/ui/wanted-soon';
import PlanChoices, { type SectionChoice } from './PlanChoices';

/** The choices before the stored ones are read, as the server renders them. */
const blankChoices = planSpec.initial();

const PlanSheet = loadOnUse(
  () => import('./PlanSheet'),
  () => 'Loading your plan…',
);

/**
 * The printable action plan: the reader's choices (name, sections, dates, paper), then the plan
 * assembled from the stored worksheets (`PlanSheet`). `lessons` names the lesson that holds each
 * worksheet and `sections` lists the plan's sections, both from the build, so this first part
 * of the page needs none of the worksheets' code.
 */
export default function PlanView(props: { lessons: LessonLinks; sections: readonly SectionChoice[] }) {
  // The server's blank choices until the stored ones are in, so hydration meets the same form.
  const stored = createHydratedAtomSignal($plan, blankChoices);
  const status = createHydratedAtomSignal(plan.$status, undefined);
  const loaded = () => (status()?.phase ?? 'loading') !== 'loading';
  const choices = () => (loaded() ? stored() : blankChoices);
  const [nameError, setNameError] = createSignal<string>();
  const [rangeError, setRangeError] = createSignal<string>();
  const day = today();
  // Compared by its days, so typing a name (a new choices object) rebuilds no section.
  const range = createMemo(() => planRange(choices(), day), undefined, {
    equals: (a, b) => a.from === b.from && a.to === b.to,
  });

  let slot: HTMLDivElement | undefined;
  const wanted = createWantedSoon(() => slot);
  const [shown, setShown] = createSignal(false);
  // "Print" before the plan is on the page waits for it, then prints.
  const [printAsked, setPrintAsked] = createSignal(false);
  createEffect(() => {
    if (printAsked() && shown()) {
      setPrintAsked(false);
      // Outside this update: the print's "beforeprint" draws every section, which must reach
      // the page before the browser lays it out.
      setTimeout(() => window.print());
    }
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
    <>
      <PlanChoices
        choices={choices}
        sections={props.sections}
        disabled={!loaded() || status()?.readOnly === true}
        nameError={nameError()}
        rangeError={rangeError()}
        printing={printAsked()}
        onNameError={setNameError}
        onRangeError={setRangeError}
        onPrint={() => (shown() ? window.print() : setPrintAsked(true))}
      />
      <div class="plan-sheet-slot" ref={slot}>
        <Show
          when={wanted() || printAsked()}
          fallback={
            // Printed before the plan is here, this says so instead (plan.css).
            <p class="worksheet-loading">Loading your plan…</p>
          }
        >
          <PlanSheet
            choices={choices}
            range={range}
            day={day}
            lessons={props.lessons}
            onShown={() => setShown(true)}
          />
        </Show>
      </div>
    </>
  );
}
