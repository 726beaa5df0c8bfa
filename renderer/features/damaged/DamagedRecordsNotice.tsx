import './damaged.css';
import { Suspense, lazy, memo, useState } from 'react';
import { plural, pluralWord } from '../../../shared/plural';
import type { PlanData } from '../../db/usePlanData';

// Loaded when the planner opens it: the repair rules are not needed to show the rest of the plan.
const DamagedRecordsDialog = lazy(() =>
  import('./DamagedRecordsDialog').then((module) => ({ default: module.DamagedRecordsDialog })),
);

/**
 * Says, above the calendar, that some stored records could not be shown, and opens the list with
 * the ways out (download, repair, delete). The rest of the plan shows and works meanwhile.
 */
export const DamagedRecordsNotice = memo(function DamagedRecordsNotice({
  plan,
  now,
}: {
  plan: PlanData;
  now: Date;
}) {
  const [open, setOpen] = useState(false);
  const count = plan.damaged.length;
  if (count === 0) return null;
  return (
    <section className="banner banner--warning" aria-label="Damaged records">
      <span>
        {plural(count, 'record')} could not be shown: {pluralWord(count, 'it is', 'they are')} set aside, and
        the rest of your plan is safe.
      </span>
      <button type="button" onClick={() => setOpen(true)}>
        Review damaged records
      </button>
      {open ? (
        <Suspense fallback={null}>
          <DamagedRecordsDialog plan={plan} now={now} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </section>
  );
});
