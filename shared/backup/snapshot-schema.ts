import { z } from 'zod';
import { trustedInstant } from '../zoned-time';
import { MAX_BACKUP_BYTES } from './limits';
import {
  MAX_SNAPSHOT_COUNT,
  MAX_SNAPSHOT_ID_LENGTH,
  SNAPSHOT_REASONS,
  type SnapshotCounts,
  type SnapshotMeta,
} from './snapshot';

// Apart from snapshot.ts, so the snapshots taken while the plan is open load no zod: the start
// snapshot's chunk loaded zod and built every backup schema just after the first paint, ~28 ms of
// script where a planner's first drop may land (issue 13). The list's own check is
// snapshot-meta-guard.ts; these schemas check the main process's arguments and what it cannot vouch for.

const count = z.number().int().min(0).max(MAX_SNAPSHOT_COUNT);

export const snapshotCountsSchema: z.ZodType<SnapshotCounts> = z.strictObject({
  announcements: count,
  windows: count,
  items: count,
});

export const snapshotReasonSchema = z.enum(SNAPSHOT_REASONS);

/** A snapshot's metadata as a store keeps it: anything else in the store is damaged and skipped. */
export const snapshotMetaSchema: z.ZodType<SnapshotMeta> = z.strictObject({
  id: z.string().min(1).max(MAX_SNAPSHOT_ID_LENGTH),
  takenAt: z.iso.datetime().transform(trustedInstant),
  reason: snapshotReasonSchema,
  counts: snapshotCountsSchema,
  bytes: z.number().int().min(0).max(MAX_BACKUP_BYTES),
});
