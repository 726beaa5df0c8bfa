import { errorMessage } from '../../shared/error-message';
import { useEffect, useState } from 'react';
import { openPlan, type OpenOutcome } from '../db/open-plan';
import { ensurePlanReady } from '../db/settings-repo';
import { downloadRawBackup, rawBackupText } from '../db/raw-backup';
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
  const { saveSnapshotText } = await import('../db/snapshots');
  await saveSnapshotText('upgrade', rawBackupText(stores, fromVersion, takenAt), counts, takenAt);
}

type GateState = { kind: 'opening' } | { kind: 'blocked' } | OpenOutcome;

function BackupButton() {
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        className="button--primary"
        onClick={() => void downloadRawBackup().then(setStatus)}
      >
        Download a backup
      </button>
      <p role="status">{status}</p>
    </>
  );
}

function StartScreen({ state }: { state: Exclude<GateState, { kind: 'ready' }> }) {
  switch (state.kind) {
    case 'opening':
      return <main className="loading">Opening your plan…</main>;
    case 'blocked':
      return (
        <main className="startup-error">
          <h1>Waiting for another Tierline window</h1>
          <p>
            This version of Tierline needs to upgrade your plan, and another Tierline window still has it
            open. Close the other windows (or reload them) and the upgrade carries on by itself.
          </p>
        </main>
      );
    case 'newer':
      return (
        <main className="startup-error">
          <h1>This plan was saved by a newer Tierline</h1>
          <p>
            Your plan is at version {state.storedVersion}; this Tierline reads up to version{' '}
            {state.supportedVersion}. It has not read or changed anything, so the newer version keeps working
            with it. Open the plan in the newer Tierline, or keep a copy as a backup file.
          </p>
          <BackupButton />
        </main>
      );
    case 'upgrade-failed':
      return (
        <main className="startup-error">
          <h1>Tierline could not upgrade your plan</h1>
          <p>
            The upgrade from version {state.fromVersion} to {state.toVersion} stopped with an error, and was
            undone: your plan is exactly as it was. Keep a backup of it and tell us what happened (the error
            is in the log).
          </p>
          <p className="recovery__error">{state.message}</p>
          <BackupButton />
          <button type="button" onClick={() => window.location.reload()}>
            Try again
          </button>
        </main>
      );
    case 'failed':
      return (
        <main className="startup-error">
          <h1>Tierline could not open your plan</h1>
          <p className="recovery__error">{state.message}</p>
          <p>Your data has not been changed. Close other Tierline windows and try again.</p>
          <button type="button" onClick={() => window.location.reload()}>
            Try again
          </button>
        </main>
      );
  }
}

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
  if (state.kind !== 'ready') return <StartScreen state={state} />;
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
