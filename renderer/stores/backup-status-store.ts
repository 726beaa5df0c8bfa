import { create } from 'zustand';
import type { SnapshotReason } from '../../shared/backup/snapshot';
import { onSnapshotEvent } from '../db/snapshots';

type BackupStatus = {
  /** The last automatic snapshot that failed, until the planner dismisses the message. */
  failure: { reason: SnapshotReason; message: string } | null;
  /** Bumped after every snapshot written, so an open Backups list reloads. */
  version: number;
  fail: (reason: SnapshotReason, message: string) => void;
  dismiss: () => void;
  written: () => void;
};

/** Whether automatic snapshots are working; short-lived UI state, the snapshots themselves live in their store. */
export const useBackupStatus = create<BackupStatus>((set) => ({
  failure: null,
  version: 0,
  fail: (reason, message) => set({ failure: { reason, message } }),
  dismiss: () => set({ failure: null }),
  written: () => set((state) => ({ version: state.version + 1 })),
}));

// Subscribed once, when the store loads: every snapshot the data layer writes or fails reaches it.
onSnapshotEvent((event) => {
  if (event.kind === 'written') useBackupStatus.getState().written();
  else useBackupStatus.getState().fail(event.reason, event.message);
});
