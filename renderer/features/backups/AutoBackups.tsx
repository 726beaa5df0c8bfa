import { errorMessage } from '../../../shared/error-message';
import { memo, useEffect } from 'react';
import { isSnapshotDue } from '../../../shared/backup/rotation';
import { snapshotReasonLabel } from '../../../shared/backup/snapshot';
import { takeSnapshot } from '../../db/snapshots';
import { storedPlanRows } from '../../db/usePlanData';
import { listSnapshots } from '../../platform/snapshot-store';
import { useBackupStatus } from '../../stores/backup-status-store';
import { useUndoStore } from '../../stores/undo-store';
import './backups.css';
import { instantOf } from '../../../shared/zoned-time';
import type { Instant } from '../../../shared/types';

// Checked often, taken rarely: isSnapshotDue wants an hour and a change since the last one.
const CHECK_MS = 5 * 60 * 1000;

/** The first sentence of an error, without its final stop: storage errors repeat themselves at length. */
function shortReason(message: string): string {
  const first = message.split(/(?<=\.)\s/)[0] ?? message;
  return first.replace(/\.+$/, '').slice(0, 160);
}

// The longest the start snapshot waits for an idle moment.
const START_IDLE_TIMEOUT_MS = 2000;

// Once per page load, even when React mounts effects twice in development.
let startTaken = false;

function report(reason: Parameters<typeof takeSnapshot>[0], error: unknown): void {
  console.error('Tierline: snapshot failed', error);
  useBackupStatus.getState().fail(reason, errorMessage(error));
}

/**
 * The snapshot of the plan as it opened. Of the rows the plan was just read from: reading every
 * store again held them for a few hundred milliseconds at 10,000 items, and a planner's first drop
 * waited behind it (issue 13). Those rows are kept now and written at the first idle moment, as
 * its JSON and write still cost ~100 ms at that size; stored rows are replaced, never changed in
 * place, so it is the plan as it opened whatever the planner does meanwhile. Without those rows
 * (no plan read yet) it reads the plan at once, so it is still the plan before any change.
 */
function takeStartSnapshot(): void {
  const rows = storedPlanRows();
  const openedAt = new Date();
  const take = () => {
    takeSnapshot('start', openedAt, rows).catch((error: unknown) => report('start', error));
  };
  if (rows) requestIdleCallback(take, { timeout: START_IDLE_TIMEOUT_MS });
  else take();
}

/**
 * Takes the automatic snapshots: one when the plan has opened, then one an hour while the plan
 * changes (every planner action goes through the undo stack, so its changes mark the plan
 * changed). Shows, until dismissed, that a snapshot failed: the action it preceded went ahead.
 */
export const AutoBackups = memo(function AutoBackups() {
  const failure = useBackupStatus((state) => state.failure);
  const dismiss = useBackupStatus((state) => state.dismiss);

  useEffect(() => {
    if (!startTaken) {
      startTaken = true;
      takeStartSnapshot();
    }
    let lastChangeAt: Instant | null = null;
    const unsubscribe = useUndoStore.subscribe(() => {
      lastChangeAt = instantOf(new Date());
    });
    const timer = setInterval(() => {
      listSnapshots()
        .then(({ snapshots }) => {
          const now = instantOf(new Date());
          if (!isSnapshotDue({ lastSnapshotAt: snapshots[0]?.takenAt ?? null, lastChangeAt, now })) return;
          return takeSnapshot('hourly').then(() => undefined);
        })
        .catch((error: unknown) => report('hourly', error));
    }, CHECK_MS);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, []);

  if (!failure) return null;
  return (
    <div className="backup-alert" role="alert">
      <span>
        Tierline could not keep a snapshot ({snapshotReasonLabel(failure.reason).toLowerCase()}):{' '}
        {shortReason(failure.message)}. Your change went ahead and can be undone; export a full backup to be
        safe.
      </span>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
});
