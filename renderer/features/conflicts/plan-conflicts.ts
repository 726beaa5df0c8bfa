import { tierOf } from '../../../shared/templates/built-in-sets';
import type { PlanData } from '../../db/usePlanData';
import { findConflicts, type FindConflictsInput } from '../../../shared/conflicts/find-conflicts';
import type { Conflict } from '../../../shared/conflicts/conflict';
import type { ConflictMemo } from '../../../shared/conflicts/conflict-memo';
import type { CalendarDay } from '../../../shared/types';

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
