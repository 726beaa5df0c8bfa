import type { Page } from 'playwright-core';

/**
 * Reads a whole object store straight from IndexedDB in the page, without Dexie or the app:
 * what the tests check is what the browser really stored.
 */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('tierline');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
    store,
  );
}
