import type { Message } from '../ui/form-message';
import { loadForAction } from '../ui/load-for-action';

/**
 * Downloads a backup, fetching its code (every document's schema) only now, and says how it
 * went in the reader's words. Shared by "Your data" and the save indicator, which offers a copy
 * whenever saving fails.
 */
export async function downloadBackupNow(): Promise<Message> {
  try {
    const code = await loadForAction(() => import('./download-backup'));
    if (!code.ok) return { kind: 'error', text: `The backup could not be made: ${code.error}` };
    return { kind: 'ok', text: `Backup downloaded as ${await code.module.downloadBackup()}.` };
  } catch (error) {
    return { kind: 'error', text: `The backup could not be made: ${(error as Error).message}` };
  }
}
