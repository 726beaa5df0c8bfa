import type { Announcement, MaintenanceWindow } from '../types';
import { launchSpan, makeConflict, ms, quoted, type Conflict } from './conflict';

/** How long after a window a launch still competes with it for users' trust and attention. */
export const AFTER_MAINTENANCE_MS = 24 * 60 * 60 * 1000;

/**
 * Announcements that launch during a disruptive maintenance window (disruption not `none`) or
 * within 24 hours after it ends: `[start, end + 24h)`, half-open, so a launch exactly 24 hours
 * after the end is clear. A timed launch is its instant; an all-day launch is its whole day in
 * the planner's zone and conflicts when that day touches the span at all. Cancelled
 * announcements and windows never conflict.
 */
export function launchDuringMaintenance(
  announcements: readonly Announcement[],
  windows: readonly MaintenanceWindow[],
  plannerZone: string,
): Conflict[] {
  const disruptive = windows.filter(
    (window) => window.status !== 'cancelled' && window.disruption !== 'none',
  );
  const conflicts: Conflict[] = [];
  for (const announcement of announcements) {
    if (announcement.status === 'cancelled') continue;
    const span = launchSpan(announcement, plannerZone);
    if (!span) continue;
    for (const window of disruptive) {
      const start = ms(window.start);
      const end = ms(window.end);
      const hits = span.timed
        ? span.from >= start && span.from < end + AFTER_MAINTENANCE_MS
        : span.from < end + AFTER_MAINTENANCE_MS && start < span.to;
      if (!hits) continue;
      const during = span.timed ? span.from < end : span.from < end && start < span.to;
      const when = during ? 'during' : 'within 24 hours after';
      conflicts.push(
        makeConflict(
          'launch-during-maintenance',
          [
            { kind: 'announcement', id: announcement.id },
            { kind: 'maintenance', id: window.id },
          ],
          `${quoted(announcement.title)} launches ${when} the maintenance ${quoted(window.title)} (${window.disruption}). Users may be busy dealing with it.`,
          span.day,
        ),
      );
    }
  }
  return conflicts;
}
