import { goalsSpec } from './schema';
import { persisted } from '../../stores/persisted';

/**
 * The reader's goal-setting worksheet, stored under `goals`: all a page that only reads the goals
 * needs (the relationship map's goal links, the action plan). The edits are in `goals.ts`, so
 * such a page does not load them.
 */
export const goals = persisted(goalsSpec);

/** The goals document as islands read it. */
export const $goals = goals.$data;
