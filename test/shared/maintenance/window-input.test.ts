import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeMaintenanceDraft } from '../../builders';
import { MAX_WINDOW_MINUTES } from '../../../shared/plannable-range';
import { validateMaintenanceInput, type MaintenanceDraft } from '../../../shared/maintenance/window-input';

const draft = makeMaintenanceDraft;

function errorsOf(input: MaintenanceDraft): Record<string, string> {
  const result = validateMaintenanceInput(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

const HOUR = 3_600_000;
const hoursBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / HOUR;

describe('validateMaintenanceInput', () => {
  it('turns wall times into UTC instants through the window zone (GMT in winter, BST in summer)', () => {
    const winter = validateMaintenanceInput(draft());
    expect(winter.ok && winter.value.start).toBe('2026-12-05T22:00:00.000Z');
    expect(winter.ok && winter.value.end).toBe('2026-12-06T02:00:00.000Z');
    const summer = validateMaintenanceInput(
      draft({ startLocal: '2026-07-01T22:00', endLocal: '2026-07-01T23:30' }),
    );
    expect(summer.ok && summer.value.start).toBe('2026-07-01T21:00:00.000Z');
    const newYork = validateMaintenanceInput(
      draft({ timeZone: 'America/New_York', startLocal: '2026-07-01T22:00', endLocal: '2026-07-01T23:00' }),
    );
    expect(newYork.ok && newYork.value.start).toBe('2026-07-02T02:00:00.000Z');
  });

  it('cleans the value: trimmed title, services and zones without repeats, no local fields', () => {
    const result = validateMaintenanceInput(
      draft({
        title: '  Postgres   upgrade ',
        services: [' Ingestion', 'ingestion', '', 'Query API'],
        audienceZones: ['America/New_York', ' America/New_York ', ''],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title).toBe('Postgres upgrade');
    expect(result.value.services).toEqual(['Ingestion', 'Query API']);
    expect(result.value.audienceZones).toEqual(['America/New_York']);
    expect(Object.keys(result.value)).not.toContain('startLocal');
  });

  it('gives one people-friendly message per field, all at once', () => {
    const errors = errorsOf(
      draft({
        title: '  ',
        startLocal: 'tomorrow',
        timeZone: 'Mars/Olympus',
        services: [' '],
        disruption: 'meh',
        status: 'x',
      }),
    );
    expect(errors.title).toBe('Give the window a title.');
    expect(errors.startLocal).toMatch(/^Not a date and time we can read/);
    expect(errors.timeZone).toBe('Unknown time zone “Mars/Olympus”.');
    expect(errors.services).toMatch(/service/);
    expect(errors.disruption).toMatch(/none, degraded or downtime/);
    expect(errors.status).toBeDefined();
    expect(errors.endLocal).toBeUndefined();
  });

  it('rejects impossible dates and unknown audience zones', () => {
    expect(errorsOf(draft({ endLocal: '2026-02-30T10:00' })).endLocal).toMatch(
      /^Not a date and time we can read/,
    );
    expect(errorsOf(draft({ startLocal: '2026-12-05T24:00' })).startLocal).toMatch(/^Not a date and time/);
    expect(errorsOf(draft({ audienceZones: ['Europe/Londn'] })).audienceZones).toBe(
      'Unknown time zone “Europe/Londn”.',
    );
    expect(errorsOf(draft({ timeZone: '' })).timeZone).toBe('Pick a time zone.');
  });

  it('says "End must be after start." for an end at or before the start', () => {
    expect(errorsOf(draft({ endLocal: '2026-12-05T22:00' })).endLocal).toBe('End must be after start.');
    expect(errorsOf(draft({ endLocal: '2026-12-05T21:59' })).endLocal).toBe('End must be after start.');
  });

  it('keeps an end before the start an error inside the repeated autumn hour', () => {
    // Both wall times sit in the repeated hour; whichever reading the zone helper picks, it picks
    // it for both, so a wall-clock end before the start stays an error.
    expect(errorsOf(draft({ startLocal: '2026-10-25T01:30', endLocal: '2026-10-25T01:10' })).endLocal).toBe(
      'End must be after start.',
    );
  });

  it.each([
    // [zone, start, end, real hours]: the night of each 2026 change, across it.
    ['Europe/London', '2026-03-29T00:30', '2026-03-29T02:30', 1],
    ['Europe/London', '2026-10-25T00:30', '2026-10-25T02:30', 3],
    ['America/New_York', '2026-03-08T01:00', '2026-03-08T04:00', 2],
    ['America/New_York', '2026-11-01T00:00', '2026-11-01T03:00', 4],
  ])('%s %s to %s lasts %d real hours', (timeZone, startLocal, endLocal, hours) => {
    const result = validateMaintenanceInput(draft({ timeZone, startLocal, endLocal }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(hoursBetween(result.value.start, result.value.end)).toBe(hours);
  });

  it('accepts an end inside the spring-forward gap by moving it forward (London 01:30 is 02:30 BST)', () => {
    const result = validateMaintenanceInput(
      draft({ startLocal: '2026-03-29T00:30', endLocal: '2026-03-29T01:30' }),
    );
    expect(result.ok && result.value.end).toBe('2026-03-29T01:30:00.000Z');
  });

  it('in UTC, accepts exactly the inputs whose end is later than their start, by at most MAX_WINDOW_DAYS (property)', () => {
    const minute = fc.integer({ min: 0, max: 60 * 24 * 400 });
    const toLocal = (minutes: number): string =>
      new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString().slice(0, 16);
    fc.assert(
      fc.property(minute, minute, (a, b) => {
        const result = validateMaintenanceInput(
          draft({ timeZone: 'UTC', startLocal: toLocal(a), endLocal: toLocal(b) }),
        );
        expect(result.ok).toBe(b > a && b - a <= MAX_WINDOW_MINUTES);
        if (result.ok) expect(hoursBetween(result.value.start, result.value.end) * 60).toBeCloseTo(b - a, 6);
      }),
      { numRuns: 300 },
    );
  });
});
