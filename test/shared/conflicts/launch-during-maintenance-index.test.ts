import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AFTER_MAINTENANCE_MS,
  launchDuringMaintenance,
} from '../../../shared/conflicts/launch-during-maintenance';
import { launchSpan } from '../../../shared/conflicts/conflict';
import type { Announcement, MaintenanceWindow } from '../../../shared/types';
import { addCalendarDays } from '../../../shared/calendar-day';
import { makeAnnouncement, makeMaintenanceWindow } from '../../builders';
import { calendarDay } from '../../dates';
import { instantOf } from '../../../shared/zoned-time';

const ZONE = 'Europe/London';
const HOUR = 3_600_000;

// The rule as first written: every launch against every window. The indexed version must find
// exactly the same pairs, in the same order (issue 13 made it skip windows that cannot reach).
function everyPair(announcements: Announcement[], windows: MaintenanceWindow[]): string[] {
  const pairs: string[] = [];
  for (const announcement of announcements) {
    const span = announcement.status === 'cancelled' ? null : launchSpan(announcement, ZONE);
    if (!span) continue;
    for (const window of windows) {
      if (window.status === 'cancelled' || window.disruption === 'none') continue;
      const start = Date.parse(window.start);
      const end = Date.parse(window.end);
      const hit = span.timed
        ? span.from >= start && span.from < end + AFTER_MAINTENANCE_MS
        : span.from < end + AFTER_MAINTENANCE_MS && start < span.to;
      if (hit) pairs.push(`${announcement.id}+${window.id}`);
    }
  }
  return pairs;
}

const launch = fc.record({
  day: fc.integer({ min: 0, max: 20 }),
  time: fc.option(fc.constantFrom('00:00', '09:30', '23:59'), { nil: null }),
  cancelled: fc.boolean(),
});
const window = fc.record({
  startHour: fc.integer({ min: -48, max: 21 * 24 }),
  hours: fc.integer({ min: 0, max: 14 * 24 }),
  cancelled: fc.boolean(),
  none: fc.boolean(),
});

describe('launch during maintenance, indexed by window start', () => {
  it('finds exactly the pairs the every-pair rule finds, in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(launch, { maxLength: 12 }),
        fc.array(window, { maxLength: 12 }),
        (launches, spans) => {
          const announcements = launches.map((row, index) =>
            makeAnnouncement({
              id: `a-${index}`,
              launchDate: addCalendarDays(calendarDay('2026-03-20'), row.day),
              launchTime: row.time,
              status: row.cancelled ? 'cancelled' : 'planned',
            }),
          );
          const windows = spans.map((row, index) => {
            const start = Date.parse('2026-03-20T00:00:00Z') + row.startHour * HOUR;
            return makeMaintenanceWindow({
              id: `w-${index}`,
              start: instantOf(new Date(start)),
              end: instantOf(new Date(start + row.hours * HOUR)),
              status: row.cancelled ? 'cancelled' : 'planned',
              ...(row.none ? { disruption: 'none' as const } : {}),
            });
          });
          const found = launchDuringMaintenance(announcements, windows, ZONE).map((conflict) =>
            conflict.refs.map((ref) => ref.id).join('+'),
          );
          expect(found).toEqual(everyPair(announcements, windows));
        },
      ),
    );
  });
});
