import type { CalendarDay } from '../types';
import type {
  DueRange,
  FilterKind,
  FilterName,
  FilterStatus,
  LegendDisruption,
  LegendKey,
  WorkFilters,
} from './filters';
import { ownerName, type Owner } from './owners';
import { shortDay } from './weeks';

export const KIND_LABELS: Record<FilterKind, string> = {
  announcements: 'Announcements',
  maintenance: 'Maintenance',
  checklist: 'Checklist',
};

export const STATUS_LABELS: Record<FilterStatus, string> = {
  open: 'Open',
  done: 'Done',
  overdue: 'Overdue',
  cancelled: 'Cancelled',
};

/** The legend's words for the window kinds (a window's `disruption`). */
export const DISRUPTION_LABELS: Record<LegendDisruption, string> = {
  downtime: 'Downtime',
  degraded: 'Degraded',
  none: 'No impact',
};

/** A legend entry in words: the tier's name, or the window kind's with "windows". */
export function legendKeyText(key: LegendKey, tierName: (key: string) => string): string {
  if (key.startsWith('tier:')) return tierName(key.slice(5));
  const kind = key.slice(7) as LegendDisruption;
  return `${DISRUPTION_LABELS[kind]} windows`;
}

/** One active filter as a removable chip: which control it clears and what it says. */
export type FilterChip = { name: FilterName; text: string };

/** A due range in words: `7 Dec – 13 Dec`, `by Wed 2 Dec`, `from Mon 7 Dec`. */
export function dueRangeText(due: DueRange, today: CalendarDay): string {
  if (due.from !== null && due.to !== null)
    return due.from === due.to
      ? shortDay(due.from, today)
      : `${shortDay(due.from, today)} – ${shortDay(due.to, today)}`;
  if (due.to !== null) return `by ${shortDay(due.to, today)}`;
  return `from ${shortDay(due.from ?? today, today)}`;
}

/**
 * The chips of the filters set, in the bar's order, each naming its control (`Owner: Priya`)
 * so a chip read out alone still makes sense.
 */
export function filterChips(
  filters: WorkFilters,
  context: { owners: readonly Owner[]; tierName: (key: string) => string; today: CalendarDay },
): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.owner !== null)
    chips.push({ name: 'owner', text: `Owner: ${ownerName(filters.owner, context.owners)}` });
  if (filters.team !== null) chips.push({ name: 'team', text: `Team: ${filters.team}` });
  if (filters.tier !== null) chips.push({ name: 'tier', text: `Tier: ${context.tierName(filters.tier)}` });
  if (filters.kind !== null) chips.push({ name: 'kind', text: `Kind: ${KIND_LABELS[filters.kind]}` });
  if (filters.status !== null)
    chips.push({ name: 'status', text: `Status: ${STATUS_LABELS[filters.status]}` });
  if (filters.due !== null)
    chips.push({ name: 'due', text: `Due: ${dueRangeText(filters.due, context.today)}` });
  if (filters.hidden !== null)
    chips.push({
      name: 'hidden',
      text: `Hidden: ${filters.hidden.map((key) => legendKeyText(key, context.tierName)).join(', ')}`,
    });
  return chips;
}
