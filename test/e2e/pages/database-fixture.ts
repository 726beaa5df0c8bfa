import type { Page } from 'playwright-core';

/** One object store as IndexedDB holds it: its shape and every row. */
export type StoreFixture = {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  rows: unknown[];
};

/**
 * A whole IndexedDB database frozen to a file: what an older (or newer) Tierline left on a
 * planner's disk. Upgrade tests put it back in a fresh browser and open it with today's code.
 */
export type DatabaseFixture = {
  /** Which Tierline wrote it and how, for the reader of the file. */
  origin: string;
  name: string;
  version: number;
  stores: Record<string, StoreFixture>;
};

/** Reads a database's shape and rows from the page's origin, without opening it at a new version. */
export async function dumpDatabase(page: Page, name = 'tierline'): Promise<Omit<DatabaseFixture, 'origin'>> {
  return page.evaluate(
    (dbName) =>
      new Promise<Omit<DatabaseFixture, 'origin'>>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const connection = open.result;
          const names = [...connection.objectStoreNames];
          const transaction = connection.transaction(names, 'readonly');
          const stores: Record<string, StoreFixture> = {};
          for (const storeName of names) {
            const store = transaction.objectStore(storeName);
            const indexes = [...store.indexNames].map((indexName) => {
              const index = store.index(indexName);
              return {
                name: index.name,
                keyPath: index.keyPath,
                unique: index.unique,
                multiEntry: index.multiEntry,
              };
            });
            const request = store.getAll();
            request.onsuccess = () => {
              stores[storeName] = {
                keyPath: store.keyPath,
                autoIncrement: store.autoIncrement,
                indexes,
                rows: request.result as unknown[],
              };
            };
          }
          transaction.oncomplete = () => {
            connection.close();
            resolve({ name: dbName, version: connection.version, stores });
          };
        };
      }),
    name,
  );
}

/**
 * Replaces the page origin's database with the fixture: deleted, created at the fixture's version
 * with its stores and indexes, and filled with its rows. Run it on a page of the origin where the
 * app is not running (see `openApp({ prepare })`), so nothing holds the database open.
 */
export async function loadDatabase(page: Page, fixture: DatabaseFixture): Promise<void> {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const remove = indexedDB.deleteDatabase(data.name);
        remove.onerror = () => reject(new Error(String(remove.error)));
        remove.onsuccess = () => {
          const open = indexedDB.open(data.name, data.version);
          open.onerror = () => reject(new Error(String(open.error)));
          open.onupgradeneeded = () => {
            const connection = open.result;
            for (const [storeName, store] of Object.entries(data.stores)) {
              const created = connection.createObjectStore(storeName, {
                keyPath: store.keyPath,
                autoIncrement: store.autoIncrement,
              });
              for (const index of store.indexes)
                created.createIndex(index.name, index.keyPath, {
                  unique: index.unique,
                  multiEntry: index.multiEntry,
                });
              for (const row of store.rows) created.put(row);
            }
          };
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    fixture,
  );
}
