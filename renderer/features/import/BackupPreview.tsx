import { errorMessage } from '../../../shared/error-message';
import { plural } from '../../../shared/plural';
import { useState } from 'react';
import type { BackupValidation } from '../../../shared/backup/validate';
import type { CalendarDay } from '../../../shared/types';
import { formatInstantInZone, instantOf } from '../../../shared/zoned-time';
import { backupText, readBackup, replaceWithBackup } from '../../db/backup-repo';
import { saveTextFile } from '../../platform/platform';
import { useUiStore } from '../../stores/ui-store';
import type { PlanData } from '../../db/usePlanData';
import { ProblemList, jsonProblems } from './ProblemList';

type Props = {
  name: string;
  validation: BackupValidation;
  plan: PlanData;
  timeZone: string;
  today: CalendarDay;
  onDone: () => void;
  /** Restoring a snapshot from Settings → Backups: the current plan is kept as a snapshot, not a file. */
  fromSnapshot?: boolean;
};

function counts(data: {
  announcements: unknown[];
  maintenanceWindows: unknown[];
  checklistItems: unknown[];
  templateSets: unknown[];
}): string {
  return [
    plural(data.announcements.length, 'announcement'),
    plural(data.maintenanceWindows.length, 'maintenance window'),
    plural(data.checklistItems.length, 'checklist item'),
    plural(data.templateSets.length, 'template set'),
  ].join(', ');
}

/**
 * A full backup's preview: problems with their JSON paths, or what it holds; then a confirm step that
 * says plainly it replaces everything. Before replacing, the current plan is saved as a file, and the
 * replace itself is one undoable change.
 */
export function BackupPreview({
  name,
  validation,
  plan,
  timeZone,
  today,
  onDone,
  fromSnapshot = false,
}: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!validation.ok) {
    return (
      <div className="import-preview" aria-label="Import preview" role="region">
        <p className="import-error" role="alert">
          {name} is not a valid Tierline backup: {plural(validation.problems.length, 'problem')}. Nothing was
          changed.
        </p>
        <ProblemList label="Problems" problems={jsonProblems(validation.problems)} tone="error" />
      </div>
    );
  }
  const { backup, migratedFrom, warnings } = validation;
  const safetyName = `tierline-before-import-${today}.json`;
  const current = {
    announcements: plan.announcements,
    maintenanceWindows: plan.windows,
    checklistItems: plan.items,
    templateSets: plan.templateSets,
  };

  const replace = () => {
    setBusy(true);
    setError(null);
    const fail = (reason: unknown) => {
      setBusy(false);
      setError(`Your plan was not replaced: ${errorMessage(reason)}`);
    };
    // A snapshot restore keeps the current plan as a 'before-restore' snapshot instead of a file.
    const saveCurrent = fromSnapshot
      ? Promise.resolve()
      : readBackup(instantOf(new Date()))
          .then((before) =>
            saveTextFile(safetyName, backupText(before), [{ name: 'JSON', extensions: ['json'] }]),
          )
          .then((saved) => {
            if (saved.status !== 'saved') throw new Error('the backup of your current plan was not saved.');
          });
    saveCurrent
      .then(() => replaceWithBackup(backup, fromSnapshot ? 'before-restore' : 'before-replace'))
      .then(() => {
        useUiStore.getState().select(null);
        const kept = fromSnapshot
          ? 'Your previous plan was kept as a snapshot.'
          : `Your previous plan was saved as ${safetyName}.`;
        useUiStore.getState().showToast(`Replaced your plan from ${name}. ${kept}`, true);
        onDone();
      }, fail);
  };

  return (
    <div className="import-preview" aria-label="Import preview" role="region">
      <p className="import-summary">
        <strong>{name}</strong> (full backup from {formatInstantInZone(backup.exportedAt, timeZone)}):{' '}
        {counts(backup.data)}.
        {migratedFrom < backup.schemaVersion
          ? ` Brought up to date from schema version ${migratedFrom}.`
          : ''}
      </p>
      <ProblemList label="Warnings" problems={jsonProblems(warnings)} tone="warning" />
      {error ? (
        <p className="import-error" role="alert">
          {error}
        </p>
      ) : null}
      {confirming ? (
        <div className="import-confirm" role="alertdialog" aria-label="Confirm replace">
          <p>
            <strong>This replaces all your data.</strong> Your plan now ({counts(current)}) is replaced by the
            backup&apos;s, settings and templates included.
          </p>
          {fromSnapshot ? (
            <p>Tierline first keeps your current plan as a snapshot in this list, and Undo brings it back.</p>
          ) : (
            <p>
              Tierline first saves your current plan as <code>{safetyName}</code>, and Undo brings it back.
            </p>
          )}
          <div className="import-actions">
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
              Keep my plan
            </button>
            <button type="button" className="button--danger" onClick={replace} disabled={busy}>
              Replace my plan
            </button>
          </div>
        </div>
      ) : (
        <div className="import-actions">
          <button type="button" className="button--primary" onClick={() => setConfirming(true)}>
            Replace my plan…
          </button>
        </div>
      )}
    </div>
  );
}
