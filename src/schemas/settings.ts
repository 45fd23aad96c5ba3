import * as v from 'valibot';
import { countWritten, type DocumentSpec } from '../lib/documents';
import { isoInstant, object } from './common';

/** Ways to group the relationship map's overview (lesson 2). */
export const mapGroupings = ['status', 'tier', 'goal'] as const;

/** The `settings` document: facts about the reader's copy of the workbook, and view choices. */
export const settingsSchema = object({
  /** When the reader last downloaded a backup, shown on "Your data". */
  lastBackupAt: v.nullable(isoInstant),
  /** How the relationship map's overview is grouped: a view choice, kept across visits. */
  mapGroupBy: v.picklist(mapGroupings),
});

export type SettingsDoc = v.InferOutput<typeof settingsSchema>;

/** Version 1 held only the backup date; the map was grouped by status until the reader chose. */
const migrateSettingsV1 = (data: unknown) => ({ ...(data as object), mapGroupBy: 'status' });

/** Storage description of the settings document. */
export const settingsSpec: DocumentSpec<SettingsDoc> = {
  key: 'settings',
  title: 'Settings',
  version: 2,
  schema: settingsSchema,
  initial: () => ({ lastBackupAt: null, mapGroupBy: 'status' }),
  migrations: { 1: migrateSettingsV1 },
  merge: (local, stored, base) => ({
    // The later backup date is the one worth keeping.
    lastBackupAt:
      (stored.lastBackupAt ?? '') > (local.lastBackupAt ?? '') ? stored.lastBackupAt : local.lastBackupAt,
    // A choice this tab made since it last read wins; otherwise the other tab's stands.
    mapGroupBy: base && local.mapGroupBy === base.mapGroupBy ? stored.mapGroupBy : local.mapGroupBy,
  }),
  count: (data) => countWritten(data, 'lastBackupAt'),
};
