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

// Earlier start first, then id: the same pair reads the same whatever the input order.
function byStartThenId(a: MaintenanceWindow, b: MaintenanceWindow): number {
  return ms(a.start) - ms(b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
  const live = windows.filter((window) => window.status !== 'cancelled').sort(byStartThenId);
  const conflicts: Conflict[] = [];
  for (let i = 0; i < live.length; i += 1) {
    const first = live[i];
    if (!first) continue;
    const firstServices = serviceKeys(first);
    for (let j = i + 1; j < live.length; j += 1) {
      const second = live[j];
      if (!second || second.id === first.id) continue;
      if (!(ms(first.start) < ms(second.end) && ms(second.start) < ms(first.end))) continue;
      const shared = [...serviceKeys(second).keys()]
        .filter((key) => firstServices.has(key))
        .map((key) => firstServices.get(key) ?? key)
        .sort();
      if (shared.length === 0) continue;
      const overlapStart = ms(first.start) > ms(second.start) ? first.start : second.start;
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
