import type { Page } from '@playwright/test';

/**
 * Puts a document straight into the page's IndexedDB, as an earlier visit would have left it,
 * so a test or benchmark can start from a known state. Creates the database the way localforage
 * does (version 2, store `documents`) when it does not exist yet.
 */
export async function putStoredDocument(page: Page, key: string, envelope: unknown): Promise<void> {
  await page.evaluate(
    ([documentKey, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('networking-workbook', 2);
        open.onupgradeneeded = () => open.result.createObjectStore('documents');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction('documents', 'readwrite');
          tx.objectStore('documents').put(value, documentKey);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    [key, envelope] as const,
  );
}
