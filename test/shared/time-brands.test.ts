import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDay, toCalendarDay } from '../../shared/calendar-day';
import { nextArrayEdition } from '../../shared/checklist/due-dates';
import { moveWindow } from '../../shared/maintenance/window-moves';
import { isInstant, toInstant, toLocalDateTime } from '../../shared/zoned-time';
import { moveChecklistItemDue } from '../../renderer/db/checklist-repo';
import { moveMaintenanceWindow } from '../../renderer/db/maintenance-repo';
import { makeMaintenanceWindow } from '../builders';
import { calendarDay, utcInstant } from '../dates';

/*
 * The three time kinds are branded (shared/types.ts). These lines are checked by `tsc -b`, not run:
 * each `@ts-expect-error` fails the build the day its call starts to compile, so a plain string, an
 * Instant where a CalendarDay is due and a CalendarDay where an Instant is due stay refused by a repo
 * function and by a rule.
 */
function refusedAtCompileTime(): void {
  const day = calendarDay('2026-12-01');
  const instant = utcInstant('2026-12-01T22:00:00.000Z');
  const window = makeMaintenanceWindow();

  // @ts-expect-error a plain string is not a CalendarDay (repo)
  void moveChecklistItemDue('item-1', '2026-12-01');
  // @ts-expect-error an Instant is not a CalendarDay (repo)
  void moveChecklistItemDue('item-1', instant);
  // @ts-expect-error a plain string is not a CalendarDay (rule)
  nextArrayEdition('2026-12-01', 15);
  // @ts-expect-error an Instant is not a CalendarDay (rule)
  nextArrayEdition(instant, 15);
  // @ts-expect-error a LocalDateTime is not a CalendarDay (rule)
  nextArrayEdition(toLocalDateTime('2026-12-01T22:00'), 15);

  // @ts-expect-error a plain string is not an Instant (repo)
  void moveMaintenanceWindow('window-1', '2026-12-01T22:00:00.000Z');
  // @ts-expect-error a CalendarDay is not an Instant (repo)
  void moveMaintenanceWindow('window-1', day);
  // @ts-expect-error a plain string is not an Instant (rule)
  moveWindow(window, '2026-12-01T22:00:00.000Z', instant);
  // @ts-expect-error a CalendarDay is not an Instant (rule)
  moveWindow(window, day, instant);
  // @ts-expect-error a LocalDateTime is not an Instant (rule)
  moveWindow(window, toLocalDateTime('2026-12-01T22:00'), instant);
}
void refusedAtCompileTime;

describe('toCalendarDay, the checked way text becomes a CalendarDay', () => {
  it('returns a real day unchanged', () => {
    expect(toCalendarDay('2028-02-29')).toBe('2028-02-29');
    expect(toCalendarDay('1900-01-01')).toBe('1900-01-01');
  });

  it.each([
    '2026-02-30',
    '',
    'x',
    '2026-13-01',
    '2026-1-01',
    '2026-12-01T00:00',
    ' 2026-12-01',
    '0000-01-01',
  ])('hostile input: refuses %j with "Not a calendar day"', (text) => {
    expect(() => toCalendarDay(text)).toThrow(`Not a calendar day: ${text}`);
  });

  it('hostile input: any string is either refused or returned as the real day isCalendarDay accepts', () => {
    const dayish = fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(
          ([y, m, d]) =>
            `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
    );
    fc.assert(
      fc.property(dayish, (text) => {
        if (isCalendarDay(text)) expect(toCalendarDay(text)).toBe(text);
        else expect(() => toCalendarDay(text)).toThrow(/Not a calendar day/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('toInstant, the checked way text becomes an Instant', () => {
  it('returns a UTC ISO instant unchanged, with or without seconds and milliseconds', () => {
    expect(toInstant('2026-12-01T22:00:00.000Z')).toBe('2026-12-01T22:00:00.000Z');
    expect(toInstant('2026-12-01T22:00:00Z')).toBe('2026-12-01T22:00:00Z');
    expect(toInstant('2026-12-01T22:00Z')).toBe('2026-12-01T22:00Z');
  });

  it.each([
    '2026-02-30',
    '',
    'x',
    '2026-12-01',
    '2026-12-01T22:00',
    '2026-12-01T22:00:00+01:00',
    '2026-12-01T25:00:00Z',
    '2026-12-01 22:00:00Z',
  ])('hostile input: refuses %j with "Not an instant"', (text) => {
    expect(() => toInstant(text)).toThrow(`Not an instant: ${text}`);
  });

  it('hostile input: any string is either refused or returned as the instant isInstant accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        (text) => {
          if (isInstant(text)) expect(toInstant(text)).toBe(text);
          else expect(() => toInstant(text)).toThrow(/Not an instant/);
        },
      ),
      { numRuns: 500 },
    );
  });
});
