import { hasSamplePlan } from '../../../shared/sample/sample-ids';
import { errorMessage } from '../../../shared/error-message';
import { plural } from '../../../shared/plural';
import type { CalendarDay } from '../../../shared/types';
import type { PlanData } from '../../db/usePlanData';
import { useUiStore } from '../../stores/ui-store';
import './welcome.css';

type Props = { plan: Pick<PlanData, 'announcements' | 'windows'>; today: CalendarDay };

function failed(error: unknown, fallback: string): void {
  useUiStore.getState().showToast(errorMessage(error, fallback));
}

/**
 * What a newcomer meets above the calendar (issue 10): on an empty plan a welcome that says what a
 * tier is and offers a sample quarter or a first launch; while the sample is in the plan, a line
 * that removes it in one click. Not a modal: the calendar stays usable underneath.
 */
export function FirstRun({ plan, today }: Props) {
  if (hasSamplePlan(plan)) return <SampleBanner />;
  if (plan.announcements.length > 0 || plan.windows.length > 0) return null;
  const load = () => {
    const ui = useUiStore.getState();
    // The sample's data and builder load on this click, not with the app (issue 13).
    import('../../db/sample-repo')
      .then((repo) => repo.loadSamplePlan(today))
      .then(
        (count) => {
          ui.jumpTo(today);
          ui.showToast(
            `Loaded the sample plan: ${plural(count, 'launch or window', 'launches and windows')}.`,
            true,
          );
        },
        (error: unknown) => failed(error, 'The sample plan could not be loaded.'),
      );
  };
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
}

function SampleBanner() {
  const remove = () => {
    import('../../db/sample-repo')
      .then((repo) => repo.removeSamplePlan())
      .then(
        () => useUiStore.getState().showToast('Removed the sample plan; your own work stays.', true),
        (error: unknown) => failed(error, 'The sample plan could not be removed.'),
      );
  };
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
