import { errorMessage } from '../../../shared/error-message';
import { plural } from '../../../shared/plural';
import { useEffect, useState } from 'react';
import type { PlanValidation } from '../../../shared/plan-file/validate';
import type { CollisionPolicy } from '../../db/import-repo';
import { importPlan, planCollisions } from '../../db/import-repo';
import { useUiStore } from '../../stores/ui-store';
import { ProblemList, jsonProblems } from './ProblemList';

type Props = { name: string; validation: PlanValidation; onDone: () => void };

/**
 * A plan file's preview: its problems with their JSON paths (and no way to import), or what it
 * holds, which of its ids are already in the plan, and one "Import plan" that adds it all at once.
 */
export function PlanPreview({ name, validation, onDone }: Props) {
  const [collisions, setCollisions] = useState<string[] | null>(null);
  const [policy, setPolicy] = useState<CollisionPolicy>('skip');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const plan = validation.ok ? validation.plan : null;

  useEffect(() => {
    if (!plan) return;
    let live = true;
    planCollisions(plan).then(
      (ids) => live && setCollisions(ids),
      () => live && setCollisions([]),
    );
    return () => {
      live = false;
    };
  }, [plan]);

  if (!validation.ok) {
    return (
      <div className="import-preview" aria-label="Import preview" role="region">
        <p className="import-error" role="alert">
          {name} is not a valid plan file: {plural(validation.problems.length, 'problem')}. Nothing was
          imported.
        </p>
        <ProblemList label="Problems" problems={jsonProblems(validation.problems)} tone="error" />
        <ProblemList label="Warnings" problems={jsonProblems(validation.warnings)} tone="warning" />
      </div>
    );
  }
  const { announcements, maintenance, timeZone, templateSet } = validation.plan;
  const submit = () => {
    setBusy(true);
    setError(null);
    importPlan(validation.plan, policy).then(
      (counts) => {
        useUiStore
          .getState()
          .showToast(
            `Imported plan: ${plural(counts.announcements, 'announcement')}, ${plural(counts.windows, 'maintenance window')}.`,
            true,
          );
        onDone();
      },
      (reason: unknown) => {
        setBusy(false);
        setError(`Nothing was imported: ${errorMessage(reason)}`);
      },
    );
  };
  return (
    <div className="import-preview" aria-label="Import preview" role="region">
      <p className="import-summary">
        <strong>{name}</strong> (plan file): {plural(announcements.length, 'announcement')},{' '}
        {plural(maintenance.length, 'maintenance window')}; times in {timeZone}, template set {templateSet}.
        Checklists are generated from each tier, as when you plan in the app.
      </p>
      <ProblemList label="Warnings" problems={jsonProblems(validation.warnings)} tone="warning" />
      {collisions && collisions.length > 0 ? (
        <fieldset className="import-collisions">
          <legend>{plural(collisions.length, 'record')} with the same id already in your plan</legend>
          <label className="checkbox">
            <input
              type="radio"
              name="plan-collision"
              checked={policy === 'skip'}
              onChange={() => setPolicy('skip')}
            />
            Skip existing (keep what is in your plan)
          </label>
          <label className="checkbox">
            <input
              type="radio"
              name="plan-collision"
              checked={policy === 'replace'}
              onChange={() => setPolicy('replace')}
            />
            Replace existing (the file's version and a fresh checklist win)
          </label>
        </fieldset>
      ) : null}
      {error ? (
        <p className="import-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="import-actions">
        <button
          type="button"
          className="button--primary"
          onClick={submit}
          disabled={busy || collisions === null}
        >
          Import plan
        </button>
      </div>
    </div>
  );
}
