import { exportBackup, noteBackupKept } from '../../persistence/backup';
import { downloadText } from '../ui/download';

/**
 * Makes a backup of everything stored (locked with `passphrase` when one is given) and hands it
 * to the browser's download; resolves to the file's name. Fetched when the reader asks for a
 * backup, with every document's schema.
 */
export async function downloadBackup(passphrase?: string): Promise<string> {
  const now = new Date();
  const { fileName, text } = await exportBackup(now, passphrase);
  downloadText(fileName, text, 'application/json');
  await noteBackupKept(now);
  return fileName;
}

/** How "Send a copy" went: handed to the share sheet, or downloaded where there is none for files. */
export type SendOutcome = { kind: 'shared' | 'downloaded' | 'cancelled'; fileName: string };

/**
 * Makes a backup and hands the file to the system's share sheet (AirDrop, mail, messages, a
 * drive) where the browser can share files, as phones can; elsewhere it downloads. The share
 * must follow the reader's tap closely, so nothing waits between making the file and sharing it.
 */
export async function sendBackup(passphrase?: string): Promise<SendOutcome> {
  const now = new Date();
  const { fileName, text } = await exportBackup(now, passphrase);
  const file = new File([text], fileName, { type: 'application/json' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: 'Networking workbook backup' });
      await noteBackupKept(now);
      return { kind: 'shared', fileName };
    } catch (error) {
      // Closing the share sheet is the reader's choice; any other refusal (the tap's permission
      // ran out while a locked file was made) falls back to the download, which always works.
      if ((error as Error).name === 'AbortError') return { kind: 'cancelled', fileName };
    }
  }
  downloadText(fileName, text, 'application/json');
  await noteBackupKept(now);
  return { kind: 'downloaded', fileName };
}
