import { settingsSpec, type SettingsDoc } from '../schemas/settings';
import { persisted } from '../persistence/document-store';

/** Facts about the reader's copy of the workbook, stored under `settings`. */
export const settings = persisted(settingsSpec);

/** Records that the reader downloaded a backup just now. */
export function recordBackup(now = new Date()): void {
  settings.update((doc) => ({ ...doc, lastBackupAt: now.toISOString() }));
}

/** Keeps how the reader grouped the relationship map, for their next visit and their other tabs. */
export function chooseMapGroupBy(groupBy: SettingsDoc['mapGroupBy']): void {
  settings.update((doc) => ({ ...doc, mapGroupBy: groupBy }));
}
