import ICAL from 'ical.js';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../shared/export/ics-export';
import { scheduleMarkdown } from '../../../shared/export/markdown-schedule';
import { validateMaintenanceInput } from '../../../shared/maintenance/window-input';
import { moveWindow } from '../../../shared/maintenance/window-moves';
import type { MaintenanceWindow } from '../../../shared/types';
import { localToInstant, toLocalDateTime } from '../../../shared/zoned-time';
import { exportInput, maintenanceWindow } from './records';
import { calendarDay, utcInstant } from '../../dates';

/** A window as the form creates it: wall times in its zone, checked and turned into instants. */
function createWindow(startLocal: string, endLocal: string, timeZone: string): MaintenanceWindow {
  const result = validateMaintenanceInput({
    title: 'Storage migration',
    startLocal,
    endLocal,
    timeZone,
    services: ['EU Cloud'],
    disruption: 'downtime',
    audience: 'affected',
    ownerId: 'p-ops',
    status: 'planned',
    notes: '',
    audienceZones: [],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return maintenanceWindow({ ...result.value, id: `w-${timeZone}-${startLocal}` });
}

/** Exports one window and reads it back with both parsers: [start, end] as epoch milliseconds. */
function exportedTimes(
  window: MaintenanceWindow,
  plannerZone: string,
): { icalJs: number[]; nodeIcal: number[]; text: string } {
  const base = exportInput();
  const text = exportIcs({
    ...base,
    announcements: [],
    items: [],
    windows: [window],
    settings: { ...base.settings, timeZone: plannerZone },
  });
  const event = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  const parsed = new ICAL.Event(event);
  const fromNodeIcal = Object.values(ical.sync.parseICS(text)).find((entry) => entry?.type === 'VEVENT');
  if (fromNodeIcal?.type !== 'VEVENT' || !fromNodeIcal.end)
    throw new Error('node-ical found no VEVENT with an end');
  return {
    icalJs: [parsed.startDate.toJSDate().getTime(), parsed.endDate.toJSDate().getTime()],
    nodeIcal: [fromNodeIcal.start.getTime(), fromNodeIcal.end.getTime()],
    text,
  };
}

const HOUR = 3_600_000;

// Each case: a window planned in wall time across a daylight-saving change, dragged a day (the
// calendar's move keeps real duration), then exported. Expected instants are worked out by hand.
const CASES = [
  {
    name: 'London, spring forward (29 Mar 2026)',
    zone: 'Europe/London',
    start: '2026-03-28T22:00',
    end: '2026-03-29T04:00',
    hours: 5,
    utcStart: '2026-03-28T22:00:00.000Z',
    movedLocalStart: '2026-03-29T22:00',
    movedUtcStart: '2026-03-29T21:00:00.000Z',
  },
  {
    name: 'London, fall back (25 Oct 2026)',
    zone: 'Europe/London',
    start: '2026-10-24T22:00',
    end: '2026-10-25T04:00',
    hours: 7,
    utcStart: '2026-10-24T21:00:00.000Z',
    movedLocalStart: '2026-10-25T22:00',
    movedUtcStart: '2026-10-25T22:00:00.000Z',
  },
  {
    name: 'New York, spring forward (8 Mar 2026)',
    zone: 'America/New_York',
    start: '2026-03-07T23:00',
    end: '2026-03-08T05:00',
    hours: 5,
    utcStart: '2026-03-08T04:00:00.000Z',
    movedLocalStart: '2026-03-08T23:00',
    movedUtcStart: '2026-03-09T03:00:00.000Z',
  },
  {
    name: 'New York, fall back (1 Nov 2026)',
    zone: 'America/New_York',
    start: '2026-10-31T23:00',
    end: '2026-11-01T03:00',
    hours: 5,
    utcStart: '2026-11-01T03:00:00.000Z',
    movedLocalStart: '2026-11-01T23:00',
    movedUtcStart: '2026-11-02T04:00:00.000Z',
  },
];

describe('windows across daylight-saving changes: created, dragged and exported', () => {
  it.each(CASES)('$name keeps its real length through a drag and into the ICS file', (testCase) => {
    const created = createWindow(testCase.start, testCase.end, testCase.zone);
    expect(created.start).toBe(testCase.utcStart);
    expect(new Date(created.end).getTime() - new Date(created.start).getTime()).toBe(testCase.hours * HOUR);

    const exported = exportedTimes(created, testCase.zone);
    const expected = [new Date(created.start).getTime(), new Date(created.end).getTime()];
    expect(exported.icalJs).toEqual(expected);
    expect(exported.nodeIcal).toEqual(expected);
    expect(exported.text).toContain(`DTSTART:${testCase.utcStart.replace(/[-:]/g, '').replace('.000', '')}`);

    const dropAt = localToInstant(toLocalDateTime(testCase.movedLocalStart), testCase.zone);
    const moved = moveWindow(created, dropAt, utcInstant('2026-12-02T10:00:00.000Z'));
    expect(moved.start).toBe(testCase.movedUtcStart);
    const movedExport = exportedTimes(moved, testCase.zone);
    expect(movedExport.icalJs[1]! - movedExport.icalJs[0]!).toBe(testCase.hours * HOUR);
    expect(movedExport.nodeIcal[0]).toBe(new Date(testCase.movedUtcStart).getTime());
  });

  it('the Markdown schedule gives the London spring window in UTC and in both local offsets', () => {
    const window = createWindow('2026-03-28T22:00', '2026-03-29T04:00', 'Europe/London');
    const base = exportInput();
    const markdown = scheduleMarkdown(
      {
        ...base,
        announcements: [],
        items: [],
        windows: [window],
        settings: { ...base.settings, timeZone: 'Europe/London' },
      },
      { from: calendarDay('2026-03-23'), to: calendarDay('2026-04-05') },
    );
    expect(markdown).toContain('Sat 28 Mar 2026, 22:00 UTC to Sun 29 Mar 2026, 03:00 UTC');
    expect(markdown).toContain('Sat 28 Mar 2026, 22:00 GMT to Sun 29 Mar 2026, 04:00 BST');
  });
});
