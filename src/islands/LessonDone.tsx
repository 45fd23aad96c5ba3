import { $doneLessons, progress, setLessonDone } from '../stores/progress';
import { createMounted } from './mounted';
import { createAtomSignal } from './ui/atom-signal';

interface Props {
  /** The lesson's slug. */
  slug: string;
  /** Address of the next lesson, offered once this one is done. */
  nextHref?: string | undefined;
  nextLabel?: string | undefined;
}

/** Marks the current lesson done (or not), with the way on once it is. */
export default function LessonDone(props: Props) {
  const done = createAtomSignal($doneLessons);
  const status = createAtomSignal(progress.$status);
  const mounted = createMounted();
  const isDone = () => mounted() && done().includes(props.slug);
  const writable = () => mounted() && status().phase === 'ready' && !status().readOnly;
  return (
    <div class="lesson-done" data-done={isDone()}>
      <button
        type="button"
        class="button"
        aria-pressed={isDone()}
        disabled={!writable()}
        onClick={() => setLessonDone(props.slug, !isDone())}
      >
        <span aria-hidden="true">{isDone() ? '✓' : '○'}</span> Lesson done
      </button>
      <p class="lesson-done__note">
        {isDone()
          ? 'Marked done. Press again to unmark.'
          : 'Mark it when you have worked through the checklist.'}
        {isDone() && props.nextHref ? (
          <>
            {' '}
            <a href={props.nextHref}>Go on to {props.nextLabel}</a>
          </>
        ) : null}
      </p>
    </div>
  );
}
