import { describe, expect, it } from 'vitest';
import { parseIcsForImport } from '../../../shared/import/ics-import';
import { GOOD, calendar, lineOf, vevent } from './ics-builders';
import { utcInstant } from '../../dates';

/*
 * Issue 14: importer branches no test reached before. Each case writes the file by hand and states
 * which event survives and what the person is told, so a mutant that keeps the wrong copy, lifts the cap
 * or swallows a bad EXDATE fails here.
 */

const options = { timeZoneFallback: 'Europe/London', now: utcInstant('2026-12-02T10:00:00.000Z') };

/** The 1-based lines of the file's BEGIN:VEVENT lines, in order. */
function eventLines(text: string): number[] {
  return text.split('\r\n').flatMap((line, index) => (line === 'BEGIN:VEVENT' ? [index + 1] : []));
}

describe('hostile input: ICS import error paths', () => {
  it('keeps the later copy of a UID when it has the higher SEQUENCE, and says the first was superseded', () => {
    const text = calendar(
      vevent('moved', ['DTSTART;VALUE=DATE:20261207', 'DTEND;VALUE=DATE:20261208', 'SEQUENCE:1']),
      vevent('moved', ['DTSTART;VALUE=DATE:20261209', 'DTEND;VALUE=DATE:20261210', 'SEQUENCE:4']),
      ...GOOD,
    );
    const result = parseIcsForImport(text, options);
    const moved = result.events.filter((event) => event.uid === 'moved');
    expect(moved.map((event) => [event.start, event.sequence])).toEqual([['2026-12-09', 4]]);
    const [first, second] = eventLines(text);
    expect(result.skipped).toEqual([
      {
        reason: `superseded by the event on line ${second} (same UID, higher SEQUENCE)`,
        line: first,
        uid: 'moved',
      },
    ]);
  });

  it('keeps the first copy of a UID when the later one has a lower SEQUENCE', () => {
    const text = calendar(
      vevent('stale', ['DTSTART;VALUE=DATE:20261207', 'DTEND;VALUE=DATE:20261208', 'SEQUENCE:5']),
      vevent('stale', ['DTSTART;VALUE=DATE:20261209', 'DTEND;VALUE=DATE:20261210', 'SEQUENCE:2']),
      ...GOOD,
    );
    const result = parseIcsForImport(text, options);
    expect(result.events.filter((event) => event.uid === 'stale').map((event) => event.start)).toEqual([
      '2026-12-07',
    ]);
    const [first, second] = eventLines(text);
    expect(result.skipped.map((skip) => [skip.line, skip.reason])).toEqual([
      [second, `duplicate UID: the event on line ${first} is kept`],
    ]);
  });

  it('drops a whole series when the same UID comes again as a series with a higher SEQUENCE', () => {
    const text = calendar(
      vevent('weekly', ['DTSTART;VALUE=DATE:20261207', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SEQUENCE:0']),
      vevent('weekly', ['DTSTART;VALUE=DATE:20261208', 'RRULE:FREQ=WEEKLY;COUNT=2', 'SEQUENCE:1']),
    );
    const result = parseIcsForImport(text, options);
    expect(result.events.map((event) => event.start)).toEqual(['2026-12-08', '2026-12-15']);
    expect(result.skipped.map((skip) => skip.reason)).toEqual([
      `superseded by the event on line ${eventLines(text)[1]} (same UID, higher SEQUENCE)`,
    ]);
  });

  it('stops at the event cap, keeps the events before it and says the rest was not imported', () => {
    const text = calendar(
      ...['e1', 'e2', 'e3', 'e4', 'e5'].map((uid, index) =>
        vevent(uid, [`DTSTART;VALUE=DATE:2026121${index}`, `DTEND;VALUE=DATE:2026121${index + 1}`]),
      ),
    );
    const result = parseIcsForImport(text, { ...options, maxEvents: 3 });
    expect(result.events.map((event) => event.uid)).toEqual(['e1', 'e2', 'e3']);
    expect(result.skipped).toEqual([
      {
        reason: 'more than 3 events: the rest of the file was not imported',
        line: eventLines(text)[3],
        uid: 'e4',
      },
    ]);
  });

  it('ignores an EXDATE that is not a date, with a warning naming it, and keeps every occurrence', () => {
    const text = calendar(
      vevent('daily', [
        'DTSTART:20261207T090000Z',
        'DTEND:20261207T100000Z',
        'RRULE:FREQ=DAILY;COUNT=3',
        'EXDATE:2026-12-08 nine o clock',
        'EXDATE:20261209T090000Z',
      ]),
    );
    const result = parseIcsForImport(text, options);
    expect(result.events.map((event) => event.start)).toEqual([
      '2026-12-07T09:00:00.000Z',
      '2026-12-08T09:00:00.000Z',
    ]);
    expect(result.warnings.map((warning) => warning.reason)).toContain(
      `EXDATE "2026-12-08 nine o clock" on line ${lineOf(text, 'nine o clock')} ignored: not a date Tierline plans`,
    );
    expect(result.skipped).toEqual([]);
  });

  it('ignores an EXDATE outside the plannable range the same way', () => {
    const text = calendar(
      vevent('yearly', [
        'DTSTART;VALUE=DATE:20261207',
        'RRULE:FREQ=DAILY;COUNT=2',
        'EXDATE;VALUE=DATE:18991231',
      ]),
    );
    const result = parseIcsForImport(text, options);
    expect(result.events.map((event) => event.start)).toEqual(['2026-12-07', '2026-12-08']);
    expect(result.warnings.map((warning) => warning.reason)).toContain(
      `EXDATE "18991231" on line ${lineOf(text, 'EXDATE')} ignored: not a date Tierline plans`,
    );
  });
});
