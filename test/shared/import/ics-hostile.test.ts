import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsMaintenanceWindow } from '../../../shared/import/event-times';
import type { IcsImportResult } from '../../../shared/import/ics-import';
import { parseIcsForImport } from '../../../shared/import/ics-import';
import { isPlannableDay, isPlannableInstant } from '../../../shared/plannable-range';
import { GOOD, calendar, lineOf, vevent } from './ics-builders';
import { utcInstant } from '../../dates';

const options = { timeZoneFallback: 'Europe/London', now: utcInstant('2026-12-02T10:00:00.000Z') };

/** Every event in range with a real end, and the two good events kept. */
function expectSound(result: IcsImportResult, goodKept = true): void {
  for (const event of result.events) {
    if (event.allDay) {
      expect(isPlannableDay(event.start)).toBe(true);
      // Exclusive end: at most the day after the range's last day.
      expect(event.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(event.end > event.start && event.end <= '2200-01-01').toBe(true);
    } else {
      expect(isPlannableInstant(event.start) && isPlannableInstant(event.end)).toBe(true);
      expect(Date.parse(event.end) >= Date.parse(event.start)).toBe(true);
    }
  }
  if (goodKept)
    expect(result.events.map((event) => event.uid)).toEqual(expect.arrayContaining(['good-1', 'good-2']));
}

function skippedFor(result: IcsImportResult, uid: string) {
  return result.skipped.filter((skip) => skip.uid === uid);
}

describe('hostile input: ICS dates and spans', () => {
  it('skips an event dated 9999 with the range message and its line; the others import', () => {
    const text = calendar(GOOD[0] ?? [], vevent('far', ['DTSTART;VALUE=DATE:99991231']), GOOD[1] ?? []);
    const result = parseIcsForImport(text, options);
    expect(result.events).toHaveLength(2);
    expect(skippedFor(result, 'far')).toEqual([
      {
        uid: 'far',
        line: lineOf(text, 'UID:far') - 1,
        reason: `9999-12-31 is outside the dates Tierline plans (between 1900 and 2199). DTSTART is on line ${lineOf(text, '99991231')}.`,
      },
    ]);
    expectSound(result);
  });

  it('skips a timed event in year 0202 and one whose DTEND is in 9999', () => {
    const text = calendar(
      vevent('typo', ['DTSTART:02021201T100000Z']),
      vevent('end', ['DTSTART:20261201T100000Z', 'DTEND;TZID=Europe/Berlin:99990101T100000']),
      ...GOOD,
    );
    const result = parseIcsForImport(text, options);
    expect(skippedFor(result, 'typo')[0]?.reason).toContain('0202-12-01 is outside the dates Tierline plans');
    expect(skippedFor(result, 'end')[0]?.reason).toMatch(/^9999-01-01 is outside .* DTEND is on line \d+\.$/);
    expectSound(result);
  });

  it('reads DURATION:P999999999999999999W as a skipped event with its line, not a RangeError', () => {
    const text = calendar(
      vevent('huge', ['DTSTART:20261201T100000Z', 'DURATION:P999999999999999999W']),
      ...GOOD,
    );
    const result = parseIcsForImport(text, options);
    expect(skippedFor(result, 'huge')[0]?.reason).toBe(
      `DURATION "P999999999999999999W" on line ${lineOf(text, 'DURATION')} is too long: the event would end outside the dates Tierline plans (between 1900 and 2199)`,
    );
    expectSound(result);
  });

  it('never gives an all-day event a NaN end, whatever its DURATION', () => {
    const text = calendar(
      vevent('weeks', ['DTSTART;VALUE=DATE:20261201', 'DURATION:P999999999999999999W']),
      vevent('digits', ['DTSTART;VALUE=DATE:20261201', `DURATION:P${'9'.repeat(400)}D`]),
      vevent('past-2199', ['DTSTART;VALUE=DATE:20261201', 'DURATION:P70000D']),
      vevent('fine', ['DTSTART;VALUE=DATE:20261201', 'DURATION:P3D']),
      ...GOOD,
    );
    const result = parseIcsForImport(text, options);
    expect(result.skipped.map((skip) => skip.uid)).toEqual(['weeks', 'digits', 'past-2199']);
    expect(result.events.find((event) => event.uid === 'fine')?.end).toBe('2026-12-04');
    expect(JSON.stringify(result)).not.toContain('NaN');
    expectSound(result);
  });

  it('refuses a negative DURATION and warns (with the line) about a timed event longer than a window', () => {
    const text = calendar(
      vevent('negative', ['DTSTART:20261201T100000Z', 'DURATION:-PT1H']),
      vevent('month', ['DTSTART:20261201T100000Z', 'DURATION:P30D']),
      ...GOOD,
    );
    const result = parseIcsForImport(text, options);
    expect(skippedFor(result, 'negative')[0]?.reason).toContain('is negative');
    const long = result.events.find((event) => event.uid === 'month');
    expect(long && fitsMaintenanceWindow(long)).toBe(false);
    expect(result.warnings).toContainEqual({
      uid: 'month',
      line: lineOf(text, 'DURATION:P30D'),
      reason: expect.stringContaining('longer than the 14 days a maintenance window may last') as unknown,
    });
    expectSound(result);
  });

  it('keeps every date inside the range, whatever the dates and spans (property)', () => {
    const digits = fc.stringMatching(/^\d{1,22}$/);
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.boolean(),
        digits,
        fc.constantFrom('W', 'D'),
        (year, allDay, amount, unit) => {
          const start = allDay ? `DTSTART;VALUE=DATE:${year}0615` : `DTSTART:${year}0615T120000Z`;
          const text = calendar(vevent('x', [start, `DURATION:P${amount}${unit}`]), ...GOOD);
          const result = parseIcsForImport(text, options);
          expectSound(result);
          expect(result.events.length + result.skipped.length).toBe(3);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('hostile input: ICS repeat rules', () => {
  const never = (rule: string) => {
    const text = calendar(vevent('loop', ['DTSTART:20261201T100000Z', `RRULE:${rule}`]), ...GOOD);
    const started = Date.now();
    const result = parseIcsForImport(text, options);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.events.filter((event) => event.uid === 'loop')).toEqual([]);
    const [skip] = skippedFor(result, 'loop');
    expect(skip?.reason).toContain("this event's repeat rule never matches");
    expect(skip?.reason).toContain(`line ${lineOf(text, 'RRULE')}`);
    expectSound(result);
  };

  it('stops FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30 (the ical.js loop) and imports the rest', () => {
    never('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30');
  });

  it('stops BYMONTHDAY=31 in 30-day months', () => {
    never('FREQ=DAILY;BYMONTH=4,6,9,11;BYMONTHDAY=31');
    never('FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31');
  });

  it('reports FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30 instead of inventing 2 March', () => {
    never('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30');
  });

  it('stops a rule no static check sees through (SECONDLY in January only) within its step budget', () => {
    never('FREQ=SECONDLY;BYMONTH=1');
  });

  it('refuses BY… values no date can have (BYHOUR=25, BYMONTH=13)', () => {
    never('FREQ=DAILY;BYHOUR=25');
    never('FREQ=YEARLY;BYMONTH=13');
  });

  it('does not hand ical.js a time zone whose own rule never matches; the event falls back with a warning', () => {
    const zone = ['BEGIN:VTIMEZONE', 'TZID:Leap', 'BEGIN:DAYLIGHT', 'DTSTART:19700101T020000'];
    const rule = ['RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200'];
    const text = calendar(
      [...zone, ...rule, 'END:DAYLIGHT', 'END:VTIMEZONE'],
      vevent('zoned', ['DTSTART;TZID=Leap:20261201T100000']),
      ...GOOD,
    );
    const result = parseIcsForImport(text, options);
    expect(result.events.find((event) => event.uid === 'zoned')?.start).toBe('2026-12-01T10:00:00.000Z');
    expect(result.warnings.map((warning) => warning.reason)).toContain(
      'unknown time zone "Leap": read as Europe/London',
    );
    expectSound(result);
  });

  it('reports a series that starts past the horizon, or whose every date is excluded, instead of dropping it', () => {
    const text = calendar(
      vevent('later', ['DTSTART;VALUE=DATE:20500101', 'RRULE:FREQ=YEARLY']),
      vevent('excluded', [
        'DTSTART;VALUE=DATE:20261201',
        'RRULE:FREQ=DAILY;COUNT=2',
        'EXDATE;VALUE=DATE:20261201,20261202',
      ]),
      ...GOOD,
    );
    const result = parseIcsForImport(text, options);
    expect(result.skipped.map((skip) => [skip.uid, skip.reason])).toEqual([
      ['later', 'the series starts after 2028-12-02, further ahead than repeating events are read'],
      [
        'excluded',
        'every date of the repeat rule is excluded (EXDATE) or ends outside the dates Tierline plans',
      ],
    ]);
    expectSound(result);
  });

  it('caps a huge COUNT at the occurrence limit and refuses an absurd one', () => {
    const text = calendar(
      vevent('many', ['DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=DAILY;COUNT=9999999']),
      vevent('absurd', ['DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=DAILY;COUNT=99999999999999999999']),
      ...GOOD,
    );
    const result = parseIcsForImport(text, options);
    expect(result.events.filter((event) => event.uid === 'many')).toHaveLength(500);
    expect(
      result.warnings.some((warning) => warning.uid === 'many' && warning.reason.includes('stopped')),
    ).toBe(true);
    expect(skippedFor(result, 'absurd')[0]?.reason).toContain('COUNT=99999999999999999999');
    expectSound(result);
  });

  it('never expands past the range: a huge INTERVAL, and a daily series ending in 2199', () => {
    const text = calendar(
      vevent('leap', ['DTSTART:20261201T100000Z', 'RRULE:FREQ=YEARLY;INTERVAL=999999']),
      vevent('edge', ['DTSTART;VALUE=DATE:21991229', 'RRULE:FREQ=DAILY']),
      ...GOOD,
    );
    const result = parseIcsForImport(text, {
      ...options,
      now: utcInstant('2199-06-01T00:00:00.000Z'),
      horizonYears: 50,
    });
    expect(result.events.filter((event) => event.uid === 'leap').map((event) => event.start)).toEqual([
      '2026-12-01T10:00:00.000Z',
    ]);
    expect(result.events.filter((event) => event.uid === 'edge').map((event) => event.start)).toEqual([
      '2199-12-29',
      '2199-12-30',
      '2199-12-31',
    ]);
    expectSound(result);
  });
});
