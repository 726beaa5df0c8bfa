import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { downloadRawBackup } from '../../db/raw-backup';
import { saveTextFile } from '../../platform/platform';
import type { PlanData } from '../../db/usePlanData';
import { DamagedRecordRow } from './DamagedRecordRow';

type Props = { plan: PlanData; now: Date; onClose: () => void };

/** The damaged records, one by one, with what is wrong and what can be done about each. */
export function DamagedRecordsDialog({ plan, now, onClose }: Props) {
  const [status, setStatus] = useState('');
  const downloadRecords = () => {
    const text = JSON.stringify(
      plan.damaged.map(({ table, key, problems, row }) => ({ table, key, problems, row })),
      null,
      2,
    );
    void saveTextFile(`tierline-damaged-records-${now.toISOString().slice(0, 10)}.json`, `${text}\n`, [
      { name: 'JSON', extensions: ['json'] },
    ]).then((result) =>
      setStatus(result.status === 'saved' ? `Saved the damaged records (${result.path}).` : 'Nothing saved.'),
    );
  };
  return (
    <Dialog title="Records that could not be shown" onClose={onClose} wide>
      <p>
        These records are stored in your plan but something in them is wrong, so Tierline set them aside
        instead of showing them. Keep a copy first; then repair what can be repaired, or delete. Every repair
        and delete can be undone.
      </p>
      <div className="damaged__actions">
        <button type="button" onClick={downloadRecords}>
          Download these records
        </button>
        <button type="button" onClick={() => void downloadRawBackup().then(setStatus)}>
          Download a full backup
        </button>
      </div>
      <p role="status" className="damaged__status">
        {status}
      </p>
      {plan.damaged.length === 0 ? <p>Nothing left to review: every record shows again.</p> : null}
      <ul className="damaged__list">
        {plan.damaged.map((record) => (
          <DamagedRecordRow
            key={`${record.table}/${record.key}`}
            record={record}
            plan={plan}
            now={now}
            onDone={setStatus}
          />
        ))}
      </ul>
    </Dialog>
  );
}
