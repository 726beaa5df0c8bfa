import ICAL from 'ical.js';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { exportIcs, icsComponents, icsObjectText } from '../../../shared/export/ics-export';
import { scheduleMarkdown } from '../../../shared/export/markdown-schedule';
import { expandSeries, type WindowSeries } from '../../../shared/recurrence/expand';
import { occurrenceId, type Recurrence, type WindowOccurrence } from '../../../shared/recurrence/rule';
import { localToInstant, toLocalDateTime, instantOf } from '../../../shared/zoned-time';
import { exportInput, maintenanceWindow } from '../export/records';
import { calendarDay, utcInstant } from '../../dates';
import type { Instant } from '../../../shared/types';

const FROM = utcInstant('2027-01-01T00:00:00.000Z');
const TO = utcInstant('2028-01-01T00:00:00.000Z');

function series(
  recurrence: Recurrence,
  startLocal = '2027-01-12T22:00',
  zone = 'Europe/London',
): WindowSeries {
  const start = localToInstant(toLocalDateTime(startLocal), zone);
  return {
    ...maintenanceWindow({
      id: 'patch',
      title: 'Monthly patch',
      start,
      end: instantOf(new Date(Date.parse(start) + 3 * 3_600_000)),
      timeZone: zone,
    }),
    recurrence,
  };
}

const MONTHLY: Recurrence = {
  freq: 'monthly',
  interval: 1,
  weekdays: [],
  monthlyBy: 'weekday',
  ends: { kind: 'never' },
};

function change(s: WindowSeries, originalStart: Instant, patch: Partial<WindowOccurrence>): WindowOccurrence {
  return {
    id: occurrenceId(s.id, originalStart),
    seriesId: s.id,
    originalStart,
    start: null,
    end: null,
    cancelled: false,
    comms: {},
    updatedAt: s.updatedAt,
    sequence: 1,
    ...patch,
  };
}

/** ical.js's reading of the file: every occurrence start in [FROM, TO), overrides applied, through OUR VTIMEZONE. */
function icalJsStarts(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const [master, ...exceptions] = calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
  if (!master) throw new Error('no VEVENT');
  for (const exception of exceptions) master.relateException(exception);
  const out: string[] = [];
  const iterator = master.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const start = master.getOccurrenceDetails(next).startDate.toJSDate().toISOString();
    if (start >= TO) break;
    if (start >= FROM) out.push(start);
  }
  for (const zone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.remove(String(zone.getFirstPropertyValue('tzid')));
  return out.sort();
}

function nodeIcalStarts(text: string): string[] {
  const event = Object.values(ical.sync.parseICS(text)).find((entry) => entry?.type === 'VEVENT');
  if (event?.type !== 'VEVENT') throw new Error('node-ical found no VEVENT');
  return ical
    .expandRecurringEvent(event, { from: new Date(FROM), to: new Date(Date.parse(TO) - 1) })
    .map((instance) => instance.start.toISOString())
    .sort();
}

function ours(s: WindowSeries, changes: WindowOccurrence[]): string[] {
  return expandSeries(s, changes, FROM, TO)
    .filter((o) => !o.cancelled)
    .map((o) => o.start)
    .sort();
}

function exported(s: WindowSeries, changes: WindowOccurrence[] = []): string {
  // The series alone: its occurrences' steps are tested in occurrence-steps-export.test.ts.
  return exportIcs(exportInput({ announcements: [], items: [], windows: [s], occurrences: changes }), {
    tasks: 'none',
  });
}

describe('a repeating window exported as one series', () => {
  it('is one VEVENT with RRULE and a VTIMEZONE, and ical.js and node-ical expand it to our instants across DST', () => {
    const s = series(MONTHLY);
    const text = exported(s);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain('RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/London:20270112T220000\r\n');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n');
    const expected = ours(s, []);
    expect(expected).toHaveLength(12);
    // Winter at 22:00Z, summer at 21:00Z: the wall time stays 22:00 in London.
    expect(expected.slice(0, 3)).toEqual([
      '2027-01-12T22:00:00.000Z',
      '2027-02-09T22:00:00.000Z',
      '2027-03-09T22:00:00.000Z',
    ]);
    expect(expected[3]).toBe('2027-04-13T21:00:00.000Z');
    expect(icalJsStarts(text)).toEqual(expected);
    expect(nodeIcalStarts(text)).toEqual(expected);
  });

  it('writes a cancelled occurrence as an EXDATE and a moved one as a RECURRENCE-ID override that both parsers apply', () => {
    const s = series(MONTHLY);
    const changes = [
      change(s, utcInstant('2027-06-08T21:00:00.000Z'), { cancelled: true }),
      change(s, utcInstant('2027-04-13T21:00:00.000Z'), {
        start: utcInstant('2027-04-14T21:00:00.000Z'),
        end: utcInstant('2027-04-15T00:00:00.000Z'),
      }),
    ];
    const text = exported(s, changes);
    expect(text).toContain('EXDATE;TZID=Europe/London:20270608T220000\r\n');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/London:20270413T220000\r\n');
    const expected = ours(s, changes);
    expect(expected).toHaveLength(11);
    expect(expected).toContain('2027-04-14T21:00:00.000Z');
    expect(expected).not.toContain('2027-04-13T21:00:00.000Z');
    expect(icalJsStarts(text)).toEqual(expected);
    expect(nodeIcalStarts(text)).toEqual(expected);
  });

  it('agrees with both parsers on weekly, daily, by-date, count and until rules in zones either side of UTC', () => {
    const cases: [Recurrence, string, string][] = [
      [{ ...MONTHLY, freq: 'weekly', weekdays: [2, 4], interval: 2 }, '2027-03-02T01:30', 'America/New_York'],
      [
        { ...MONTHLY, freq: 'daily', interval: 3, ends: { kind: 'count', count: 40 } },
        '2027-03-20T23:00',
        'Australia/Sydney',
      ],
      [
        { ...MONTHLY, monthlyBy: 'date', ends: { kind: 'until', day: calendarDay('2027-10-31') } },
        '2027-01-31T06:00',
        'Europe/Berlin',
      ],
      [{ ...MONTHLY, ends: { kind: 'count', count: 5 } }, '2027-01-29T20:00', 'Asia/Kolkata'],
    ];
    for (const [rule, start, zone] of cases) {
      const s = series(rule, start, zone);
      const text = exported(s);
      const expected = ours(s, []);
      expect(expected.length, `${zone} ${start}`).toBeGreaterThan(3);
      expect(icalJsStarts(text), `ical.js ${zone} ${start}`).toEqual(expected);
      expect(nodeIcalStarts(text), `node-ical ${zone} ${start}`).toEqual(expected);
    }
  });

  it('publishes the series and its overrides as ONE calendar object, with its VTIMEZONE inside', () => {
    const s = series(MONTHLY);
    const changes = [
      change(s, utcInstant('2027-04-13T21:00:00.000Z'), {
        start: utcInstant('2027-04-14T21:00:00.000Z'),
        end: utcInstant('2027-04-15T00:00:00.000Z'),
      }),
    ];
    const components = icsComponents(
      exportInput({ announcements: [], items: [], windows: [s], occurrences: changes }),
    );
    expect(components.filter((component) => component.kind === 'window')).toHaveLength(1);
    const object = icsObjectText(
      components[0] ?? { uid: '', recordId: '', kind: 'window', sequence: 0, lines: [] },
    );
    expect(object.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(object).toContain('BEGIN:VTIMEZONE');
    expect(icalJsStarts(object)).toEqual(ours(s, changes));
  });
});

describe('a repeating window in the Markdown schedule', () => {
  it('lists each occurrence in the range on its own day, a cancelled one as cancelled', () => {
    const s = series({ ...MONTHLY, ends: { kind: 'count', count: 6 } });
    const changes = [change(s, utcInstant('2027-03-09T22:00:00.000Z'), { cancelled: true })];
    const text = scheduleMarkdown(
      exportInput({
        announcements: [],
        items: [],
        windows: [s],
        occurrences: changes,
        settings: { ...exportInput().settings, timeZone: 'Europe/London' },
      }),
      { from: calendarDay('2027-02-01'), to: calendarDay('2027-04-30') },
    );
    const rows = text.split('\n').filter((line) => line.includes('| Monthly patch |'));
    expect(rows).toHaveLength(3);
    expect(rows.map((line) => line.split('|')[1]?.trim())).toEqual([
      'Tue 9 Feb 2027, 22:00',
      'Tue 9 Mar 2027, 22:00',
      'Tue 13 Apr 2027, 22:00',
    ]);
    expect(rows[1]).toContain('cancelled');
    expect(text).not.toContain('Jan 2027');
  });
});
