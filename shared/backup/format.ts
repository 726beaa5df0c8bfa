// Apart from schema.ts so what only names the format (a raw backup, the migrations) does not load
// zod with it (issue 13: the start-up bundle).

/** The backup schema version this build writes. */
// 2: people (issue 9); owners and assignees are person ids. shared/backup/migrate.ts upgrades 1.
export const BACKUP_SCHEMA_VERSION = 2;
export const BACKUP_FORMAT = 'tierline-backup';
