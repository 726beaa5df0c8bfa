import { plural } from '../../../shared/plural';
import type { CalendarDay } from '../../../shared/types';
import { runWrite } from '../../components/run-write';
import { useUiStore } from '../../stores/ui-store';
import { loadSamplePlan, removeSamplePlan } from '../../db/sample-repo';

/*
 * What the welcome's and the sample line's buttons do. Loaded on their click with the sample's data
 * and builder, not with the app (issue 13's start-up bundle): most starts never press them.
 */

/** Adds the sample quarter around `today` as one undoable change, and shows its first month. */
export async function loadSample(today: CalendarDay): Promise<void> {
  await runWrite(
    loadSamplePlan(today).then((count) => {
      const ui = useUiStore.getState();
      ui.jumpTo(today);
      // Its own toast: the count is in it.
      ui.showToast(
        `Loaded the sample plan: ${plural(count, 'launch or window', 'launches and windows')}.`,
        true,
      );
    }),
    { failed: 'The sample plan could not be loaded.' },
  );
}

/** Removes every sample row (the planner's own work stays), as one undoable change. */
export async function removeSample(): Promise<void> {
  await runWrite(removeSamplePlan(), {
    done: 'Removed the sample plan; your own work stays.',
    failed: 'The sample plan could not be removed.',
  });
}
