import { Show } from 'solid-js';
import { $doneLessons, progress } from '../stores/progress';
import { createMounted } from './mounted';
import { createAtomSignal } from './ui/atom-signal';

interface Props {
  lessons: { number: number; href: string; title: string; slug: string }[];
}

/** How far the reader has come, and the lesson to continue with. */
export default function ProgressOverview(props: Props) {
  const done = createAtomSignal($doneLessons);
  const status = createAtomSignal(progress.$status);
  const mounted = createMounted();
  const loading = () => !mounted() || status().phase === 'loading';
  const count = () =>
    !mounted() ? 0 : props.lessons.filter((lesson) => done().includes(lesson.slug)).length;
  const next = () => props.lessons.find((lesson) => !done().includes(lesson.slug));
  return (
    <div class="progress-overview" aria-busy={loading()}>
      <p class="progress-overview__count">
        <Show when={!loading()} fallback="Checking your progress…">
          {count() === 0
            ? 'You have not marked any lesson done yet.'
            : `You have finished ${count()} of ${props.lessons.length} lessons.`}
        </Show>
      </p>
      <progress max={props.lessons.length} value={count()} aria-label="Lessons done" />
      <Show when={!loading() && count() > 0}>
        <Show
          when={next()}
          fallback={<p>Every lesson is done. Keep your action plan where you will see it.</p>}
        >
          {(lesson) => (
            <p>
              <a class="button" href={lesson().href}>
                Continue with lesson {lesson().number}: {lesson().title}
              </a>
            </p>
          )}
        </Show>
      </Show>
    </div>
  );
}
