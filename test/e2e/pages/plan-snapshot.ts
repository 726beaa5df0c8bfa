import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Every object store of the plan database, read raw from IndexedDB: what a fault must not change. */
export type PlanSnapshot = Record<string, unknown[]>;

/**
 * Reads every store of the `tierline` database straight from the browser, without Dexie or the
 * app, sorted by key so two snapshots compare row for row.
 */
export async function readPlanSnapshot(page: Page, database = 'tierline'): Promise<PlanSnapshot> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const connection = open.result;
          const names = [...connection.objectStoreNames];
          if (names.length === 0) {
            connection.close();
            resolve({});
            return;
          }
          const transaction = connection.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const store of names) {
            const request = transaction.objectStore(store).getAll();
            request.onsuccess = () => {
              out[store] = request.result as unknown[];
            };
          }
          transaction.oncomplete = () => {
            connection.close();
            resolve(out);
          };
          transaction.onerror = () => reject(new Error(String(transaction.error)));
        };
      }),
    database,
  );
}

/** Asserts that the plan in IndexedDB holds exactly the rows it held in `before`. */
export async function expectPlanUnchanged(page: Page, before: PlanSnapshot): Promise<void> {
  expect(await readPlanSnapshot(page)).toEqual(before);
}

/** Puts rows straight into a store of the plan database, bypassing the app: damaged data, on purpose. */
export async function writeRawRows(
  page: Page,
  store: string,
  rows: unknown[],
  database = 'tierline',
): Promise<void> {
  await page.evaluate(
    ({ name, storeName, values }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const connection = open.result;
          const transaction = connection.transaction(storeName, 'readwrite');
          for (const value of values) transaction.objectStore(storeName).put(value);
          transaction.oncomplete = () => {
            connection.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error(String(transaction.error)));
        };
      }),
    { name: database, storeName: store, values: rows },
  );
}
