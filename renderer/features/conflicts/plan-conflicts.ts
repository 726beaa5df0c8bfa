import { tierOf } from '../../../shared/templates/built-in-sets';
import type { PlanData } from '../../db/usePlanData';
import { findConflicts, type FindConflictsInput } from '../../../shared/conflicts/find-conflicts';
import type { Conflict } from '../../../shared/conflicts/conflict';
import type { ConflictMemo } from '../../../shared/conflicts/conflict-memo';
import { isSmallUpdate } from '../../../shared/conflicts/incremental-conflicts';
import type { CalendarDay } from '../../../shared/types';

// Its own module, apart from the labels in conflict-view.ts, so the rules load after the first
// paint (useConflicts) while the badges' words load with the calendar (issue 13).
export { createConflictMemo } from '../../../shared/conflicts/conflict-memo';

type Plan = Pick<PlanData, 'announcements' | 'windows' | 'items' | 'templateSets'> &
  Partial<Pick<PlanData, 'people'>>;

function conflictInput(
  plan: Plan,
  settings: FindConflictsInput['settings'],
  today: CalendarDay,
  memo?: ConflictMemo,
): FindConflictsInput {
  return {
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
  };
}

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
  return findConflicts(conflictInput(plan, settings, today, memo));
}

// A drop writes a launch and its checklist (a few dozen rows at most); an import writes thousands.
const FEW_ROWS = 50;

/**
 * True when `planConflicts` over `plan` costs little with `memo`: a write of a few rows since its
 * last run, with the same settings, day, people and tiers.
 */
export function judgedQuickly(
  plan: Plan,
  settings: FindConflictsInput['settings'],
  today: CalendarDay,
  memo: ConflictMemo,
): boolean {
  return isSmallUpdate(conflictInput(plan, settings, today), memo, FEW_ROWS);
}
