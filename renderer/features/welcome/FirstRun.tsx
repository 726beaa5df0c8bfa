import { memo } from 'react';
import { hasSamplePlan } from '../../../shared/sample/sample-ids';
import type { CalendarDay } from '../../../shared/types';
import type { PlanData } from '../../db/usePlanData';
import { useUiStore } from '../../stores/ui-store';
import './welcome.css';

type Props = { plan: Pick<PlanData, 'announcements' | 'windows'>; today: CalendarDay };

// Shown when even the buttons' code can not load (the app's files went away under it).
function unavailable(): void {
  useUiStore.getState().showToast('The sample plan is not available: reload Tierline and try again.');
}

/**
 * What a newcomer meets above the calendar (issue 10): on an empty plan a welcome that says what a
 * tier is and offers a sample quarter or a first launch; while the sample is in the plan, a line
 * that removes it in one click. Not a modal: the calendar stays usable underneath.
 */
export const FirstRun = memo(function FirstRun({ plan, today }: Props) {
  if (hasSamplePlan(plan)) return <SampleBanner />;
  if (plan.announcements.length > 0 || plan.windows.length > 0) return null;
  // The buttons' code, with the sample's data, loads on their click (issue 13).
  const load = () =>
    void import('./sample-actions').then((actions) => actions.loadSample(today), unavailable);
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <div className="welcome__text">
        <h2 id="welcome-title">Welcome to Tierline</h2>
        <p>
          Every launch gets a tier (Minor, Medium or Major, by how many users it touches), and the tier brings
          the handbook&apos;s checklist of marketing work, with owners and due dates counted from launch day.
        </p>
      </div>
      <div className="welcome__actions">
        <button type="button" className="button--primary" onClick={load}>
          Load a sample plan
        </button>
        <button
          type="button"
          onClick={() => useUiStore.getState().openDialog({ kind: 'new-announcement', launchDate: today })}
        >
          Create your first launch
        </button>
      </div>
    </section>
  );
});

function SampleBanner() {
  const remove = () => void import('./sample-actions').then((actions) => actions.removeSample(), unavailable);
  return (
    <section className="banner sample-banner" aria-label="Sample plan">
      <span>
        <strong>Sample plan</strong>: removing it keeps what you added yourself.
      </span>
      <button type="button" onClick={remove}>
        Remove sample plan
      </button>
    </section>
  );
}
