import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseIcsForImport } from '../../../shared/import/ics-import';
import { readWithIcalJs } from './corpus-oracle';
import { calendar, lineOf, vevent } from './ics-builders';
import { utcInstant } from '../../dates';

// One minimal hand-written file per defect the real-world corpus found (test/fixtures/ics/corpus).
const NOW = utcInstant('2026-11-20T00:00:00.000Z');
const options = { timeZoneFallback: 'UTC', now: NOW };

function read(text: string) {
  return parseIcsForImport(text, options);
}

function reasons(problems: { reason: string; line: number }[]): string[] {
  return problems.map((problem) => `line ${problem.line}: ${problem.reason}`);
}

function icalKeys(text: string): string[] {
  const reading = readWithIcalJs(text, NOW);
  if (!('keys' in reading)) throw new Error(reading.error);
  return reading.keys;
}

describe('hostile input: a DTEND that RFC 5545 §3.8.2.2 forbids is read as absent, with a warning', () => {
  it('a timed DTEND before DTSTART keeps the event, ending when it starts', () => {
    const text = calendar(vevent('back', ['DTSTART:20270105T100000Z', 'DTEND:20270105T090000Z']));
    const result = read(text);
    expect(result.events.map((event) => [event.start, event.end])).toEqual([
      ['2027-01-05T10:00:00.000Z', '2027-01-05T10:00:00.000Z'],
    ]);
    expect(reasons(result.warnings)).toEqual([
      `line ${lineOf(text, 'DTEND')}: DTEND (line ${lineOf(text, 'DTEND')}) is before DTSTART: read as ending when it starts`,
    ]);
    expect(result.events.map((event) => event.start)).toEqual(icalKeys(text));
  });

  it('an all-day DTEND before DTSTART keeps a one-day event', () => {
    const text = calendar(vevent('back', ['DTSTART;VALUE=DATE:20270105', 'DTEND;VALUE=DATE:20270101']));
    const result = read(text);
    expect(result.events.map((event) => [event.start, event.end])).toEqual([['2027-01-05', '2027-01-06']]);
    expect(result.warnings).toHaveLength(1);
    expect(result.skipped).toEqual([]);
  });

  it('a date DTEND on a date-time DTSTART (Lanyrd) keeps the start ical.js reads', () => {
    const text = calendar(vevent('lanyrd', ['DTSTART:20270312T200000Z', 'DTEND;VALUE=DATE:20270314']));
    const result = read(text);
    expect(result.events.map((event) => event.start)).toEqual(icalKeys(text));
    expect(reasons(result.warnings)).toEqual([
      `line ${lineOf(text, 'DTEND')}: DTEND (line ${lineOf(text, 'DTEND')}) is not of the same value type (date or date-time) as DTSTART: read as ending when it starts`,
    ]);
  });

  it('an override moved without its DTEND still replaces its occurrence, as in ical.js', () => {
    const text = calendar(
      vevent('hunt', [
        'DTSTART;TZID=America/Los_Angeles:20270706T120000',
        'DTEND;TZID=America/Los_Angeles:20270706T130000',
        'RRULE:FREQ=DAILY;COUNT=3',
      ]),
      vevent('hunt', [
        'RECURRENCE-ID;TZID=America/Los_Angeles:20270707T120000',
        'DTSTART;TZID=America/Los_Angeles:20270709T150000',
        'DTEND;TZID=America/Los_Angeles:20270707T160000',
      ]),
    );
    const starts = read(text)
      .events.map((event) => event.start)
      .sort();
    // No VTIMEZONE: the oracle gives ical.js the IANA zone the file names, and it reads the same instants.
    expect(starts).toEqual([
      '2027-07-06T19:00:00.000Z',
      '2027-07-08T19:00:00.000Z',
      '2027-07-09T22:00:00.000Z',
    ]);
    expect(icalKeys(text)).toEqual(starts);
  });
});

describe('hostile input: dates written with a stray UTC mark', () => {
  it('RDATE:20131210Z (Google birthdays) is the date 10 December, as ical.js reads it', () => {
    const text = calendar(
      vevent('birthday', [
        'DTSTART;VALUE=DATE:20271210',
        'DTEND;VALUE=DATE:20271211',
        'RRULE:FREQ=DAILY;INTERVAL=1;COUNT=1',
        'RDATE:20261210Z',
        'RDATE:20251210Z',
      ]),
    );
    const result = read(text);
    expect(result.warnings).toEqual([]);
    expect(result.events.map((event) => event.start).sort()).toEqual([
      '2025-12-10',
      '2026-12-10',
      '2027-12-10',
    ]);
    expect(icalKeys(text)).toEqual(['2025-12-10', '2026-12-10', '2027-12-10']);
  });

  it('a month 13 with the mark is still refused with its line', () => {
    const text = calendar(vevent('bad', ['DTSTART;VALUE=DATE:20271210', 'RDATE:20271310Z']));
    expect(reasons(read(text).warnings)).toEqual([
      `line ${lineOf(text, 'RDATE')}: RDATE "20271310Z" on line ${lineOf(text, 'RDATE')} ignored: not a date Tierline plans`,
    ]);
  });
});

describe('several RRULEs are one union (RFC 5545 §3.8.5.3)', () => {
  const zone = [
    'BEGIN:VTIMEZONE',
    'TZID:America/Los_Angeles',
    'BEGIN:STANDARD',
    'DTSTART:19710101T020000',
    'TZOFFSETFROM:-0700',
    'TZOFFSETTO:-0800',
    'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:19710101T020000',
    'TZOFFSETFROM:-0800',
    'TZOFFSETTO:-0700',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];
  const rules = [
    'RRULE:FREQ=WEEKLY;UNTIL=20270726T065959Z',
    'RRULE:FREQ=MONTHLY;BYDAY=SU;UNTIL=20270726T065959Z',
  ];
  const file = (...ruleLines: string[]): string =>
    calendar(zone, vevent('1on1', ['DTSTART;TZID=America/Los_Angeles:20270705T110000', ...ruleLines]));

  it('keeps the last Sunday that ical.js drops once the weekly rule has ended', () => {
    const each = rules.flatMap((rule) => icalKeys(file(rule)));
    const union = [...new Set(each)].sort();
    // Sunday 25 July 11:00 PDT, before UNTIL: the monthly rule alone gives it in ical.js too.
    expect(union).toContain('2027-07-25T18:00:00.000Z');
    expect(icalKeys(file(...rules))).not.toContain('2027-07-25T18:00:00.000Z');
    expect(
      read(file(...rules))
        .events.map((event) => event.start)
        .sort(),
    ).toEqual(union);
  });
});

describe('hostile input: components Tierline does not import are named with their line', () => {
  it('a VFREEBUSY (Zimbra) is reported, not dropped without a word', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VFREEBUSY',
      'DTSTART:20270415T000000Z',
      'FREEBUSY;FBTYPE=BUSY:20270416T151500Z/20270416T190000Z',
      'END:VFREEBUSY',
      'END:VCALENDAR',
    ].join('\r\n');
    const result = read(text);
    expect(result.events).toEqual([]);
    expect(reasons(result.warnings)).toEqual([
      'line 3: 1 free/busy list (VFREEBUSY) not imported: Tierline imports events only (first on line 3)',
    ]);
    // ical.js reads no event from it either.
    expect(ICAL.Component.fromString(text).getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('hostile input: EXRULE, and overrides that change the rest of a series', () => {
  it('an EXRULE (RFC 2445, removed by RFC 5545) is reported; its dates stay, as in ical.js', () => {
    const text = calendar(
      vevent('old', [
        'DTSTART:20270104T090000Z',
        'RRULE:FREQ=DAILY;COUNT=4',
        'EXRULE:FREQ=DAILY;INTERVAL=2;COUNT=2',
      ]),
    );
    const result = read(text);
    expect(result.events.map((event) => event.start)).toEqual(icalKeys(text));
    expect(result.events).toHaveLength(4);
    expect(reasons(result.warnings)).toEqual([
      `line ${lineOf(text, 'EXRULE')}: EXRULE on line ${lineOf(text, 'EXRULE')} ignored: RFC 5545 removed it (it was RFC 2445's); the dates it would exclude are kept, as ical.js keeps them`,
    ]);
  });

  it('a RANGE=THISANDFUTURE override moves its occurrence and the later ones, as ical.js does', () => {
    const text = calendar(
      vevent('split', [
        'DTSTART;TZID=Europe/Berlin:20270320T090000',
        'DTEND;TZID=Europe/Berlin:20270320T100000',
        'RRULE:FREQ=WEEKLY;COUNT=4',
      ]),
      vevent('split', [
        'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20270327T090000',
        'DTSTART;TZID=Europe/Berlin:20270327T113000',
        'DTEND;TZID=Europe/Berlin:20270327T120000',
        'LOCATION:Room 2',
      ]),
    );
    const result = read(text);
    const events = [...result.events].sort((a, b) => a.start.localeCompare(b.start));
    // Across the change to summer time on 28 March: 11:30 Berlin wall clock every week from the 27th.
    expect(events.map((event) => [event.start, event.end, event.location])).toEqual([
      ['2027-03-20T08:00:00.000Z', '2027-03-20T09:00:00.000Z', ''],
      ['2027-03-27T10:30:00.000Z', '2027-03-27T11:00:00.000Z', 'Room 2'],
      ['2027-04-03T09:30:00.000Z', '2027-04-03T10:00:00.000Z', 'Room 2'],
      ['2027-04-10T09:30:00.000Z', '2027-04-10T10:00:00.000Z', 'Room 2'],
    ]);
    expect(result.warnings).toEqual([]);
    // No VTIMEZONE in the file: given the IANA zone it names, ical.js reads the same instants.
    expect(icalKeys(text)).toEqual(events.map((event) => event.start));
  });

  it('an occurrence with its own override keeps it under a RANGE=THISANDFUTURE override', () => {
    const text = calendar(
      vevent('split', ['DTSTART:20270104T090000Z', 'RRULE:FREQ=DAILY;COUNT=4']),
      vevent('split', ['RECURRENCE-ID;RANGE=THISANDFUTURE:20270105T090000Z', 'DTSTART:20270105T100000Z']),
      vevent('split', ['RECURRENCE-ID:20270106T090000Z', 'DTSTART:20270106T150000Z']),
    );
    const starts = read(text)
      .events.map((event) => event.start)
      .sort();
    expect(starts).toEqual(icalKeys(text));
    expect(starts).toEqual([
      '2027-01-04T09:00:00.000Z',
      '2027-01-05T10:00:00.000Z',
      '2027-01-06T15:00:00.000Z',
      '2027-01-07T10:00:00.000Z',
    ]);
  });
});

describe('the oracle relates an override to its own series only (RFC 5545 §3.8.4.4)', () => {
  it('a moved occurrence of one series does not move the same time of another', () => {
    const text = calendar(
      vevent('a', ['DTSTART:20270105T180000Z', 'RRULE:FREQ=WEEKLY;COUNT=2']),
      vevent('b', ['DTSTART:20270105T180000Z', 'RRULE:FREQ=WEEKLY;COUNT=2']),
      vevent('b', ['RECURRENCE-ID:20270112T180000Z', 'DTSTART:20270110T180000Z']),
    );
    const expected = [
      '2027-01-05T18:00:00.000Z',
      '2027-01-05T18:00:00.000Z',
      '2027-01-10T18:00:00.000Z',
      '2027-01-12T18:00:00.000Z',
    ];
    expect(icalKeys(text)).toEqual(expected);
    expect(
      read(text)
        .events.map((event) => event.start)
        .sort(),
    ).toEqual(expected);
    // ical.js's own default relates b's override to a as well: the oracle must not use it.
    const root = ICAL.Component.fromString(text);
    const seriesA = new ICAL.Event(root.getFirstSubcomponent('vevent') ?? undefined);
    expect(Object.keys(seriesA.exceptions)).toHaveLength(1);
  });
});
