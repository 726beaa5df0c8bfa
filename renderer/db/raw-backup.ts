import { errorMessage } from '../../shared/error-message';
import { BACKUP_FORMAT } from '../../shared/backup/format';
import { saveTextFile } from '../platform/platform';
import { db } from './db';
import { DEXIE_VERSION_FACTOR, readAllStores } from './raw-database';
import { instantOf } from '../../shared/zoned-time';

/**
 * Every row of the plan database exactly as stored, in the backup format with the schema version
 * the database is really at: the way out when the app can't (or must not) open the plan through
 * Dexie — a newer Tierline's database, a failed upgrade, a window whose UI has crashed. Damaged
 * rows are kept as they are: this is a copy, not a judgement.
 */
export async function readRawBackupText(exportedAt: string): Promise<string> {
  const { version, stores } = await readAllStores(db.name);
  return rawBackupText(stores, version / DEXIE_VERSION_FACTOR, exportedAt);
}

// Import sources are this laptop's import history, not the plan (see db.ts), and stay out likewise.
const TEAM_CALENDAR_STORES = new Set(['syncState', 'tombstones', 'teamCalendar', 'importSources']);

/** The backup text of raw stores at a schema version (compact JSON, as snapshots store it). */
export function rawBackupText(
  stores: Record<string, unknown[]>,
  schemaVersion: number,
  exportedAt: string,
): string {
  // The team-calendar stores describe this laptop's conversation with a server, not the plan
  // (see db.ts): a backup restored elsewhere must not bring hrefs and ETags along.
  const { settings = [], ...all } = stores;
  const tables = Object.fromEntries(Object.entries(all).filter(([name]) => !TEAM_CALENDAR_STORES.has(name)));
  const data = {
    announcements: [],
    checklistItems: [],
    maintenanceWindows: [],
    templateSets: [],
    ...tables,
    settings: settings.find((row) => (row as { id?: unknown }).id === 'settings') ?? settings[0] ?? null,
  };
  return JSON.stringify({ format: BACKUP_FORMAT, schemaVersion, exportedAt, data });
}

/** Saves the raw plan as a file the planner keeps; resolves to a sentence saying what happened. */
export async function downloadRawBackup(): Promise<string> {
  const now = instantOf(new Date());
  try {
    const text = await readRawBackupText(now);
    const result = await saveTextFile(`tierline-backup-${now.slice(0, 10)}.json`, `${text}\n`, [
      { name: 'JSON', extensions: ['json'] },
    ]);
    return result.status === 'saved'
      ? `Saved a backup of the plan as stored (${result.path}).`
      : 'No backup saved.';
  } catch (error) {
    return `The plan could not be read for a backup: ${errorMessage(error)}`;
  }
}
