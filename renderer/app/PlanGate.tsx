import { errorMessage } from '../../shared/error-message';
import { lazy, Suspense, useEffect, useState } from 'react';
import { openPlan, type OpenOutcome } from '../db/open-plan';
import { ensurePlanReady } from '../db/settings-repo';
import { App } from './App';
import { logError } from './recovery/error-log';
import { instantOf } from '../../shared/zoned-time';

/**
 * Keeps the old database's rows as an 'upgrade' snapshot before the new code upgrades it: in the
 * backup format at the OLD schema version, so restoring it later migrates it like any old backup.
 */
async function snapshotBeforeUpgrade(stores: Record<string, unknown[]>, fromVersion: number): Promise<void> {
  const takenAt = instantOf(new Date());
  const counts = {
    announcements: stores.announcements?.length ?? 0,
    windows: stores.maintenanceWindows?.length ?? 0,
    items: stores.checklistItems?.length ?? 0,
  };
  // Loaded only for an upgrade: the snapshot store and its checks are not needed to open a plan.
  const [{ saveSnapshotText }, { rawBackupText }] = await Promise.all([
    import('../db/snapshots'),
    import('../db/raw-backup'),
  ]);
  await saveSnapshotText('upgrade', rawBackupText(stores, fromVersion, takenAt), counts, takenAt);
}

type GateState = { kind: 'opening' } | { kind: 'blocked' } | OpenOutcome;

const StartProblem = lazy(() =>
  import('./StartProblem').then((module) => ({ default: module.StartProblem })),
);

/**
 * Opens the plan database before anything reads it, and shows the app only when that is safe: not
 * for a database from a newer Tierline, not half-way through an upgrade another window blocks.
 * Once open, a schema change made by another window stops this one from writing and says so.
 */
export function PlanGate() {
  const [state, setState] = useState<GateState>({ kind: 'opening' });
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  useEffect(() => {
    openPlan({
      onBlocked: () => setState((current) => (current.kind === 'opening' ? { kind: 'blocked' } : current)),
      onChangedElsewhere: () => setChangedElsewhere(true),
      beforeUpgrade: snapshotBeforeUpgrade,
    })
      // A plan opened for the first time gets its settings and the handbook's templates.
      .then(async (outcome) => {
        if (outcome.kind === 'ready') await ensurePlanReady();
        return outcome;
      })
      .then(
        (outcome) => {
          if (outcome.kind !== 'ready') logError('open', new Error(JSON.stringify(outcome)));
          setState(outcome);
        },
        (error: unknown) => {
          logError('open', error);
          setState({ kind: 'failed', message: errorMessage(error) });
        },
      );
  }, []);
  if (state.kind === 'opening') return <main className="loading">Opening your plan…</main>;
  if (state.kind !== 'ready')
    return (
      <Suspense fallback={<main className="loading">Opening your plan…</main>}>
        <StartProblem state={state} />
      </Suspense>
    );
  return (
    <div className="app-frame">
      {changedElsewhere ? (
        <div className="banner banner--warning" role="alert">
          <span>
            Tierline was updated in another window, so this one has stopped saving. Reload to carry on.
          </span>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      ) : null}
      <App />
    </div>
  );
}
