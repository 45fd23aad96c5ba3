import type { Page } from '@playwright/test';

/**
 * Puts a document straight into the page's IndexedDB, as an earlier visit would have left it,
 * so a test or benchmark can start from a known state. Creates the database the way localforage
 * does (version 2, store `documents`) when it does not exist yet.
 */
export const putStoredDocument = (page: Page, key: string, envelope: unknown): Promise<void> =>
  changeStore(page, { put: [key, envelope] });

/** Empties the page's database, as a first visit finds it. */
export const clearStoredDocuments = (page: Page): Promise<void> => changeStore(page, { clear: true });

/** Puts one document, or clears them all, in one transaction of the page's IndexedDB. */
async function changeStore(page: Page, change: { put?: [string, unknown]; clear?: true }): Promise<void> {
  await page.evaluate(
    ({ put, clear }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('networking-workbook', 2);
        open.onupgradeneeded = () => open.result.createObjectStore('documents');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction('documents', 'readwrite');
          if (clear) tx.objectStore('documents').clear();
          if (put) tx.objectStore('documents').put(put[1], put[0]);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    change,
  );
}

/** Every document in the page's IndexedDB by key, to show that an action changed nothing. */
export async function readStoredDocuments(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('networking-workbook', 2);
        open.onupgradeneeded = () => open.result.createObjectStore('documents');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const store = open.result.transaction('documents').objectStore('documents');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            resolve(
              Object.fromEntries(keys.result.map((key, index) => [key as string, values.result[index]])),
            );
            open.result.close();
          };
        };
      }),
  );
}
