import { computed, type ReadableAtom } from 'nanostores';
import type { GoalOption } from '../relationship-map/relationships';
import { $goals } from './document';

/**
 * The reader's goals as other worksheets list them for linking: id and words, in the reader's
 * order. Reading it loads the goals document, so the relationship map can offer the goals set
 * in lesson 1 even on its own page.
 */
export const $goalOptions: ReadableAtom<GoalOption[]> = computed($goals, (doc) =>
  doc.goals.map((goal) => ({ id: goal.id, text: goal.text.trim() || 'Untitled goal' })),
);
