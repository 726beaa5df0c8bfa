import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../shared/export/ics-export';
import { parseIcsForImport } from '../../../shared/import/ics-import';
import { WINDOWS_TO_IANA, windowsZoneToIana } from '../../../shared/import/windows-zones';
import { isKnownTimeZone } from '../../../shared/zoned-time';
import { exportInput } from '../export/records';
import { utcInstant } from '../../dates';

const FIXTURES = join(import.meta.dirname, '../../fixtures/ics');
const CORPUS = join(FIXTURES, 'malformed');
const NOW = utcInstant('2026-11-20T00:00:00.000Z');
const options = { timeZoneFallback: 'Europe/London', now: NOW };

type Expectation = {
  note: string;
  kept: number;
  skipped: { line: number; reason: string }[];
  warnings: string[];
};
const manifest = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as Record<
  string,
  Expectation
>;

describe('the malformed ICS corpus', () => {
  const files = readdirSync(CORPUS).filter((name) => name.endsWith('.ics'));

  it('has at least 25 files, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(manifest).sort()).toEqual([...files].sort());
  });

  for (const file of files) {
    const expected = manifest[file] as Expectation;
    it(`${file}: ${expected.note}`, () => {
      const result = parseIcsForImport(readFileSync(join(CORPUS, file), 'utf8'), options);
      expect(result.events).toHaveLength(expected.kept);
      expect(result.skipped.map((skip) => skip.line)).toEqual(expected.skipped.map((skip) => skip.line));
      result.skipped.forEach((skip, index) => expect(skip.reason).toContain(expected.skipped[index]?.reason));
      // The whole list, in order: a new warning (or a lost one) is a change to review.
      expect(result.warnings).toHaveLength(expected.warnings.length);
      result.warnings.forEach((warning, index) => expect(warning.reason).toContain(expected.warnings[index]));
      for (const event of result.events) {
        expect(
          event.allDay ? event.end > event.start : Date.parse(event.end) >= Date.parse(event.start),
        ).toBe(true);
      }
      // Nothing is lost silently: every UID in the file is either imported or reported as skipped.
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const uids = [...text.matchAll(/^UID:(.+?)\r?$/gim)].map((match) => match[1]);
      const accounted = new Set([
        ...result.events.map((event) => event.uid),
        ...result.skipped.map((skip) => skip.uid),
      ]);
      for (const uid of uids) expect(accounted.has(uid)).toBe(true);
    });
  }

  it('keeps every valid event of a huge file and reports the one late error by its line', () => {
    const count = 20_000;
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Corpus//EN'];
    for (let index = 0; index < count; index++) {
      lines.push(
        'BEGIN:VEVENT',
        `UID:e${index}`,
        `DTSTART:2026${String((index % 12) + 1).padStart(2, '0')}10T100000Z`,
        'DURATION:PT1H',
        `SUMMARY:Event ${index}\\, with text`,
        'END:VEVENT',
      );
    }
    const badLine = lines.length + 1;
    lines.push(
      'BEGIN:VEVENT',
      'UID:late',
      'DTSTART:20261301T100000Z',
      'SUMMARY:Broken at the end',
      'END:VEVENT',
      'END:VCALENDAR',
    );
    const result = parseIcsForImport(lines.join('\r\n'), options);
    expect(result.events).toHaveLength(count);
    expect(result.skipped.map((skip) => [skip.line, skip.uid])).toEqual([[badLine, 'late']]);
    expect(result.skipped[0]?.reason).toContain('not a valid date');
  });
});

describe('parseIcsForImport', () => {
  it('reads Outlook zone names, vendor paths and a VTIMEZONE defined after its use', () => {
    const result = parseIcsForImport(
      readFileSync(join(FIXTURES, 'outlook-and-recurrence.ics'), 'utf8'),
      options,
    );
    const byUid = new Map(result.events.map((event) => [event.key, event]));
    expect(byUid.get('outlook-1')).toMatchObject({
      start: utcInstant('2026-12-01T09:00:00.000Z'),
      end: utcInstant('2026-12-01T10:30:00.000Z'),
      timeZone: 'Europe/Berlin',
    });
    expect(byUid.get('outlook-2')).toMatchObject({
      start: utcInstant('2026-07-01T13:00:00.000Z'),
      timeZone: 'America/New_York',
    });
    expect(byUid.get('outlook-3')).toMatchObject({
      start: utcInstant('2026-07-01T08:00:00.000Z'),
      timeZone: 'Europe/London',
    });
    expect(byUid.get('outlook-4')).toMatchObject({
      start: utcInstant('2026-12-01T00:00:00.000Z'),
      end: utcInstant('2026-12-01T02:00:00.000Z'),
      timeZone: 'Asia/Tokyo',
    });
    expect(byUid.get('outlook-5')).toMatchObject({
      start: utcInstant('2026-01-15T06:30:00.000Z'),
      end: utcInstant('2026-01-15T07:30:00.000Z'),
    });
    expect(result.skipped).toEqual([]);
  });

  it('expands recurrences in wall-clock time, drops EXDATEs and applies RECURRENCE-ID overrides', () => {
    const result = parseIcsForImport(
      readFileSync(join(FIXTURES, 'outlook-and-recurrence.ics'), 'utf8'),
      options,
    );
    const weekly = result.events
      .filter((event) => event.uid === 'weekly')
      .sort((a, b) => a.start.localeCompare(b.start));
    // 19 Oct is BST (08:00Z); 26 Oct moved to 11:00 GMT; 2 Nov excluded.
    expect(weekly.map((event) => [event.start, event.title])).toEqual([
      ['2026-10-19T08:00:00.000Z', 'Stand-up across the clock change'],
      ['2026-10-26T11:00:00.000Z', 'Stand-up moved'],
    ]);
  });

  it('bounds recurrence by maxOccurrences and by the horizon', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:daily',
      'DTSTART;VALUE=DATE:20261201',
      'RRULE:FREQ=DAILY',
      'SUMMARY:Daily',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(parseIcsForImport(text, { ...options, maxOccurrences: 10 }).events).toHaveLength(10);
    const horizon = parseIcsForImport(text, { ...options, maxOccurrences: 100_000, horizonYears: 1 });
    expect(horizon.events.at(-1)?.start).toBe('2027-11-20');
    expect(horizon.warnings.some((warning) => warning.reason.includes('recurrence stopped'))).toBe(true);
  });

  it('reads back what our exporter writes', () => {
    const input = exportInput();
    const result = parseIcsForImport(exportIcs(input), options);
    expect(result.skipped).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.events.map((event) => event.uid).sort()).toEqual([
      'a1:blog@tierline',
      'a1:social@tierline',
      'a1@tierline',
      'w1@tierline',
    ]);
    expect(result.events.find((event) => event.uid === 'w1@tierline')).toMatchObject({
      start: input.windows[0]?.start,
      end: input.windows[0]?.end,
      allDay: false,
    });
  });
});

describe('WINDOWS_TO_IANA', () => {
  it('maps at least 40 Windows zones, every one to a zone this runtime knows', () => {
    const entries = Object.entries(WINDOWS_TO_IANA);
    expect(entries.length).toBeGreaterThanOrEqual(40);
    for (const [, zone] of entries) expect(isKnownTimeZone(zone)).toBe(true);
    expect(windowsZoneToIana('w. europe standard time')).toBe('Europe/Berlin');
  });
});
