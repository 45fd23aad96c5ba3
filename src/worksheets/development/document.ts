import { developmentSpec } from './schema';
import { persisted } from '../../stores/persisted';

/**
 * The reader's development plan (lesson 5), stored under `development`: all a page that only
 * reads the plan needs (the action plan). The edits are in `development.ts`, so such a page does
 * not load them.
 */
export const development = persisted(developmentSpec);

/** The development plan as islands read it. */
export const $development = development.$data;
