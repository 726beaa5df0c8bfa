import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { launchDuringMaintenance } from '../../../shared/conflicts/launch-during-maintenance';
import { makeAnnouncement, makeMaintenanceWindow } from '../../builders';
import { launchAt } from './conflict-fixtures';
import { calendarDay, utcInstant } from '../../dates';

const HOUR = 3_600_000;
const LONDON = 'Europe/London';
// 22:00–02:00 UTC on 10/11 June 2026 (23:00–03:00 BST).
const window = makeMaintenanceWindow({
  start: utcInstant('2026-06-10T22:00:00.000Z'),
  end: utcInstant('2026-06-11T02:00:00.000Z'),
});

function timedAt(instantMs: number, zone = 'UTC') {
  const iso = new Date(instantMs).toISOString();
  return makeAnnouncement({
    launchDate: calendarDay(iso.slice(0, 10)),
    launchTime: iso.slice(11, 16),
    timeZone: zone,
  });
}

describe('launchDuringMaintenance', () => {
  it('flags a timed launch during the window and says so', () => {
    const [conflict] = launchDuringMaintenance([timedAt(Date.parse(window.start) + HOUR)], [window], LONDON);
    expect(conflict?.kind).toBe('launch-during-maintenance');
    expect(conflict?.message).toMatch(/launches during the maintenance/);
    expect(conflict?.refs).toEqual([
      { kind: 'announcement', id: 'a-1' },
      { kind: 'maintenance', id: 'w-1' },
    ]);
    expect(conflict?.day).toBe('2026-06-11');
  });

  it('flags a launch within 24 hours after the end, and not one exactly 24 hours after', () => {
    const end = Date.parse(window.end);
    const soon = launchDuringMaintenance([timedAt(end + 23 * HOUR + 59 * 60_000)], [window], LONDON);
    expect(soon[0]?.message).toMatch(/within 24 hours after/);
    expect(launchDuringMaintenance([timedAt(end + 24 * HOUR)], [window], LONDON)).toEqual([]);
    expect(launchDuringMaintenance([timedAt(Date.parse(window.start) - 60_000)], [window], LONDON)).toEqual(
      [],
    );
  });

  it('reads a timed launch in its own zone: 18:30 in New York is 23:30 BST, during the window', () => {
    const launch = makeAnnouncement({
      launchDate: calendarDay('2026-06-10'),
      launchTime: '18:30',
      timeZone: 'America/New_York',
    });
    expect(launchDuringMaintenance([launch], [window], LONDON)).toHaveLength(1);
    const sameWallTimeInLondon = makeAnnouncement({
      launchDate: calendarDay('2026-06-10'),
      launchTime: '18:30',
      timeZone: LONDON,
    });
    expect(launchDuringMaintenance([sameWallTimeInLondon], [window], LONDON)).toEqual([]);
  });

  it("treats an all-day launch as the whole day in the planner's zone", () => {
    // In London the window starts on the 10th (23:00 BST); in Tokyo the 10th is long over by then.
    const on10th = makeAnnouncement({ launchDate: calendarDay('2026-06-10'), launchTime: null });
    expect(launchDuringMaintenance([on10th], [window], LONDON)).toHaveLength(1);
    expect(launchDuringMaintenance([on10th], [window], 'Asia/Tokyo')).toEqual([]);
    const on12th = makeAnnouncement({ launchDate: calendarDay('2026-06-12'), launchTime: null });
    expect(launchDuringMaintenance([on12th], [window], LONDON)[0]?.message).toMatch(/within 24 hours after/);
    const on13th = makeAnnouncement({ launchDate: calendarDay('2026-06-13'), launchTime: null });
    expect(launchDuringMaintenance([on13th], [window], LONDON)).toEqual([]);
    const on9th = makeAnnouncement({ launchDate: calendarDay('2026-06-09'), launchTime: null });
    expect(launchDuringMaintenance([on9th], [window], LONDON)).toEqual([]);
  });

  it('ignores windows users will not notice, cancelled windows and cancelled announcements', () => {
    const launch = timedAt(Date.parse(window.start) + HOUR);
    expect(launchDuringMaintenance([launch], [{ ...window, disruption: 'none' }], LONDON)).toEqual([]);
    expect(launchDuringMaintenance([launch], [{ ...window, status: 'cancelled' }], LONDON)).toEqual([]);
    expect(launchDuringMaintenance([{ ...launch, status: 'cancelled' }], [window], LONDON)).toEqual([]);
    expect(launchDuringMaintenance([launch], [{ ...window, disruption: 'degraded' }], LONDON)).toHaveLength(
      1,
    );
  });

  it('flags a timed launch exactly when it falls in [start, end + 24h) (property)', () => {
    const start = Date.parse(window.start);
    const limit = Date.parse(window.end) + 24 * HOUR;
    fc.assert(
      fc.property(
        fc.integer({ min: -3 * 24 * 60, max: 4 * 24 * 60 }),
        fc.constantFrom('UTC', LONDON, 'America/New_York', 'Asia/Kolkata'),
        (minutes, zone) => {
          const at = start + minutes * 60_000;
          // Write the launch as the wall time it shows in `zone`, so the rule has to convert back.
          const launch = launchAt('a-1', at, zone);
          const hits = launchDuringMaintenance([launch], [window], LONDON).length === 1;
          expect(hits).toBe(at >= start && at < limit);
        },
      ),
      { numRuns: 400 },
    );
  });
});
