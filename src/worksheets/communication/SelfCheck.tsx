import { createMemo, createSignal, For, Show } from 'solid-js';
import { formatDate, today } from '../../lib/dates';
import {
  areaInfo,
  checkAreas,
  compareTakes,
  overallScore,
  scoreAreas,
  statements,
  tipsFor,
  unrated,
} from './self-check';
import type { Take } from './schema';
import { $communication, communication, deleteFrom, rateStatement, saveTake } from './store';
import { people } from '../../documents/people/document';
import type { PersistedDocument } from '../../stores/persisted';
import ConversationPlans from './ConversationPlans';
import { createAtomSignal } from '../../islands/ui/atom-signal';
import { focusById } from '../../islands/ui/focus';
import FormMessage, { type Message } from '../../islands/ui/form-message';
import UndoBar from '../../islands/ui/undo-bar';
import WorksheetGate from '../../islands/ui/worksheet-gate';

const scale = [1, 2, 3, 4, 5] as const;
const scaleWords: Record<number, string> = { 1: 'rarely', 3: 'sometimes', 5: 'almost always' };

/** The listening and communication style self-check of lesson 3, and the conversation planner. */
export default function SelfCheck() {
  return (
    <WorksheetGate documents={[communication, people] as PersistedDocument<unknown>[]}>
      <CheckWorksheet />
    </WorksheetGate>
  );
}

function CheckWorksheet() {
  const doc = createAtomSignal($communication);
  const status = createAtomSignal(communication.$status);
  const locked = () => status().readOnly;
  const [message, setMessage] = createSignal<Message>();
  const missing = createMemo(() => unrated(doc().draft.ratings).length);

  const save = () => {
    const error = saveTake(today());
    setMessage(
      error ? { kind: 'error', text: error } : { kind: 'ok', text: 'Saved. Your results are below.' },
    );
    if (!error) focusById('check-results-title');
  };

  return (
    <div class="ws comm">
      <p class="ws-section__intro">
        Think of your last three professional conversations and rate each statement from 1 (rarely true) to 5
        (almost always true). Retake it after a few conversations to see what changed.
      </p>
      <section class="ws-section" aria-labelledby="check-title">
        <h4 id="check-title">{doc().takes.length ? 'Retake the self-check' : 'Rate yourself'}</h4>
        <For each={checkAreas}>
          {(area) => (
            <div class="comm-area">
              <h5>{areaInfo[area].label}</h5>
              <For each={statements.filter((statement) => statement.area === area)}>
                {(statement) => (
                  <fieldset class="comm-statement">
                    <legend>{statement.text}</legend>
                    <div class="comm-scale">
                      <For each={scale}>
                        {(value) => (
                          <label>
                            <input
                              type="radio"
                              name={`check-${statement.id}`}
                              value={value}
                              checked={doc().draft.ratings[statement.id] === value}
                              disabled={locked()}
                              onChange={() => rateStatement(statement.id, value)}
                            />
                            {value}
                            <Show when={scaleWords[value]}>
                              <span class="comm-scale__word"> ({scaleWords[value]})</span>
                            </Show>
                          </label>
                        )}
                      </For>
                    </div>
                  </fieldset>
                )}
              </For>
            </div>
          )}
        </For>
        <p class="comm-progress">
          {missing() === 0
            ? 'Every statement is rated.'
            : `${statements.length - missing()} of ${statements.length} statements rated.`}
        </p>
        <div class="no-print">
          <button type="button" class="button" disabled={locked()} onClick={save}>
            Save this self-check
          </button>
        </div>
        <FormMessage message={message()} class="no-print" />
      </section>
      <Results takes={doc().takes} locked={locked()} />
      <ConversationPlans plans={doc().plans} locked={locked()} />
      <UndoBar scope="communication" />
    </div>
  );
}

function Results(props: { takes: Take[]; locked: boolean }) {
  const latest = () => props.takes.at(-1);
  const previous = () => props.takes.at(-2);
  return (
    <section class="ws-section" aria-labelledby="check-results-title">
      <h4 id="check-results-title" tabindex="-1">
        Your results
      </h4>
      <Show
        when={latest()}
        fallback={<p class="ws-empty">No self-check saved yet. Rate every statement, then save.</p>}
      >
        {(take) => (
          <>
            <p>
              Taken <time datetime={take().takenOn}>{formatDate(take().takenOn)}</time>. Overall{' '}
              {overallScore(take().ratings)?.toFixed(1)} out of 5.
            </p>
            <ul class="comm-scores">
              <For each={scoreAreas(take().ratings)}>
                {(entry) => (
                  <li>
                    {entry.label}: {entry.score?.toFixed(1) ?? 'not rated'} out of 5
                  </li>
                )}
              </For>
            </ul>
            <Show
              when={tipsFor(take().ratings).length > 0}
              fallback={<p>Every area is at 4 or more. Keep the habits, and retake it in a month.</p>}
            >
              <h5>What to work on next</h5>
              <ul class="comm-tips">
                <For each={tipsFor(take().ratings)}>
                  {(tip) => (
                    <li>
                      <strong>
                        {tip.label} ({tip.score.toFixed(1)}):
                      </strong>{' '}
                      {tip.tip}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={previous()}>
              {(before) => (
                <>
                  <h5>
                    Change since <time datetime={before().takenOn}>{formatDate(before().takenOn)}</time>
                  </h5>
                  <ul class="comm-changes">
                    <For each={compareTakes(before().ratings, take().ratings)}>
                      {(change) => (
                        <li
                          data-change={
                            change.delta === null
                              ? 'none'
                              : change.delta > 0
                                ? 'up'
                                : change.delta < 0
                                  ? 'down'
                                  : 'same'
                          }
                        >
                          <span aria-hidden="true">
                            {change.delta === null
                              ? '· '
                              : change.delta > 0
                                ? '▲ '
                                : change.delta < 0
                                  ? '▼ '
                                  : '= '}
                          </span>
                          {change.text}
                        </li>
                      )}
                    </For>
                  </ul>
                </>
              )}
            </Show>
            <h5>All your self-checks</h5>
            <ol class="comm-takes">
              <For each={props.takes}>
                {(entry, index) => (
                  <li>
                    <span>
                      <time datetime={entry.takenOn}>{formatDate(entry.takenOn)}</time>: overall{' '}
                      {overallScore(entry.ratings)?.toFixed(1)} out of 5
                    </span>
                    <button
                      type="button"
                      class="icon-button icon-button--danger no-print"
                      aria-label={`Delete the self-check of ${formatDate(entry.takenOn)} (${index() + 1})`}
                      disabled={props.locked}
                      onClick={() => {
                        deleteFrom('takes', entry.id, `the self-check of ${formatDate(entry.takenOn)}`);
                        focusById('check-results-title');
                      }}
                    >
                      <span aria-hidden="true">✕</span>
                    </button>
                  </li>
                )}
              </For>
            </ol>
          </>
        )}
      </Show>
    </section>
  );
}
