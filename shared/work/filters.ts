import { isCalendarDay } from '../calendar-day';
import type { CalendarDay } from '../types';
import { TEXT_LIMITS } from '../text-limits';
import type { WorkRow } from './work-rows';

export const FILTER_KINDS = ['announcements', 'maintenance', 'checklist'] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];
export const FILTER_STATUSES = ['open', 'done', 'overdue', 'cancelled'] as const;
export type FilterStatus = (typeof FILTER_STATUSES)[number];
/** The window kinds the legend tells apart, as `Disruption` values: downtime, degraded, no impact. */
export const LEGEND_DISRUPTIONS = ['downtime', 'degraded', 'none'] as const;
export type LegendDisruption = (typeof LEGEND_DISRUPTIONS)[number];

/**
 * One legend entry the planner can hide: a tier (`tier:major`) or a window kind
 * (`window:downtime`). Tier keys are free text from template sets, so the prefix keeps the
 * two namespaces apart.
 */
export type LegendKey = `tier:${string}` | `window:${LegendDisruption}`;

/** Days a due filter spans, both ends included; either end may be open. */
export type DueRange = { from: CalendarDay | null; to: CalendarDay | null };

/**
 * The one filter bar's state, shared by the calendar and the Work view. Each control holds one
 * value or null for "any". Owners are held by key (owners.ts), never by spelling.
 */
export type WorkFilters = {
  owner: string | null;
  team: string | null;
  tier: string | null;
  kind: FilterKind | null;
  status: FilterStatus | null;
  due: DueRange | null;
  /** Legend entries switched off (the legend's show/hide toggles); null when all show. */
  hidden: readonly LegendKey[] | null;
};

export type FilterName = keyof WorkFilters;

/** No filter set: everything shows. */
export const NO_FILTERS: WorkFilters = {
  owner: null,
  team: null,
  tier: null,
  kind: null,
  status: null,
  due: null,
  hidden: null,
};

/** The legend key of a tier. */
export function tierLegendKey(tierKey: string): LegendKey {
  return `tier:${tierKey}`;
}

/** The legend key of a window kind. */
export function windowLegendKey(disruption: LegendDisruption): LegendKey {
  return `window:${disruption}`;
}

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

/** True when some control is set. */
export function hasActiveFilters(filters: WorkFilters): boolean {
  return (Object.keys(NO_FILTERS) as FilterName[]).some((name) => filters[name] !== null);
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

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function shortText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' || text.length > TEXT_LIMITS.owner ? null : text;
}

function day(value: unknown): CalendarDay | null {
  return typeof value === 'string' && isCalendarDay(value) ? value : null;
}

function dueRange(value: unknown): DueRange | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const from = day(record.from);
  const to = day(record.to);
  if (from === null && to === null) return null;
  if (from !== null && to !== null && from > to) return null;
  return { from, to };
}

function legendKeys(value: unknown): readonly LegendKey[] | null {
  if (!Array.isArray(value)) return null;
  const keys = value.filter(
    (key): key is LegendKey =>
      typeof key === 'string' &&
      key.length <= TEXT_LIMITS.owner + 7 &&
      (LEGEND_DISRUPTIONS.some((kind) => key === windowLegendKey(kind)) ||
        (key.startsWith('tier:') && key.length > 5)),
  );
  const unique = [...new Set(keys)];
  return unique.length === 0 ? null : unique;
}

/**
 * Filters read back from storage (anything: an older version's shape, a hand edit, garbage).
 * Each control keeps its value only if it is one the bar could have set; the rest fall back
 * to "any", so a bad stored value can never hide the whole plan for good.
 */
export function restoreFilters(value: unknown): WorkFilters {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return NO_FILTERS;
  const record = value as Record<string, unknown>;
  return {
    owner: shortText(record.owner),
    team: shortText(record.team),
    tier: shortText(record.tier),
    kind: oneOf(record.kind, FILTER_KINDS),
    status: oneOf(record.status, FILTER_STATUSES),
    due: dueRange(record.due),
    hidden: legendKeys(record.hidden),
  };
}
