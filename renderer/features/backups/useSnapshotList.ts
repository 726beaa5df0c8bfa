import { errorMessage } from '../../../shared/error-message';
import { useEffect, useState } from 'react';
import type { SnapshotListing } from '../../platform/snapshot-store';
import { listSnapshots } from '../../platform/snapshot-store';
import { useBackupStatus } from '../../stores/backup-status-store';

export type SnapshotListState =
  | { status: 'loading' }
  | { status: 'loaded'; listing: SnapshotListing }
  | { status: 'failed'; message: string };

/**
 * The stored snapshots, newest first, reloaded whenever a snapshot is written (the desktop store
 * is files, so there is no live query to follow).
 */
export function useSnapshotList(): SnapshotListState {
  const version = useBackupStatus((state) => state.version);
  const [state, setState] = useState<SnapshotListState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    listSnapshots().then(
      (listing) => {
        if (current) setState({ status: 'loaded', listing });
      },
      (error: unknown) => {
        if (current) setState({ status: 'failed', message: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [version]);
  return state;
}
