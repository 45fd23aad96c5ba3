import { pitchSpec } from './schema';
import { persisted } from '../../stores/persisted';

/**
 * The reader's pitch (lesson 3), stored under `pitch`: all a page that only reads the pitch needs
 * (the online presence checklist, the action plan). The edits and the practice timer are in
 * `pitch.ts`, so such a page does not load them.
 */
export const pitch = persisted(pitchSpec);

/** The pitch document as islands read it. */
export const $pitch = pitch.$data;
