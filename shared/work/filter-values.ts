/*
 * The filter bar's values, apart from the rules that match rows against them: the work store reads
 * stored values back at start and the calendar asks whether any is set, while the matching (with
 * the Work rows it reads) loads on demand (issue 13: the start-up bundle). filters.ts re-exports
 * all of it.
 */
import { isCalendarDay } from '../calendar-day';
import type { CalendarDay } from '../types';
import { TEXT_LIMITS } from '../text-limits';

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

/** True when some control is set. */
export function hasActiveFilters(filters: WorkFilters): boolean {
  return (Object.keys(NO_FILTERS) as FilterName[]).some((name) => filters[name] !== null);
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
