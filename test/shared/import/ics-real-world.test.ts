import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseIcsForImport } from '../../../shared/import/ics-import';
import { localToInstant, toLocalDateTime, instantOf } from '../../../shared/zoned-time';
import { GOOD, calendar, vevent } from './ics-builders';
import { utcInstant } from '../../dates';

// Minimal files shaped like the ones Exchange, Outlook, Google, KOrganizer and Sunbird write (issue 11).
const options = { timeZoneFallback: 'Europe/London', now: utcInstant('2026-11-20T00:00:00.000Z') };

function read(text: string) {
  return parseIcsForImport(text, options);
}

function starts(text: string): string[] {
  return read(text).events.map((event) => event.start);
}

function at(local: string, zone: string): string {
  return localToInstant(toLocalDateTime(local), zone);
}

// ical.js as the oracle: the instants it expands an event to (all of them: these series are short).
function icalStarts(text: string): string[] {
  const vevent = ICAL.Component.fromString(text).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const iterator = new ICAL.Event(vevent).iterator();
  const found: string[] = [];
  for (let next = iterator.next(); next && found.length < 50; next = iterator.next()) {
    // An RDATE period comes back as an ICAL.Period at runtime, whatever the typings say.
    const time = (next as unknown) instanceof ICAL.Period ? (next as unknown as ICAL.Period).start : next;
    found.push(instantOf(new Date(time.toUnixTime() * 1000)));
  }
  return found.sort();
}

describe('UNTIL written in UTC (as Exchange always does)', () => {
  it('east of UTC keeps the last occurrence, which falls exactly on UNTIL', () => {
    const text = calendar(
      vevent('east', [
        'DTSTART;TZID=Europe/Berlin:20270105T090000',
        'DTEND;TZID=Europe/Berlin:20270105T100000',
        'RRULE:FREQ=WEEKLY;UNTIL=20270119T080000Z',
      ]),
    );
    expect(starts(text)).toEqual(
      ['2027-01-05T09:00', '2027-01-12T09:00', '2027-01-19T09:00'].map((local) => at(local, 'Europe/Berlin')),
    );
  });

  it('east of UTC keeps an Exchange series of one occurrence instead of losing it', () => {
    const text = calendar(
      vevent('one', [
        'DTSTART;TZID=Europe/Berlin:20270105T090000',
        'RRULE:FREQ=DAILY;UNTIL=20270105T080000Z',
      ]),
    );
    expect(read(text)).toMatchObject({ skipped: [], warnings: [] });
    expect(starts(text)).toEqual([at('2027-01-05T09:00', 'Europe/Berlin')]);
  });

  it('west of UTC does not bring back an occurrence after UNTIL', () => {
    const text = calendar(
      vevent('west', [
        'DTSTART;TZID=America/New_York:20270105T090000',
        'RRULE:FREQ=WEEKLY;UNTIL=20270112T130000Z',
      ]),
    );
    // UNTIL is 08:00 in New York on the 12th, an hour before that day's occurrence.
    expect(starts(text)).toEqual([at('2027-01-05T09:00', 'America/New_York')]);
  });
});

describe('Outlook and Windows zone names', () => {
  it('maps an Outlook display name to its real zone, with summer time', () => {
    const text = calendar(
      vevent('display', ['DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20270701T090000']),
    );
    const result = read(text);
    expect(result.warnings).toEqual([]);
    expect(result.events.map((event) => [event.start, event.timeZone])).toEqual([
      [at('2027-07-01T09:00', 'America/New_York'), 'America/New_York'],
    ]);
  });

  it('reads a "(GMT+10:00) …" display name, also when it is worded differently from the table', () => {
    const text = calendar(
      vevent('gmt', ['DTSTART;TZID="(GMT+10:00) Canberra, Melbourne, Sydney":20270115T090000']),
      vevent('gmt-2', ['DTSTART;TZID="(GMT+10:00) Sydney":20270116T090000']),
    );
    const result = read(text);
    expect(result.warnings).toEqual([]);
    expect(result.events.map((event) => [event.start, event.timeZone])).toEqual([
      [at('2027-01-15T09:00', 'Australia/Sydney'), 'Australia/Sydney'],
      [at('2027-01-16T09:00', 'Australia/Sydney'), 'Australia/Sydney'],
    ]);
  });

  it('maps a Windows zone name through the CLDR table', () => {
    const text = calendar(vevent('win', ['DTSTART;TZID=W. Europe Standard Time:20270701T090000']));
    expect(read(text).events.map((event) => [event.start, event.timeZone])).toEqual([
      [at('2027-07-01T09:00', 'Europe/Berlin'), 'Europe/Berlin'],
    ]);
  });

  it('matches a VTIMEZONE whose TZID holds an escaped comma to its own events', () => {
    const zone = [
      'BEGIN:VTIMEZONE',
      'TZID:Eastern Time\\, US',
      'BEGIN:STANDARD',
      'DTSTART:19701101T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:19700308T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ];
    const text = calendar(zone, vevent('comma', ['DTSTART;TZID="Eastern Time, US":20270701T090000']));
    const result = read(text);
    expect(result.warnings).toEqual([]);
    expect(result.events.map((event) => event.start)).toEqual([at('2027-07-01T09:00', 'America/New_York')]);
  });
});

describe('lines folded right after the property name (KOrganizer, Sunbird)', () => {
  it('reads `UID` CRLF SPACE `:value` and a folded SUMMARY as their own properties', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID',
      ' :folded-uid',
      'DTSTART:20270110T100000Z',
      'SUMMARY',
      ' :Launch review',
      'DTEND',
      ' :20270110T110000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const result = read(text);
    expect(result).toMatchObject({ skipped: [], warnings: [] });
    expect(result.events.map((event) => [event.uid, event.title, event.start, event.end])).toEqual([
      ['folded-uid', 'Launch review', '2027-01-10T10:00:00.000Z', '2027-01-10T11:00:00.000Z'],
    ]);
  });
});

describe('recurrence as Google and Apple write it', () => {
  it('drops the day an EXDATE;VALUE=DATE names from a timed series', () => {
    const text = calendar(
      vevent('exdate', [
        'DTSTART;TZID=Europe/Berlin:20270104T100000',
        'RRULE:FREQ=DAILY;COUNT=3',
        'EXDATE;VALUE=DATE:20270105',
      ]),
    );
    expect(starts(text)).toEqual([
      at('2027-01-04T10:00', 'Europe/Berlin'),
      at('2027-01-06T10:00', 'Europe/Berlin'),
    ]);
  });

  it('adds RDATEs to an event without RRULE, periods with their own length', () => {
    const text = calendar(
      vevent('rdate', [
        'DTSTART:20270104T100000Z',
        'DTEND:20270104T110000Z',
        'RDATE:20270110T100000Z,20270111T100000Z',
        'RDATE;VALUE=PERIOD:20270120T100000Z/20270120T130000Z,20270121T100000Z/PT30M',
      ]),
    );
    const result = read(text);
    expect(result).toMatchObject({ skipped: [], warnings: [] });
    expect(result.events.map((event) => [event.start, event.end])).toEqual([
      ['2027-01-04T10:00:00.000Z', '2027-01-04T11:00:00.000Z'],
      ['2027-01-10T10:00:00.000Z', '2027-01-10T11:00:00.000Z'],
      ['2027-01-11T10:00:00.000Z', '2027-01-11T11:00:00.000Z'],
      ['2027-01-20T10:00:00.000Z', '2027-01-20T13:00:00.000Z'],
      ['2027-01-21T10:00:00.000Z', '2027-01-21T10:30:00.000Z'],
    ]);
    // ical.js leaves DTSTART out of a series made of RDATEs only; RFC 5545 §3.8.5.2 counts it.
    expect(starts(text)).toEqual(['2027-01-04T10:00:00.000Z', ...icalStarts(text)]);
  });

  it('merges RDATEs and a second RRULE with the first rule, as ical.js does', () => {
    const text = calendar(
      vevent('two-rules', [
        'DTSTART:20270104T090000Z',
        'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3',
        'RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=3',
        'RDATE:20270130T090000Z',
      ]),
    );
    const ours = starts(text);
    expect(ours).toEqual(icalStarts(text));
    expect(ours).toContain('2027-01-06T09:00:00.000Z');
    expect(ours).toContain('2027-01-30T09:00:00.000Z');
  });

  it('skips dates that do not exist instead of rolling them into March', () => {
    const text = calendar(
      vevent('feb31', ['DTSTART:20270101T100000Z', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31;COUNT=3']),
    );
    const result = read(text);
    expect(result.events).toEqual([]);
    expect(result.skipped.map((skip) => skip.reason)).toEqual([
      "this event's repeat rule never matches: no month in BYMONTH=2 has day 31 (RRULE, line 8)",
    ]);
  });
});

describe('dates and durations', () => {
  it('reads DTSTART;VALUE=DATE:20110804T120000 as the day it names', () => {
    const text = calendar(
      vevent('date-time', ['DTSTART;VALUE=DATE:20110804T120000', 'DTEND;VALUE=DATE:20110805T120000']),
    );
    const result = read(text);
    expect(result.skipped).toEqual([]);
    expect(result.events.map((event) => [event.allDay, event.start, event.end])).toEqual([
      [true, '2011-08-04', '2011-08-05'],
    ]);
  });

  it('makes a timed DURATION:P1D across the spring change one nominal day (23 hours)', () => {
    const text = calendar(
      vevent('p1d', ['DTSTART;TZID=Europe/Berlin:20270327T120000', 'DURATION:P1D']),
      vevent('pt24h', ['DTSTART;TZID=Europe/Berlin:20270327T120000', 'DURATION:PT24H']),
    );
    const [nominal, exact] = read(text).events;
    expect(nominal?.end).toBe(at('2027-03-28T12:00', 'Europe/Berlin'));
    expect(Date.parse(nominal?.end ?? '') - Date.parse(nominal?.start ?? '')).toBe(23 * 3_600_000);
    expect(Date.parse(exact?.end ?? '') - Date.parse(exact?.start ?? '')).toBe(24 * 3_600_000);
  });
});

describe('files that hold no events', () => {
  it('says that a file of only to-dos imports nothing, and why', () => {
    const todo = (uid: string): string[] => ['BEGIN:VTODO', `UID:${uid}`, 'SUMMARY:Write notes', 'END:VTODO'];
    const text = calendar(todo('t1'), todo('t2'));
    const result = read(text);
    expect(result.events).toEqual([]);
    expect(result.warnings).toEqual([
      { reason: '2 to-dos (VTODO) not imported: Tierline imports events only (first on line 4)', line: 4 },
    ]);
  });
});

describe('hostile input: ICS recurrence sets', () => {
  // Each bad RDATE value is named with its line and dropped; the event and the rest of the file stay.
  function rdateCase(rdate: string): { starts: string[]; warnings: string[] } {
    const text = calendar(
      vevent('r', ['DTSTART:20270104T100000Z', 'DTEND:20270104T110000Z', rdate]),
      ...GOOD,
    );
    const result = read(text);
    expect(result.events.map((event) => event.uid)).toEqual(expect.arrayContaining(['good-1', 'good-2']));
    return {
      starts: result.events.filter((event) => event.uid === 'r').map((event) => event.start),
      warnings: result.warnings.map((warning) => warning.reason),
    };
  }

  it('drops an RDATE period that ends before it starts', () => {
    expect(rdateCase('RDATE;VALUE=PERIOD:20270110T100000Z/20270110T090000Z')).toEqual({
      starts: ['2027-01-04T10:00:00.000Z'],
      warnings: [
        'RDATE "20270110T100000Z/20270110T090000Z" on line 9 ignored: its period ends before it starts',
      ],
    });
  });

  it('drops an RDATE period whose duration is not one', () => {
    expect(rdateCase('RDATE;VALUE=PERIOD:20270110T100000Z/PXYZ')).toEqual({
      starts: ['2027-01-04T10:00:00.000Z'],
      warnings: ['RDATE "20270110T100000Z/PXYZ" on line 9 ignored: its period has no valid duration'],
    });
  });

  it('drops an RDATE date on a timed event', () => {
    expect(rdateCase('RDATE;VALUE=DATE:20270110')).toEqual({
      starts: ['2027-01-04T10:00:00.000Z'],
      warnings: [
        'RDATE "20270110" on line 9 ignored: it is not the same kind of value (date or date-time) as DTSTART',
      ],
    });
  });

  it('drops an RDATE outside the plannable range and one that is not a date', () => {
    expect(rdateCase('RDATE:18000101T100000Z,garbage,20270111T100000Z')).toEqual({
      starts: ['2027-01-04T10:00:00.000Z', '2027-01-11T10:00:00.000Z'],
      warnings: [
        'RDATE "18000101T100000Z" on line 9 ignored: not a date Tierline plans',
        'RDATE "garbage" on line 9 ignored: not a date Tierline plans',
      ],
    });
  });

  it('skips an event whose second RRULE never matches, naming the rule', () => {
    const text = calendar(
      vevent('two', [
        'DTSTART:20270104T100000Z',
        'RRULE:FREQ=DAILY;COUNT=2',
        'RRULE:FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31',
      ]),
      ...GOOD,
    );
    const result = read(text);
    expect(result.events.map((event) => event.uid).sort()).toEqual(['good-1', 'good-2']);
    expect(result.skipped).toEqual([
      {
        reason: "this event's repeat rule never matches: no month in BYMONTH=4 has day 31 (RRULE, line 9)",
        line: 4,
        uid: 'two',
      },
    ]);
  });
});
