import type { CalendarDay } from '../types';
import {
  tierLegendKey,
  windowLegendKey,
  type FilterStatus,
  type LegendDisruption,
  type LegendKey,
  type WorkFilters,
  type DueRange,
} from './filter-values';
import type { WorkRow } from './work-rows';

export {
  FILTER_KINDS,
  FILTER_STATUSES,
  LEGEND_DISRUPTIONS,
  NO_FILTERS,
  hasActiveFilters,
  restoreFilters,
  tierLegendKey,
  windowLegendKey,
} from './filter-values';
export type {
  DueRange,
  FilterKind,
  FilterName,
  FilterStatus,
  LegendDisruption,
  LegendKey,
  WorkFilters,
} from './filter-values';

/**
 * The hidden set with `key` switched: shown becomes hidden and back. The last shown entry
 * coming back gives null, so "nothing hidden" has one spelling and no chip.
 */
export function toggleHidden(
  hidden: readonly LegendKey[] | null,
  key: LegendKey,
): readonly LegendKey[] | null {
  const current = hidden ?? [];
  const next = current.includes(key) ? current.filter((candidate) => candidate !== key) : [...current, key];
  return next.length === 0 ? null : next;
}

/** Whether the legend entry is switched off. */
export function isHidden(filters: WorkFilters, key: LegendKey): boolean {
  return filters.hidden?.includes(key) ?? false;
}

function inDueRange(day: CalendarDay, due: DueRange | null): boolean {
  if (!due) return true;
  return (due.from === null || day >= due.from) && (due.to === null || day <= due.to);
}

/** The parts of a row the item-level filters (owner, team, due) read. */
type ItemLike = { ownerKey: string | null; team: string; dueDate: CalendarDay };

function itemLevelMatch(item: ItemLike, filters: WorkFilters): boolean {
  return (
    (filters.owner === null || item.ownerKey === filters.owner) &&
    (filters.team === null || item.team === filters.team) &&
    inDueRange(item.dueDate, filters.due)
  );
}

function statusMatch(
  status: FilterStatus | null,
  row: { status: WorkRow['status']; overdue: boolean },
): boolean {
  if (status === null) return true;
  if (status === 'overdue') return row.overdue;
  return row.status === status;
}

/**
 * Whether a Work row passes every filter. Kind: every row is checklist work, so Checklist keeps
 * them all, Announcements keeps launch items and Maintenance keeps window steps. Status: Overdue
 * is the open rows due before today; Cancelled the rows of cancelled launches and windows.
 */
export function rowMatches(row: WorkRow, filters: WorkFilters): boolean {
  if (filters.kind === 'announcements' && row.parentKind !== 'announcement') return false;
  if (filters.kind === 'maintenance' && row.parentKind !== 'maintenance') return false;
  if (filters.tier !== null && row.tierKey !== filters.tier) return false;
  if (row.tierKey !== null && isHidden(filters, tierLegendKey(row.tierKey))) return false;
  if (!statusMatch(filters.status, row)) return false;
  return itemLevelMatch({ ownerKey: row.owner?.key ?? null, team: row.team, dueDate: row.dueDate }, filters);
}

/** A launch or window as the calendar filter sees it, with its items already as rows. */
export type CalendarParent = {
  kind: 'announcement' | 'maintenance';
  tierKey: string | null;
  /** A window's disruption (its legend kind); absent for launches. */
  disruption?: LegendDisruption;
  cancelled: boolean;
  /** The owners the record names itself (product, marketing or window owner). */
  ownerKeys: readonly string[];
  rows: readonly WorkRow[];
};

function parentStatusMatch(status: FilterStatus | null, parent: CalendarParent): boolean {
  if (status === null) return true;
  if (status === 'cancelled' || parent.cancelled) return status === 'cancelled' && parent.cancelled;
  const open = parent.rows.filter((row) => row.status === 'open');
  if (status === 'overdue') return open.some((row) => row.overdue);
  // A launch with nothing on its checklist is still open: nothing about it is done yet.
  if (status === 'done') return parent.rows.length > 0 && open.length === 0;
  return open.length > 0 || parent.rows.length === 0;
}

/**
 * Whether the calendar shows a launch or window. Its own kind, tier and status must match; when
 * an owner, team or due filter is set, at least one of its items must match them (a launch
 * Priya has work on shows for Priya), or, for an owner filter alone, the record must name that
 * owner itself.
 */
export function parentMatches(parent: CalendarParent, filters: WorkFilters): boolean {
  const kind = parent.kind === 'announcement' ? 'announcements' : 'maintenance';
  if (filters.kind !== null && filters.kind !== kind) return false;
  if (filters.tier !== null && parent.tierKey !== filters.tier) return false;
  if (parent.tierKey !== null && isHidden(filters, tierLegendKey(parent.tierKey))) return false;
  if (parent.disruption !== undefined && isHidden(filters, windowLegendKey(parent.disruption))) return false;
  if (!parentStatusMatch(filters.status, parent)) return false;
  if (filters.owner === null && filters.team === null && filters.due === null) return true;
  if (filters.team === null && filters.due === null && parent.ownerKeys.includes(filters.owner ?? ''))
    return true;
  return parent.rows.some((row) =>
    itemLevelMatch({ ownerKey: row.owner?.key ?? null, team: row.team, dueDate: row.dueDate }, filters),
  );
}

/** Whether the calendar shows a checklist item's marker: Kind Checklist (or any) and the row's own match. */
export function markerMatches(row: WorkRow, filters: WorkFilters): boolean {
  if (filters.kind !== null && filters.kind !== 'checklist') return false;
  return rowMatches(row, { ...filters, kind: null });
}
