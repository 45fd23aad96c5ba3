import type { DocumentSpec } from '../lib/documents';
import { communicationSpec } from '../worksheets/communication/schema';
import { developmentSpec } from '../worksheets/development/schema';
import { goalsSpec } from '../worksheets/goals/schema';
import { interactionsSpec } from './interactions/schema';
import { peopleSpec } from './people/schema';
import { planSpec } from '../plan/schema';
import { pitchSpec } from '../worksheets/pitch/schema';
import { progressSpec } from '../schemas/progress';
import { settingsSpec } from '../schemas/settings';

/**
 * Every stored document, in the order backups list them. A new worksheet adds its spec here so
 * that export, import and reset cover it.
 */
export const documentSpecs: readonly DocumentSpec<unknown>[] = [
  goalsSpec,
  // The logs before the contacts: an import writes in this order, so a backup whose `people`
  // still holds the logs (version 2) never has its contacts stored without them.
  interactionsSpec,
  peopleSpec,
  pitchSpec,
  communicationSpec,
  developmentSpec,
  planSpec,
  progressSpec,
  settingsSpec,
] as DocumentSpec<unknown>[];
