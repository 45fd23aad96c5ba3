import type { Message } from '../ui/form-message';
import { loadForAction } from '../ui/load-for-action';

/**
 * Downloads a backup (locked with `passphrase` when given), fetching its code (every document's
 * schema) only now, and says how it went in the reader's words. Shared by "Your data" and the
 * save indicator, which offers a copy whenever saving fails.
 */
export async function downloadBackupNow(passphrase?: string): Promise<Message> {
  try {
    const code = await loadForAction(() => import('./download-backup'));
    if (!code.ok) return { kind: 'error', text: `The backup could not be made: ${code.error}` };
    return { kind: 'ok', text: `Backup downloaded as ${await code.module.downloadBackup(passphrase)}.` };
  } catch (error) {
    return { kind: 'error', text: `The backup could not be made: ${(error as Error).message}` };
  }
}

/** "Send a copy": the share sheet where the browser has one for files, a download elsewhere. */
export async function sendBackupNow(passphrase?: string): Promise<Message> {
  try {
    const code = await loadForAction(() => import('./download-backup'));
    if (!code.ok) return { kind: 'error', text: `The backup could not be made: ${code.error}` };
    const sent = await code.module.sendBackup(passphrase);
    switch (sent.kind) {
      case 'shared':
        return { kind: 'ok', text: `Backup ${sent.fileName} handed to the share sheet.` };
      case 'cancelled':
        return {
          kind: 'ok',
          text: 'Not sent: the share sheet was closed. Send again, or download a backup.',
        };
      case 'downloaded':
        return {
          kind: 'ok',
          text: `This browser cannot hand files to other apps, so the backup was downloaded as ${sent.fileName}. Send that file to your other device.`,
        };
    }
  } catch (error) {
    return { kind: 'error', text: `The backup could not be made: ${(error as Error).message}` };
  }
}
