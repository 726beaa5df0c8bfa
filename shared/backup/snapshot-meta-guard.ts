import type { SnapshotMeta } from './snapshot';
import { MAX_SNAPSHOT_COUNT, MAX_SNAPSHOT_ID_LENGTH, SNAPSHOT_REASONS } from './snapshot';
import { MAX_BACKUP_BYTES } from './limits';

// Without zod, like the plan's row guards: listing the snapshots (the rotation after every
// snapshot, the first one just after the plan opens) must not load zod and build its schemas
// (~28 ms of script where a planner's first drop may land, issue 13). It may be stricter than
// snapshotMetaSchema (shared/backup/snapshot-schema.ts), never looser; what it cannot vouch for goes
// to the schema. test/shared/backup/snapshot-meta-guard.test.ts holds it to that.

const META_KEYS = 5;
const COUNTS_KEYS = 3;

// A record's fields: a Date, a Map or an array has none of its own, so the count of keys refuses them.
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The instant exactly as toISOString writes it (24 characters: a four-digit year), on a day that
// exists: the text is what the date it reads as would be written as.
function isWrittenInstant(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 24) return false;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && new Date(ms).toISOString() === value;
}

const whole = (value: unknown, max: number): boolean =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max;

function isCounts(value: unknown): boolean {
  return (
    isRecord(value) &&
    Object.keys(value).length === COUNTS_KEYS &&
    whole(value.announcements, MAX_SNAPSHOT_COUNT) &&
    whole(value.windows, MAX_SNAPSHOT_COUNT) &&
    whole(value.items, MAX_SNAPSHOT_COUNT)
  );
}

/**
 * Whether `value` is certainly a snapshot's metadata as the app writes it (the instant in
 * toISOString's form). False means "ask the schema", not "damaged".
 */
export function isCertainSnapshotMeta(value: unknown): value is SnapshotMeta {
  if (!isRecord(value) || Object.keys(value).length !== META_KEYS) return false;
  const { id } = value;
  return (
    typeof id === 'string' &&
    id.length >= 1 &&
    id.length <= MAX_SNAPSHOT_ID_LENGTH &&
    isWrittenInstant(value.takenAt) &&
    (SNAPSHOT_REASONS as readonly unknown[]).includes(value.reason) &&
    isCounts(value.counts) &&
    whole(value.bytes, MAX_BACKUP_BYTES)
  );
}
