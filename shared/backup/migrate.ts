import type { JsonProblem } from '../plan-file/json-path';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from './schema';

/** Turns a backup written in schema version n into version n + 1. Pure: returns a new object. */
export type BackupMigration = (backup: Record<string, unknown>) => Record<string, unknown>;

/**
 * The migration steps, keyed by the version they upgrade FROM. Version 1 is the first schema, so
 * there are none yet; each later schema change adds one step here (and keeps every older one).
 */
export const BACKUP_MIGRATIONS: Readonly<Record<number, BackupMigration>> = {};

export type MigrationResult =
  | { ok: true; backup: Record<string, unknown>; migratedFrom: number }
  | { ok: false; problems: JsonProblem[] };

/**
 * Brings a parsed backup up to the current schema version by applying each step in order. A backup
 * from a newer Tierline is refused with a message saying so; a missing step, or a value that is not
 * a Tierline backup at all, is reported with its JSON path. The input is never modified.
 */
export function migrateBackup(
  json: unknown,
  steps: Readonly<Record<number, BackupMigration>> = BACKUP_MIGRATIONS,
  target: number = BACKUP_SCHEMA_VERSION,
): MigrationResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problems: [{ path: '$', message: 'a backup is a JSON object' }] };
  }
  const record = json as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      problems: [{ path: '$.format', message: `must be "${BACKUP_FORMAT}": this is not a Tierline backup` }],
    };
  }
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      problems: [{ path: '$.schemaVersion', message: 'must be a whole number, 1 or more' }],
    };
  }
  if (version > target) {
    return {
      ok: false,
      problems: [
        {
          path: '$.schemaVersion',
          message: `this backup was made by a newer Tierline (schema version ${version}); this one reads up to version ${target}`,
        },
      ],
    };
  }
  // Steps work on a deep copy (a backup is plain JSON), so a failed migration never touches the input.
  let current = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  for (let from = version; from < target; from++) {
    const step = steps[from];
    if (!step)
      return {
        ok: false,
        problems: [{ path: '$.schemaVersion', message: `no migration from schema version ${from}` }],
      };
    current = { ...step(current), schemaVersion: from + 1 };
  }
  return { ok: true, backup: current, migratedFrom: version };
}
