import type { PlanData } from '../../db/usePlanData';
import type { Conflict, ConflictKind } from '../../../shared/conflicts/conflict';
import type { CalendarDay, Settings } from '../../../shared/types';
import { instantToLocal } from '../../../shared/zoned-time';
import { parseOccurrenceId } from '../../../shared/recurrence/rule';

type Plan = Pick<PlanData, 'announcements' | 'windows' | 'items' | 'templateSets'> &
  Partial<Pick<PlanData, 'people'>>;

/** How many conflicts name each record (announcement, window or checklist item), by id. */
export function conflictCountsById(conflicts: readonly Conflict[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const conflict of conflicts) {
    for (const id of new Set(conflict.refs.map((ref) => ref.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

const KIND_LABELS: Record<ConflictKind, string> = {
  'launch-during-maintenance': 'Launch during maintenance',
  'overlapping-maintenance': 'Overlapping maintenance',
  'majors-too-close': 'Major launches too close',
  'person-overloaded': 'Too much for one person',
  overdue: 'Overdue',
  'weekend-due': 'Due on a weekend',
};

/** The short heading a conflict kind gets in the panel. */
export function conflictKindLabel(kind: ConflictKind): string {
  return KIND_LABELS[kind];
}

/** Where "Show" takes the planner: the record to select, and the day (and time) to bring into view. */
export type ConflictFocus = {
  selection: { kind: 'announcement' | 'maintenance'; id: string } | null;
  day: CalendarDay;
  /** `HH:mm` in the planner's zone, for a timed record the week view should scroll to. */
  time: string | null;
};

/**
 * The record a conflict is best shown by: an announcement or window it names, else the parent of
 * the checklist item it names. Records that no longer exist are skipped.
 */
export function conflictFocus(
  conflict: Conflict,
  plan: Plan,
  settings: Pick<Settings, 'timeZone'>,
): ConflictFocus {
  for (const ref of conflict.refs) {
    if (ref.kind === 'announcement' && plan.announcements.some((a) => a.id === ref.id)) {
      return { selection: { kind: 'announcement', id: ref.id }, day: conflict.day, time: null };
    }
    const occurrence = ref.kind === 'maintenance' ? parseOccurrenceId(ref.id) : null;
    if (occurrence && plan.windows.some((w) => w.id === occurrence.seriesId)) {
      const time = instantToLocal(occurrence.originalStart, settings.timeZone).slice(11, 16);
      const selection = {
        kind: 'maintenance' as const,
        id: occurrence.seriesId,
        occurrence: occurrence.originalStart,
      };
      return { selection, day: conflict.day, time };
    }
    if (ref.kind === 'maintenance') {
      const window = plan.windows.find((w) => w.id === ref.id);
      if (window) {
        const time = instantToLocal(window.start, settings.timeZone).slice(11, 16);
        return { selection: { kind: 'maintenance', id: ref.id }, day: conflict.day, time };
      }
    }
  }
  for (const ref of conflict.refs) {
    const item = plan.items.find((candidate) => candidate.id === ref.id);
    if (item)
      return { selection: { kind: item.parentKind, id: item.parentId }, day: conflict.day, time: null };
  }
  return { selection: null, day: conflict.day, time: null };
}
