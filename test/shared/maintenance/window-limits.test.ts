import { describe, expect, it } from 'vitest';
import { validateMaintenanceInput, type MaintenanceDraft } from '../../../shared/maintenance/window-input';
import { wallClockGapNote, windowLengthProblem } from '../../../shared/maintenance/window-limits';
import { generateCommsChecklist } from '../../../shared/maintenance/comms-plan';
import { moveWindow, resizeWindow } from '../../../shared/maintenance/window-moves';
import { makeMaintenanceDraft } from '../../builders';
import { COMMS_SETTINGS, makeWindow, NOW } from './builders';
import { utcInstant } from '../../dates';

function draft(patch: Partial<MaintenanceDraft> = {}): MaintenanceDraft {
  return makeMaintenanceDraft({
    title: 'EU Cloud database upgrade',
    timeZone: 'UTC',
    services: ['EU Cloud'],
    ownerId: 'p-ops',
    ...patch,
  });
}

describe('window length', () => {
  it('words a 396-day window in days and hours', () => {
    expect(
      windowLengthProblem(utcInstant('2026-12-05T22:00:00.000Z'), utcInstant('2028-01-05T22:00:00.000Z')),
    ).toBe('A window of 396 days (9,504 hours) is probably a typo: windows are at most 14 days.');
  });

  it('accepts exactly 14 days and refuses one minute more', () => {
    expect(
      windowLengthProblem(utcInstant('2026-12-01T00:00:00.000Z'), utcInstant('2026-12-15T00:00:00.000Z')),
    ).toBeNull();
    expect(
      windowLengthProblem(utcInstant('2026-12-01T00:00:00.000Z'), utcInstant('2026-12-15T00:01:00.000Z')),
    ).toMatch(/^A window of 14 days \(336 hours\)/);
  });

  it('names leftover hours when the length is not whole days', () => {
    expect(
      windowLengthProblem(utcInstant('2026-12-01T00:00:00.000Z'), utcInstant('2026-12-16T05:00:00.000Z')),
    ).toBe('A window of 15 days 5 hours (365 hours) is probably a typo: windows are at most 14 days.');
  });
});

describe('wall-clock gaps', () => {
  it('says London skips 01:30 on 29 March 2026 and what it becomes', () => {
    expect(wallClockGapNote('2026-03-29T01:30', 'Europe/London')).toBe(
      'The clocks in Europe/London skip 01:30 on that day: it becomes Sun 29 Mar 2026, 02:30 BST.',
    );
  });

  it('says nothing about a time that exists, or input it cannot read', () => {
    expect(wallClockGapNote('2026-03-29T02:30', 'Europe/London')).toBeNull();
    expect(wallClockGapNote('2026-10-25T01:30', 'Europe/London')).toBeNull();
    expect(wallClockGapNote('2026-03-29T01:30', 'Mars/Base')).toBeNull();
    expect(wallClockGapNote('not a time', 'UTC')).toBeNull();
  });
});

describe('hostile input: maintenance window form', () => {
  it('refuses a start in 9999 with the range message beside Start', () => {
    const result = validateMaintenanceInput(
      draft({ startLocal: '9999-12-31T10:00', endLocal: '9999-12-31T12:00' }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.startLocal).toBe(
        '9999-12-31T10:00 is outside the dates Tierline plans (between 1900 and 2199).',
      );
      expect(result.errors.endLocal).toBe(
        '9999-12-31T12:00 is outside the dates Tierline plans (between 1900 and 2199).',
      );
    }
  });

  it('refuses a 396-day window beside End', () => {
    const result = validateMaintenanceInput(draft({ endLocal: '2028-01-05T22:00' }));
    expect(result.ok ? null : result.errors.endLocal).toBe(
      'A window of 396 days (9,504 hours) is probably a typo: windows are at most 14 days.',
    );
  });

  it('refuses 5,000 characters of notes instead of cutting them', () => {
    const result = validateMaintenanceInput(draft({ notes: 'n'.repeat(5001) }));
    expect(result.ok ? null : result.errors.notes).toBe('This is 5,001 characters; keep it to 5,000.');
  });

  it('refuses a pasted title of 5,000 characters', () => {
    const result = validateMaintenanceInput(draft({ title: 'T'.repeat(5000) }));
    expect(result.ok ? null : result.errors.title).toBe('This is 5,000 characters; keep it to 200.');
  });

  it('quotes at most 60 characters of an unknown zone', () => {
    const result = validateMaintenanceInput(draft({ timeZone: 'Z'.repeat(10_000) }));
    const message = result.ok ? '' : (result.errors.timeZone ?? '');
    expect(message.startsWith('Unknown time zone “ZZZ')).toBe(true);
    expect(message.length).toBeLessThan(90);
  });
});

describe('hostile input: moving and resizing windows', () => {
  const window = makeWindow({
    start: utcInstant('2026-12-05T22:00:00.000Z'),
    end: utcInstant('2026-12-06T02:00:00.000Z'),
  });

  it('refuses a resize to 396 days with the same wording as the form', () => {
    expect(resizeWindow(window, utcInstant('2028-01-05T22:00:00.000Z'), NOW)).toEqual({
      ok: false,
      error: 'A window of 396 days (9,504 hours) is probably a typo: windows are at most 14 days.',
    });
  });

  it('refuses a move that carries the window past 2199', () => {
    expect(() => moveWindow(window, utcInstant('2200-01-01T22:00:00.000Z'), NOW)).toThrow(
      '2200-01-01T22:00:00.000Z is outside the dates Tierline plans',
    );
  });

  it('refuses a window whose messages would be due in 2200 in the planner’s zone, naming the message', () => {
    const late = makeWindow({
      start: utcInstant('2199-12-31T20:00:00.000Z'),
      end: utcInstant('2199-12-31T23:00:00.000Z'),
    });
    expect(() =>
      generateCommsChecklist({
        window: late,
        settings: { ...COMMS_SETTINGS, timeZone: 'Asia/Tokyo' },
        now: NOW,
      }),
    ).toThrow(/^“.+” would be due 2200-01-01, outside the dates Tierline plans/);
  });
});
