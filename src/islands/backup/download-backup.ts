import { exportBackup } from '../../persistence/backup';
import { downloadText } from '../ui/download';

/**
 * Makes a backup of everything stored and hands it to the browser's download; resolves to the
 * file's name. Fetched when the reader asks for a backup, with every document's schema.
 */
export async function downloadBackup(): Promise<string> {
  const { fileName, text } = await exportBackup();
  downloadText(fileName, text, 'application/json');
  return fileName;
}
