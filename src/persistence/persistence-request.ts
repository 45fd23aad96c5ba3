import { recordPersistenceAnswer } from './storage-health';

let asked = false;

/**
 * Asks the browser once per page to keep the data even under storage pressure. Asked only after
 * the reader has saved something real, because browsers weigh engagement when they answer; so it
 * is fetched with the saving code, not with the "Your data" page that only shows the answer.
 */
export async function askForPersistence(): Promise<void> {
  if (asked) return;
  asked = true;
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist || !storage.persisted) {
    recordPersistenceAnswer('unsupported');
    return;
  }
  try {
    if (await storage.persisted()) {
      recordPersistenceAnswer('granted');
      return;
    }
    recordPersistenceAnswer((await storage.persist()) ? 'granted' : 'denied');
  } catch {
    recordPersistenceAnswer('unsupported');
  }
}
