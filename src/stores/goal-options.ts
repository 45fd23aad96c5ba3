import { atom, type ReadableAtom } from 'nanostores';
import type { GoalOption } from '../lib/relationships';

const options = atom<GoalOption[]>([]);

/**
 * The reader's goals as the relationship map lists them: id and words, in the reader's order.
 *
 * An adapter, so the map does not depend on how the goals document is stored: it is empty until
 * the goals store (lesson 1's worksheet, `src/stores/goals.ts`) feeds it, e.g. by calling
 * {@link setGoalOptions} from a `$goals.subscribe`. While it is empty the map invites the reader
 * to add goals in lesson 1, and links already stored stay untouched.
 */
export const $goalOptions: ReadableAtom<GoalOption[]> = options;

/** Replaces the goals the map offers; for the goals store, and for tests. */
export function setGoalOptions(goals: readonly GoalOption[]): void {
  options.set(goals.map(({ id, text }) => ({ id, text })));
}
