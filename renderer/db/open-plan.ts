import { errorDetail } from '../../shared/error-message';
import { db as planDb, type TierlineDb } from './db';
import { DEXIE_VERSION_FACTOR, installedVersion, readAllStores } from './raw-database';

/** How opening the plan database ended, for the start screen to say in words. */
export type OpenOutcome =
  | { kind: 'ready'; upgradedFrom: number | null }
  /** A newer Tierline wrote this database: this one must neither read nor write it. */
  | { kind: 'newer'; storedVersion: number; supportedVersion: number }
  /** The upgrade threw: IndexedDB rolled it back, so the data is as the older version left it. */
  | { kind: 'upgrade-failed'; fromVersion: number; toVersion: number; message: string }
  | { kind: 'failed'; message: string };

/** What `openPlan` reports while it works and after, beyond its outcome. */
export type OpenListeners = {
  /** Another window holds the old version open and does not let go: the upgrade waits for it. */
  onBlocked(): void;
  /**
   * Another window upgraded or deleted the database after this one opened it. The connection is
   * already closed, so this window can no longer write rows the new schema would not expect.
   */
  onChangedElsewhere(): void;
  /** Called with every row of the old database before an upgrade touches it (a snapshot's chance). */
  beforeUpgrade(stores: Record<string, unknown[]>, fromVersion: number): Promise<void>;
};

/**
 * Opens the plan database safely: refuses a database written by a newer Tierline (Dexie 4 would
 * open it silently and this build would write rows the newer schema doesn't expect), gives the
 * caller the old rows before an upgrade, reports a failed upgrade (which IndexedDB rolls back),
 * and from then on closes the connection for good when another window changes the schema.
 * `db` is the app's plan database; tests pass one of their own.
 */
export async function openPlan(listeners: OpenListeners, db: TierlineDb = planDb): Promise<OpenOutcome> {
  const supported = db.verno;
  const ours = supported * DEXIE_VERSION_FACTOR;
  let installed: number;
  try {
    installed = await installedVersion(db.name);
  } catch (error) {
    return { kind: 'failed', message: errorDetail(error) };
  }
  if (installed > ours)
    return { kind: 'newer', storedVersion: installed / DEXIE_VERSION_FACTOR, supportedVersion: supported };
  const fromVersion = installed / DEXIE_VERSION_FACTOR;
  const upgrading = installed > 0 && installed < ours;
  if (upgrading) {
    try {
      const { stores } = await readAllStores(db.name);
      await listeners.beforeUpgrade(stores, fromVersion);
    } catch (error) {
      // The upgrade itself is one IndexedDB transaction that rolls back on failure, so a snapshot
      // that could not be written must not keep the planner out of their plan; it is logged.
      console.error('Tierline: no snapshot could be taken before the upgrade', error);
    }
  }

  db.on('blocked', () => listeners.onBlocked());
  db.on('versionchange', () => {
    // Closed for good (Dexie 4's default would reopen on the next query, at the newer version).
    db.close({ disableAutoOpen: true });
    listeners.onChangedElsewhere();
    return false;
  });
  try {
    await db.open();
  } catch (error) {
    // Dexie passes an upgrade step's own error through (not always as UpgradeError): any failure
    // to open while upgrading is the upgrade's, and IndexedDB has rolled its transaction back.
    if (upgrading)
      return { kind: 'upgrade-failed', fromVersion, toVersion: supported, message: errorDetail(error) };
    return { kind: 'failed', message: errorDetail(error) };
  }
  // Another window may have upgraded between the check above and the open: look again.
  const opened = db.backendDB().version;
  if (opened > ours) {
    db.close({ disableAutoOpen: true });
    return { kind: 'newer', storedVersion: opened / DEXIE_VERSION_FACTOR, supportedVersion: supported };
  }
  return { kind: 'ready', upgradedFrom: upgrading ? fromVersion : null };
}
