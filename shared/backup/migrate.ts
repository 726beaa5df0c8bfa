import type { JsonProblem } from '../plan-file/json-path';
import { upgradeOwnersToPeople } from '../people/upgrade-v2';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from './format';
import { trustedInstant } from '../zoned-time';

/** Turns a backup written in schema version n into version n + 1. Pure: returns a new object. */
export type BackupMigration = (backup: Record<string, unknown>) => Record<string, unknown>;

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Version 1 → 2 (issue 9): free-text owners and assignees become people, exactly as the database
 * upgrade does (shared/people/upgrade-v2.ts). People are stamped with the backup's own time, so
 * migrating one backup twice gives the same result.
 */
export const migrateBackupV1ToV2: BackupMigration = (backup) => {
  const data = (typeof backup.data === 'object' && backup.data !== null ? backup.data : {}) as Record<
    string,
    unknown
  >;
  // Only rows that are arrays can hold owners; anything else is left for the schema to report.
  if (![data.announcements, data.checklistItems, data.maintenanceWindows].every(Array.isArray)) return backup;
  // Unchecked here, as always: the schema checks every createdAt this stamps once the step is done.
  const stamp = trustedInstant(
    typeof backup.exportedAt === 'string' ? backup.exportedAt : '1970-01-01T00:00:00.000Z',
  );
  const next = upgradeOwnersToPeople(
    {
      announcements: list(data.announcements),
      checklistItems: list(data.checklistItems),
      maintenanceWindows: list(data.maintenanceWindows),
    },
    stamp,
  );
  return { ...backup, data: { ...data, ...next } };
};

/**
 * The migration steps, keyed by the version they upgrade FROM; each schema change adds one step
 * here (and keeps every older one).
 */
export const BACKUP_MIGRATIONS: Readonly<Record<number, BackupMigration>> = { 1: migrateBackupV1ToV2 };

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
