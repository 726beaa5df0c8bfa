import { useState } from 'react';
import { downloadRawBackup } from '../db/raw-backup';
import type { OpenOutcome } from '../db/open-plan';

/** Why the plan is not open: another window blocks its upgrade, or opening failed. */
export type StartProblemState = { kind: 'blocked' } | Exclude<OpenOutcome, { kind: 'ready' }>;

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

/**
 * What shows instead of the app when the plan can not be opened (yet). Loaded only then (issue 13):
 * a plan that opens needs none of it.
 */
export function StartProblem({ state }: { state: StartProblemState }) {
  switch (state.kind) {
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
