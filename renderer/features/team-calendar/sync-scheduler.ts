import type { PublishedItem } from '../../../shared/sync/local-objects';
import { teamCalendarBridge } from '../../platform/team-calendar';
import type { PlanData } from '../../db/usePlanData';
import { runTeamSync } from './run-team-sync';

type Inputs = { published: readonly PublishedItem[]; plan: PlanData };

let latest: Inputs | null = null;
let running: Promise<void> | null = null;
// null: nothing asked while a sync ran; otherwise one more sync, allowing mass deletes if any ask did.
let again: boolean | null = null;

/** The plan and its published objects as they are now; a sync that starts later uses these. */
export function setSyncInputs(inputs: Inputs | null): void {
  latest = inputs;
}

/**
 * Starts a sync with the latest inputs. One runs at a time: an ask while one runs queues exactly
 * one more, so a change made during a sync is published right after it.
 */
export function requestTeamSync(allowMassDelete: boolean): void {
  if (running) {
    again = (again ?? false) || allowMassDelete;
    return;
  }
  const bridge = teamCalendarBridge();
  if (!bridge || !latest) return;
  running = runTeamSync({ bridge, ...latest, allowMassDelete }).finally(() => {
    running = null;
    const next = again;
    again = null;
    if (next !== null) requestTeamSync(next);
  });
}
