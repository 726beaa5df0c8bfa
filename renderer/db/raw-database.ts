/*
 * Plain IndexedDB, without Dexie, for the moments Dexie must not be trusted to open the plan: to
 * learn which version a database is at before opening it (Dexie 4 silently opens a database a
 * newer Tierline upgraded), and to read every row of a database the app will not open (newer,
 * or about to be upgraded) so a backup can still be taken of it. Nothing here ever writes.
 */

/** Dexie stores `version(n)` as IndexedDB version n × 10. */
export const DEXIE_VERSION_FACTOR = 10;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * The IndexedDB version a database is at, or 0 when it does not exist yet. Reads the list of
 * databases, so it never creates one and never triggers an upgrade.
 */
export async function installedVersion(name: string): Promise<number> {
  const databases = await indexedDB.databases();
  return databases.find((database) => database.name === name)?.version ?? 0;
}

/**
 * Every row of every store of an existing database, opened at whatever version it is (no version
 * asked for, so no upgrade can run), then closed at once.
 */
export async function readAllStores(
  name: string,
): Promise<{ version: number; stores: Record<string, unknown[]> }> {
  const open = indexedDB.open(name);
  // An open without a version on a missing database would create it: refuse to, and say so.
  open.onupgradeneeded = () => open.transaction?.abort();
  const connection = await request(open);
  try {
    const names = [...connection.objectStoreNames];
    const stores: Record<string, unknown[]> = {};
    if (names.length > 0) {
      const transaction = connection.transaction(names, 'readonly');
      await Promise.all(
        names.map(async (store) => {
          stores[store] = await request(transaction.objectStore(store).getAll());
        }),
      );
    }
    return { version: connection.version, stores };
  } finally {
    connection.close();
  }
}
