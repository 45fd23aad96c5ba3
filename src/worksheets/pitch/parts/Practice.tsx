import { createEffect, createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { formatDate, today } from '../../../lib/dates';
import {
  clockFace,
  describeTrend,
  elapsedSeconds,
  MIN_RUN_SECONDS,
  sparklinePoints,
  sparklineY,
} from '../practice';
import { describeSeconds, judgeSeconds } from '../speaking-time';
import type { PracticeRun } from '../schema';
import { $practiceStartedAt, deleteFrom, startPractice, stopPractice } from '../store';
import { createAtomSignal } from '../../../islands/ui/atom-signal';
import { focusById } from '../../../islands/ui/focus';

const WIDTH = 160;
const HEIGHT = 32;

/** Practice mode: the pitch large, a start/stop timer, and the log of runs with their trend. */
export default function Practice(props: {
  text: string;
  targetSeconds: number;
  runs: PracticeRun[];
  locked: boolean;
}) {
  const startedAt = createAtomSignal($practiceStartedAt);
  const [open, setOpen] = createSignal(false);
  const [now, setNow] = createSignal(Date.now());
  const running = () => startedAt() !== null;
  // While running, the display refreshes a few times a second; the time itself always comes from
  // the clock, so a throttled background tab still logs the right length.
  createEffect(() => {
    if (!running()) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    onCleanup(() => clearInterval(tick));
  });
  const seconds = createMemo(() => props.runs.map((run) => run.seconds));
  const [last, setLast] = createSignal<string>();

  const start = () => {
    setLast(undefined);
    startPractice();
    setNow(Date.now());
  };
  const stop = () => {
    const taken = stopPractice();
    if (taken)
      setLast(
        taken.logged
          ? `Logged: ${judgeSeconds(taken.seconds, props.targetSeconds).text}`
          : `Not logged: ${describeSeconds(taken.seconds)} is too short for a run.`,
      );
    focusById('pitch-practice-start');
  };

  return (
    <section class="ws-section" aria-labelledby="pitch-practice-title">
      <h4 id="pitch-practice-title">Practice out loud</h4>
      <p class="ws-section__intro">
        Say your pitch five times and time each run. You’re ready when it sounds like talking, not reciting.
      </p>
      <div class="no-print">
        <button
          type="button"
          class="button button--quiet"
          aria-expanded={open()}
          aria-controls="pitch-practice-view"
          onClick={() => setOpen(!open())}
        >
          {open() ? 'Close practice view' : 'Open practice view'}
        </button>
      </div>
      <Show when={open()}>
        <div id="pitch-practice-view" class="pitch-practice no-print">
          <p class="pitch-practice__text">{props.text.trim() || 'Write your pitch above first.'}</p>
          <div class="pitch-practice__controls">
            <p class="pitch-practice__clock" aria-label="Time elapsed" role="timer">
              {clockFace(running() ? elapsedSeconds(startedAt()!, now()) : 0)}
            </p>
            <Show
              when={running()}
              fallback={
                <button
                  type="button"
                  id="pitch-practice-start"
                  class="button"
                  disabled={props.locked}
                  onClick={start}
                >
                  Start timer
                </button>
              }
            >
              <button
                type="button"
                id="pitch-practice-stop"
                class="button"
                ref={(el) => queueMicrotask(() => el.focus())}
                onClick={stop}
              >
                Stop timer
              </button>
            </Show>
          </div>
          <p class="pitch-practice__hint">Runs under {MIN_RUN_SECONDS} seconds aren’t logged.</p>
          <p role="status" class="pitch-practice__last">
            {last()}
          </p>
        </div>
      </Show>
      <h5 class="pitch-subhead">Practice log</h5>
      <p class="pitch-trend">{describeTrend(seconds(), props.targetSeconds)}</p>
      <Show when={props.runs.length > 1}>
        <svg
          class="pitch-sparkline"
          viewBox={`-2 -2 ${WIDTH + 4} ${HEIGHT + 4}`}
          width={WIDTH}
          height={HEIGHT}
          role="img"
          aria-label={`Run lengths in seconds, oldest first: ${seconds()
            .map((s) => Math.round(s))
            .join(', ')}. Target line at ${props.targetSeconds} seconds.`}
        >
          <line
            class="pitch-sparkline__target"
            x1="0"
            x2={WIDTH}
            y1={sparklineY(seconds(), HEIGHT, props.targetSeconds)}
            y2={sparklineY(seconds(), HEIGHT, props.targetSeconds)}
          />
          <polyline
            class="pitch-sparkline__line"
            points={sparklinePoints(seconds(), WIDTH, HEIGHT, props.targetSeconds)}
          />
        </svg>
      </Show>
      <Show when={props.runs.length > 0}>
        <ol class="pitch-runs">
          <For each={props.runs}>
            {(run, index) => (
              <li>
                <span>
                  <time datetime={run.startedAt}>{formatDate(today(new Date(run.startedAt)))}</time>:{' '}
                  {describeSeconds(run.seconds)} (target {run.targetSeconds} s)
                </span>
                <button
                  type="button"
                  class="icon-button icon-button--danger no-print"
                  id={`pitch-run-${run.id}-delete`}
                  aria-label={`Delete practice run ${index() + 1}`}
                  disabled={props.locked}
                  onClick={() => {
                    const neighbour = props.runs[index() + 1] ?? props.runs[index() - 1];
                    deleteFrom('runs', run.id, `of ${describeSeconds(run.seconds)}`);
                    focusById(neighbour ? `pitch-run-${neighbour.id}-delete` : 'pitch-practice-title');
                  }}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
