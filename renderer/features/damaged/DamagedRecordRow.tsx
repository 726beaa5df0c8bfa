import { errorMessage } from '../../../shared/error-message';
import { useId, useState } from 'react';
import { isRepair, proposeRepair } from '../../../shared/restore/repair-record';
import type { DamagedRecord } from '../../../shared/restore/restore-plan';
import { deleteDamagedRecord, repairDamagedRecord } from '../../db/damaged-repo';
import type { PlanData } from '../../db/usePlanData';
import { instantOf } from '../../../shared/zoned-time';

type Props = { record: DamagedRecord; plan: PlanData; now: Date; onDone: (message: string) => void };

/** One damaged record: what is wrong, the repair on offer (each change listed) or why there is none, delete. */
export function DamagedRecordRow({ record, plan, now, onDone }: Props) {
  const [step, setStep] = useState<'list' | 'repair' | 'delete'>('list');
  const headingId = useId();
  const proposal = proposeRepair(record, {
    templateSets: plan.templateSets,
    settings: plan.settings,
    parentIds: new Set([...plan.announcements.map((a) => a.id), ...plan.windows.map((w) => w.id)]),
    now: instantOf(now),
  });
  const fail = (error: unknown) => onDone(`That did not work: ${errorMessage(error)}`);
  return (
    <li className="damaged__record" aria-labelledby={headingId}>
      <h3 id={headingId}>{record.label}</h3>
      <ul className="damaged__problems">
        {record.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      {step === 'list' ? (
        <div className="damaged__actions">
          {isRepair(proposal) ? (
            <button type="button" onClick={() => setStep('repair')}>
              Repair…
            </button>
          ) : (
            <p className="damaged__no-repair">Can't be repaired here: {proposal.reason}.</p>
          )}
          <button type="button" onClick={() => setStep('delete')}>
            Delete…
          </button>
        </div>
      ) : null}
      {step === 'repair' && isRepair(proposal) ? (
        <div className="confirm" role="group" aria-label={`Repair ${record.label}`}>
          <p>The repair changes:</p>
          <ul>
            {proposal.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
          <button
            type="button"
            className="button--primary"
            onClick={() =>
              void repairDamagedRecord(record, proposal).then(() => onDone(`Repaired ${record.label}.`), fail)
            }
          >
            Apply repair
          </button>
          <button type="button" onClick={() => setStep('list')}>
            Cancel
          </button>
        </div>
      ) : null}
      {step === 'delete' ? (
        <div className="confirm" role="group" aria-label={`Delete ${record.label}`}>
          <p>Delete {record.label} from the plan? Undo brings it back.</p>
          <button
            type="button"
            className="button--danger"
            onClick={() =>
              void deleteDamagedRecord(record).then(() => onDone(`Deleted ${record.label}.`), fail)
            }
          >
            Delete it
          </button>
          <button type="button" onClick={() => setStep('list')}>
            Cancel
          </button>
        </div>
      ) : null}
    </li>
  );
}
