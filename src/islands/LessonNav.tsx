import { For } from 'solid-js';
import { $doneLessons } from '../stores/progress';
import { createMounted } from './mounted';
import { createAtomSignal } from './ui/atom-signal';

interface Props {
  lessons: { number: number; href: string; label: string; slug: string }[];
  current?: string | undefined;
}

/**
 * The lesson list of the sidebar. Rendered on the server as plain links; once hydrated it marks
 * finished lessons with a tick and the words "done" for screen readers.
 */
export default function LessonNav(props: Props) {
  const done = createAtomSignal($doneLessons);
  const mounted = createMounted();
  return (
    <ol class="lesson-nav">
      <For each={props.lessons}>
        {(lesson) => {
          const isDone = () => mounted() && done().includes(lesson.slug);
          return (
            <li>
              <a
                href={lesson.href}
                aria-current={lesson.slug === props.current ? 'page' : undefined}
                data-done={isDone()}
              >
                <span class="lesson-nav__number" aria-hidden="true">
                  {isDone() ? '✓' : lesson.number}
                </span>
                <span>
                  {lesson.label}
                  {isDone() ? <span class="visually-hidden"> (done)</span> : null}
                </span>
              </a>
            </li>
          );
        }}
      </For>
    </ol>
  );
}
