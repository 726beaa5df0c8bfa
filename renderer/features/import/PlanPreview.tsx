import { errorMessage } from '../../../shared/error-message';
import { plural } from '../../../shared/plural';
import { useEffect, useState } from 'react';
import type { PlanFile } from '../../../shared/plan-file/schema';
import type { PlanValidation } from '../../../shared/plan-file/validate';
import type { CollisionPolicy, PreparedPlan } from '../../db/import-repo';
import { importPlan, preparePlanImport } from '../../db/import-repo';
import { useUiStore } from '../../stores/ui-store';
import { ProblemList, jsonProblems } from './ProblemList';

type Props = { name: string; validation: PlanValidation; onDone: () => void };
type Preparation = { plan: PlanFile } & ({ ready: PreparedPlan } | { failure: string });

/**
 * A plan file's preview: its problems with their JSON paths (and no way to import), or what it
 * holds, which of its ids are already in the plan, and one "Import plan" that adds it all at once.
 */
export function PlanPreview({ name, validation, onDone }: Props) {
  // The records the preview generated, with the plan they were made of: Import writes these, it
  // does not generate them again. An answer for an earlier plan is not this plan's.
  const [preparation, setPreparation] = useState<Preparation | null>(null);
  const [policy, setPolicy] = useState<CollisionPolicy>('skip');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const plan = validation.ok ? validation.plan : null;
  const current = preparation?.plan === plan ? preparation : null;
  const prepared = current && 'ready' in current ? current.ready : null;
  const failure = current && 'failure' in current ? current.failure : null;

  useEffect(() => {
    if (!plan) return;
    let live = true;
    preparePlanImport(plan).then(
      (ready) => live && setPreparation({ plan, ready }),
      (reason: unknown) =>
        live && setPreparation({ plan, failure: `Nothing can be imported: ${errorMessage(reason)}` }),
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
  const collisions = prepared?.collisions ?? null;
  const submit = () => {
    if (!prepared) return;
    setBusy(true);
    setError(null);
    importPlan(prepared, policy).then(
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
      {error || failure ? (
        <p className="import-error" role="alert">
          {error ?? failure}
        </p>
      ) : null}
      <div className="import-actions">
        <button
          type="button"
          className="button--primary"
          onClick={submit}
          disabled={busy || prepared === null}
        >
          Import plan
        </button>
      </div>
    </div>
  );
}
