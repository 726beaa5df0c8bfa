import { errorMessage } from '../../../shared/error-message';
import { plural } from '../../../shared/plural';
import type { CalendarDay } from '../../../shared/types';
import { useUiStore } from '../../stores/ui-store';
import { loadSamplePlan, removeSamplePlan } from '../../db/sample-repo';

/*
 * What the welcome's and the sample line's buttons do. Loaded on their click with the sample's data
 * and builder, not with the app (issue 13's start-up bundle): most starts never press them.
 */

function failed(error: unknown, fallback: string): void {
  useUiStore.getState().showToast(errorMessage(error, fallback));
}

/** Adds the sample quarter around `today` as one undoable change, and shows its first month. */
export async function loadSample(today: CalendarDay): Promise<void> {
  const ui = useUiStore.getState();
  try {
    const count = await loadSamplePlan(today);
    ui.jumpTo(today);
    ui.showToast(
      `Loaded the sample plan: ${plural(count, 'launch or window', 'launches and windows')}.`,
      true,
    );
  } catch (error) {
    failed(error, 'The sample plan could not be loaded.');
  }
}

/** Removes every sample row (the planner's own work stays), as one undoable change. */
export async function removeSample(): Promise<void> {
  try {
    await removeSamplePlan();
    useUiStore.getState().showToast('Removed the sample plan; your own work stays.', true);
  } catch (error) {
    failed(error, 'The sample plan could not be removed.');
  }
}
