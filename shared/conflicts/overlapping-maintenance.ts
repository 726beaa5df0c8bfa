import type { MaintenanceWindow } from '../types';
import { instantToDay } from '../zoned-time';
import { makeConflict, ms, quoted, type Conflict } from './conflict';

function serviceKeys(window: MaintenanceWindow): Map<string, string> {
  const keys = new Map<string, string>();
  for (const name of window.services) {
    const trimmed = name.trim();
    if (trimmed !== '' && !keys.has(trimmed.toLowerCase())) keys.set(trimmed.toLowerCase(), trimmed);
  }
  return keys;
}

type Timed = { window: MaintenanceWindow; start: number; end: number };

// Earlier start first, then id: the same pair reads the same whatever the input order.
function byStartThenId(a: Timed, b: Timed): number {
  return a.start - b.start || (a.window.id < b.window.id ? -1 : a.window.id > b.window.id ? 1 : 0);
}

/**
 * Pairs of windows that overlap in time and touch a service in common (names match ignoring
 * case and surrounding spaces). Windows that only touch (one ends as the other starts) do not
 * overlap. Cancelled windows never conflict. The conflict sits on the day the overlap begins
 * in the planner's zone.
 */
export function overlappingMaintenance(
  windows: readonly MaintenanceWindow[],
  plannerZone: string,
): Conflict[] {
  // Each window's instants are read once, not once per pair (issue 13: 200 windows took ~40 ms).
  const live = windows
    .filter((window) => window.status !== 'cancelled')
    .map((window) => ({ window, start: ms(window.start), end: ms(window.end) }))
    // An unreadable instant overlaps nothing (every comparison with NaN is false), and leaving it
    // out keeps the sort by start consistent, which the early exit below relies on.
    .filter(({ start, end }) => !Number.isNaN(start) && !Number.isNaN(end))
    .sort(byStartThenId);
  const conflicts: Conflict[] = [];
  for (let i = 0; i < live.length; i += 1) {
    const timedFirst = live[i];
    if (!timedFirst) continue;
    const first = timedFirst.window;
    const firstServices = serviceKeys(first);
    for (let j = i + 1; j < live.length; j += 1) {
      const timedSecond = live[j];
      if (!timedSecond) continue;
      // Sorted by start: no window from here on starts before the first one ends.
      if (timedSecond.start >= timedFirst.end) break;
      if (timedSecond.window.id === first.id) continue;
      const second = timedSecond.window;
      if (!(timedFirst.start < timedSecond.end && timedSecond.start < timedFirst.end)) continue;
      const shared = [...serviceKeys(second).keys()]
        .filter((key) => firstServices.has(key))
        .map((key) => firstServices.get(key) ?? key)
        .sort();
      if (shared.length === 0) continue;
      const overlapStart = timedFirst.start > timedSecond.start ? first.start : second.start;
      conflicts.push(
        makeConflict(
          'overlapping-maintenance',
          [
            { kind: 'maintenance', id: first.id },
            { kind: 'maintenance', id: second.id },
          ],
          `${quoted(first.title)} and ${quoted(second.title)} overlap on ${shared.join(', ')}.`,
          instantToDay(overlapStart, plannerZone),
        ),
      );
    }
  }
  return conflicts;
}
