import * as v from 'valibot';
import type { DocumentSpec } from '../lib/documents';
import { isoInstant, object } from './common';

/** The `settings` document: facts about the reader's copy of the workbook itself. */
export const settingsSchema = object({
  /** When the reader last downloaded a backup, shown on "Your data". */
  lastBackupAt: v.nullable(isoInstant),
});

export type SettingsDoc = v.InferOutput<typeof settingsSchema>;

/** Storage description of the settings document. */
export const settingsSpec: DocumentSpec<SettingsDoc> = {
  key: 'settings',
  title: 'Settings',
  version: 1,
  schema: settingsSchema,
  initial: () => ({ lastBackupAt: null }),
  migrations: {},
  // A single value: the later backup date is the one worth keeping.
  merge: (local, stored) => ((stored.lastBackupAt ?? '') > (local.lastBackupAt ?? '') ? stored : local),
  count: (data) => (data.lastBackupAt ? 1 : 0),
};
