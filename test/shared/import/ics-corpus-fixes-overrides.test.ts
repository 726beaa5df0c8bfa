import { describe, expect, it } from 'vitest';
import { parseIcsForImport } from '../../../shared/import/ics-import';
import { readWithIcalJs } from './corpus-oracle';
import { GOOD, calendar, lineOf, vevent } from './ics-builders';
import { utcInstant } from '../../dates';

// Minimal hand-written files for what the Nextcloud calendar-js test files in the corpus showed
// (test/fixtures/ics/corpus): overrides that name no occurrence, malformed parameters, zones the
// file names without defining, and two places where ical.js departs from RFC 5545.
const NOW = utcInstant('2026-11-20T00:00:00.000Z');

function read(text: string) {
  return parseIcsForImport(text, { timeZoneFallback: 'UTC', now: NOW });
}

function starts(text: string): string[] {
  return read(text)
    .events.map((event) => event.start)
    .sort();
}

function reasons(problems: { reason: string; line: number }[]): string[] {
  return problems.map((problem) => `line ${problem.line}: ${problem.reason}`);
}

function icalKeys(text: string): string[] {
  const reading = readWithIcalJs(text, NOW);
  return 'keys' in reading ? reading.keys : reading.perEvent;
}

const WEEKLY = ['DTSTART:20270104T090000Z', 'DTEND:20270104T100000Z', 'RRULE:FREQ=WEEKLY;COUNT=3'];

describe('hostile input: an override whose RECURRENCE-ID names no occurrence (RFC 5545 §3.8.4.4)', () => {
  it('is skipped with its line, and the series keeps its occurrences, as ical.js reads it', () => {
    // 6 January is a Wednesday: the Monday series has no occurrence there to replace.
    const text = calendar(
      vevent('weekly', WEEKLY),
      vevent('weekly', ['RECURRENCE-ID:20270106T090000Z', 'DTSTART:20270107T090000Z']),
    );
    const result = read(text);
    expect(starts(text)).toEqual([
      '2027-01-04T09:00:00.000Z',
      '2027-01-11T09:00:00.000Z',
      '2027-01-18T09:00:00.000Z',
    ]);
    expect(reasons(result.skipped)).toEqual([
      `line ${lineOf(text, 'RECURRENCE-ID') - 3}: its RECURRENCE-ID names no occurrence of the series on line 4: the override is not imported`,
    ]);
    expect(starts(text)).toEqual(icalKeys(text));
  });

  it('an override naming an occurrence removed by EXDATE replaces nothing either', () => {
    const text = calendar(
      vevent('weekly', [...WEEKLY, 'EXDATE:20270111T090000Z']),
      vevent('weekly', ['RECURRENCE-ID:20270111T090000Z', 'DTSTART:20270112T090000Z']),
    );
    expect(starts(text)).toEqual(['2027-01-04T09:00:00.000Z', '2027-01-18T09:00:00.000Z']);
    expect(read(text).skipped).toHaveLength(1);
    expect(starts(text)).toEqual(icalKeys(text));
  });

  it('a matching override still replaces its occurrence, and one without a series stays an event', () => {
    const text = calendar(
      vevent('weekly', WEEKLY),
      vevent('weekly', ['RECURRENCE-ID:20270111T090000Z', 'DTSTART:20270112T140000Z']),
      vevent('alone', ['RECURRENCE-ID:20270301T090000Z', 'DTSTART:20270302T090000Z']),
    );
    const result = read(text);
    expect(result.skipped).toEqual([]);
    expect(starts(text)).toEqual([
      '2027-01-04T09:00:00.000Z',
      '2027-01-12T14:00:00.000Z',
      '2027-01-18T09:00:00.000Z',
      '2027-03-02T09:00:00.000Z',
    ]);
    expect(starts(text)).toEqual(icalKeys(text));
  });
});

describe('hostile input: a parameter without "=" (RFC 5545 §3.1)', () => {
  it('on DTSTART skips that event with its line and keeps the rest of the file', () => {
    const text = calendar(...GOOD, vevent('odd', ['DTSTART;PARAMETER-FOR-PARAMETERS-SAKE:20270105']));
    const result = read(text);
    expect(result.events.map((event) => event.uid).sort()).toEqual(['good-1', 'good-2']);
    expect(reasons(result.skipped)).toEqual([
      `line ${lineOf(text, 'UID:odd') - 1}: DTSTART on line ${lineOf(text, 'PARAMETER-FOR')}: a parameter has no "=" and value (RFC 5545 §3.1)`,
    ]);
    // ical.js throws on the whole file; given each event on its own, it reads the same two.
    const reading = readWithIcalJs(text, NOW);
    expect('error' in reading ? reading.error : '').toContain('Invalid parameters');
    expect(starts(text)).toEqual(icalKeys(text));
  });

  it('even next to VALUE=DATE, and on a property Tierline does not need it only drops that property', () => {
    const text = calendar(
      vevent('dated', ['DTSTART;X-ODD;VALUE=DATE:20270105']),
      vevent('placed', ['DTSTART;VALUE=DATE:20270106', 'LOCATION;X-ODD:Room 1']),
    );
    const result = read(text);
    expect(result.events.map((event) => [event.uid, event.location])).toEqual([['placed', '']]);
    expect(reasons(result.skipped)).toEqual([
      `line ${lineOf(text, 'UID:dated') - 1}: DTSTART on line ${lineOf(text, 'X-ODD;VALUE')}: a parameter has no "=" and value (RFC 5545 §3.1)`,
    ]);
    expect(reasons(result.warnings)).toEqual([
      `line ${lineOf(text, 'LOCATION')}: LOCATION on line ${lineOf(text, 'LOCATION')} ignored: a parameter has no "=" and value (RFC 5545 §3.1)`,
    ]);
  });
});

describe('the oracle reads with ical.js what the file means', () => {
  it('gives ical.js the IANA zone a file names without its VTIMEZONE: a UTC UNTIL keeps its last occurrence', () => {
    // 10:00 Amsterdam on 26 January is 09:00 UTC, the UNTIL: the last occurrence (RFC 5545 §3.3.10).
    const text = calendar(
      vevent('until', [
        'DTSTART;TZID=Europe/Amsterdam:20270125T100000',
        'RRULE:FREQ=DAILY;UNTIL=20270126T090000Z',
      ]),
    );
    expect(starts(text)).toEqual(['2027-01-25T09:00:00.000Z', '2027-01-26T09:00:00.000Z']);
    expect(icalKeys(text)).toEqual(starts(text));
  });

  it('reads each event with the VTIMEZONEs it names when a zone without a TZID makes ical.js throw', () => {
    const zone = (tzid: string[]) => [
      'BEGIN:VTIMEZONE',
      ...tzid,
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    const text = calendar(
      zone([]),
      zone(['TZID:Fixed/One']),
      vevent('one', ['DTSTART;TZID=Fixed/One:20270105T090000']),
      vevent('two', ['DTSTART;TZID=Fixed/One:20270106T090000']),
    );
    expect(readWithIcalJs(text, NOW)).toMatchObject({
      perEvent: ['2027-01-05T08:00:00.000Z', '2027-01-06T08:00:00.000Z'],
    });
    expect(starts(text)).toEqual(icalKeys(text));
  });
});

// Where ical.js is the one that departs from RFC 5545 (documented in expected.json's icalJsWrong):
// each case also shows that ical.js reads the same file right once the departure is written away.
describe('ical.js departures the corpus shows, verified on minimal files', () => {
  const series = (uid: string) =>
    vevent(uid, ['DTSTART;TZID=Europe/Berlin:20270705T150000', 'RRULE:FREQ=WEEKLY;COUNT=3']);

  it('a RECURRENCE-ID written in another zone names the same instant (RFC 5545 §3.8.4.4)', () => {
    // 12 July 15:00 Berlin is 09:00 New York: the override moves that occurrence to the 13th.
    const moved = (recurrenceId: string) =>
      calendar(
        series('moved'),
        vevent('moved', [recurrenceId, 'DTSTART;TZID=Europe/Berlin:20270713T160000']),
      );
    const inNewYork = moved('RECURRENCE-ID;TZID=America/New_York:20270712T090000');
    const expected = ['2027-07-05T13:00:00.000Z', '2027-07-13T14:00:00.000Z', '2027-07-19T13:00:00.000Z'];
    expect(starts(inNewYork)).toEqual(expected);
    // ical.js matches overrides by the wall-clock text of the id, so it keeps the original occurrence.
    expect(icalKeys(inNewYork)).toEqual([expected[0], '2027-07-12T13:00:00.000Z', expected[2]]);
    expect(icalKeys(moved('RECURRENCE-ID;TZID=Europe/Berlin:20270712T150000'))).toEqual(expected);
  });

  it('a RANGE=THISANDFUTURE override in UTC shifts later occurrences by its offset, not by a zone', () => {
    const shifted = (lines: string[]) => calendar(series('split'), vevent('split', lines));
    const inUtc = shifted(['RECURRENCE-ID;RANGE=THISANDFUTURE:20270712T130000Z', 'DTSTART:20270712T170000Z']);
    const expected = ['2027-07-05T13:00:00.000Z', '2027-07-12T17:00:00.000Z', '2027-07-19T17:00:00.000Z'];
    expect(starts(inUtc)).toEqual(expected);
    // ical.js reads the 19th's 15:00 Berlin wall clock as 15:00 UTC before adding the 4 hours.
    expect(icalKeys(inUtc)).toEqual([expected[0], expected[1], '2027-07-19T19:00:00.000Z']);
    const inBerlin = shifted([
      'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20270712T150000',
      'DTSTART;TZID=Europe/Berlin:20270712T190000',
    ]);
    expect(icalKeys(inBerlin)).toEqual(expected);
  });
});
