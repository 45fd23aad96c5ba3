import { communicationSpec } from './schema';
import { persisted } from '../../stores/persisted';

/**
 * The reader's self-checks, conversation plans and profile checklist (lesson 3), stored under
 * `communication`: all a page that only reads them needs (the action plan). The edits are in
 * `communication.ts`, so such a page does not load them.
 */
export const communication = persisted(communicationSpec);
