import { tierOf } from '../../../shared/templates/built-in-sets';
import type { PlanData } from '../../db/usePlanData';
import { findConflicts, type FindConflictsInput } from '../../../shared/conflicts/find-conflicts';
import type { Conflict } from '../../../shared/conflicts/conflict';
import type { ConflictMemo } from '../../../shared/conflicts/conflict-memo';
import type { CalendarDay } from '../../../shared/types';
import { conflictWarmUpSteps } from '../../../shared/conflicts/warm-up';

// Its own module, apart from the labels in conflict-view.ts, so the rules load after the first
// paint (useConflicts) while the badges' words load with the calendar (issue 13).
export { createConflictMemo } from '../../../shared/conflicts/conflict-memo';

type Plan = Pick<PlanData, 'announcements' | 'windows' | 'items' | 'templateSets'> &
  Partial<Pick<PlanData, 'people'>>;

/**
 * Every conflict in the plan, from the shared rules. Major is whatever tier ranks 1 in the
 * announcement's own template set, so renamed or imported tiers keep the rule. A memo kept across
 * calls over one plan spares the rows that did not change.
 */
export function planConflicts(
  plan: Plan,
  settings: FindConflictsInput['settings'],
  today: CalendarDay,
  memo?: ConflictMemo,
): Conflict[] {
  return findConflicts({
    announcements: plan.announcements,
    windows: plan.windows,
    items: plan.items,
    tierRankOf: (announcement) => tierOf(announcement, plan.templateSets)?.rank,
    // A new closure each call, but the same sets: ranks are read again only when the sets change.
    tierRankSource: plan.templateSets,
    settings,
    today,
    people: plan.people ?? [],
    memo,
  });
}

// About 10 ms of rules a part on the build machine: a 10,000-item plan's first pass in ten parts.
const ROWS_PER_PART = 1000;

/**
 * The first pass of the rules over `plan`, made into `memo` a part at a time with `pause` between
 * parts (conflictWarmUpSteps), so the planConflicts call that follows finds it done. For the
 * first pass only: later passes judge just the rows a write changed.
 */
export async function warmUpConflicts(
  plan: Plan,
  settings: FindConflictsInput['settings'],
  today: CalendarDay,
  memo: ConflictMemo,
  pause: () => Promise<void>,
): Promise<void> {
  const rows = plan.announcements.length + plan.items.length + plan.windows.length;
  for (const part of conflictWarmUpSteps(plan, Math.ceil(rows / ROWS_PER_PART))) {
    planConflicts({ ...plan, ...part }, settings, today, memo);
    await pause();
  }
}
