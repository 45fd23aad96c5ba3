import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import { clockFace, elapsedSeconds } from '../../lib/practice-clock';
import { judgeSeconds } from '../../lib/speaking-time';
import { $practiceStartedAt, startPractice, stopPractice } from '../../stores/pitch-practice';
import { createAtomSignal } from '../ui/atom-signal';
import { focusById } from '../ui/focus';

/**
 * The opened practice view: the pitch large and a start/stop timer that logs each run. The reader
 * sees it only after "Open practice view", so its code is fetched then (see `Practice.tsx`).
 */
export default function PracticeView(props: {
  text: string;
  targetSeconds: number;
  locked: boolean;
  /** Says how a run went (or clears the line when a new run starts), in the status line beside the view. */
  onLogged: (message: string | undefined) => void;
}) {
  const startedAt = createAtomSignal($practiceStartedAt);
  const [now, setNow] = createSignal(Date.now());
  const running = () => startedAt() !== null;
  // While running, the display refreshes a few times a second; the time itself always comes from
  // the clock, so a throttled background tab still logs the right length.
  createEffect(() => {
    if (!running()) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    onCleanup(() => clearInterval(tick));
  });

  const start = () => {
    props.onLogged(undefined);
    startPractice();
    setNow(Date.now());
  };
  const stop = () => {
    const taken = stopPractice();
    if (taken !== null) props.onLogged(`Logged: ${judgeSeconds(taken, props.targetSeconds).text}`);
    focusById('pitch-practice-start');
  };

  return (
    <>
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
    </>
  );
}
