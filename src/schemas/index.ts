import type { DocumentSpec } from '../lib/documents';
import { communicationSpec } from './communication';
import { developmentSpec } from './development';
import { goalsSpec } from './goals';
import { interactionsSpec } from './interactions';
import { peopleSpec } from './people';
import { planSpec } from './plan';
import { pitchSpec } from './pitch';
import { progressSpec } from './progress';
import { settingsSpec } from './settings';

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
