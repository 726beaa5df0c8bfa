import { describe, expect, it } from 'vitest';
import { applyExportFilters } from '../../../shared/export/filters';
import { leftOutLine, nextArrayMonthWithLaunches, planDayRange } from '../../../shared/export/plan-range';
import { announcement, exportInput, item, maintenanceWindow } from './records';
import { calendarDay, utcInstant } from '../../dates';

// A plan from December to a March window, the case a three-month default used to drop silently.
const input = exportInput({
  announcements: [
    announcement({ id: 'a1', tierKey: 'major', launchDate: calendarDay('2026-12-08'), status: 'planned' }),
    announcement({ id: 'a2', tierKey: 'minor', launchDate: calendarDay('2027-01-20'), status: 'planned' }),
    announcement({ id: 'a3', tierKey: 'minor', launchDate: calendarDay('2026-11-10'), status: 'launched' }),
  ],
  items: [
    item({ id: 'a1:x', parentId: 'a1', team: 'Marketing', dueDate: calendarDay('2026-11-24') }),
    item({ id: 'a2:y', parentId: 'a2', team: 'Content & Docs', dueDate: calendarDay('2027-02-03') }),
    item({ id: 'orphan', parentId: 'nobody', dueDate: calendarDay('2025-01-01') }),
  ],
  windows: [
    maintenanceWindow({
      id: 'w1',
      start: utcInstant('2027-03-30T22:00:00.000Z'),
      end: utcInstant('2027-03-31T02:00:00.000Z'),
    }),
  ],
});

describe('planDayRange', () => {
  it('spans the first to the last dated thing an export can hold, in the planner’s zone', () => {
    expect(planDayRange(input)).toEqual({ from: '2026-11-10', to: '2027-03-31' });
    // Everything is inside it: an export over it leaves nothing out.
    const all = applyExportFilters(input, {});
    const inRange = applyExportFilters(input, planDayRange(input)!);
    expect(inRange.announcements.length + inRange.windows.length + inRange.items.length).toBe(
      all.announcements.length + all.windows.length + all.items.length,
    );
  });

  it('is null for a plan with nothing dated', () => {
    expect(planDayRange(exportInput({ announcements: [], items: [], windows: [] }))).toBeNull();
  });

  it('reads a window’s days in the planner’s zone, not UTC', () => {
    const tokyo = exportInput({
      announcements: [],
      items: [],
      windows: [
        maintenanceWindow({
          id: 'w',
          start: utcInstant('2027-03-31T16:00:00.000Z'),
          end: utcInstant('2027-03-31T17:00:00.000Z'),
        }),
      ],
      settings: { ...input.settings, timeZone: 'Asia/Tokyo' },
    });
    expect(planDayRange(tokyo)).toEqual({ from: '2027-04-01', to: '2027-04-01' });
  });
});

describe('nextArrayMonthWithLaunches', () => {
  it('skips an empty current edition for the next one that covers launches', () => {
    // Edition day 1: December's edition (1 Dec) is behind on the 2nd; the 8 Dec launch is in January's.
    expect(nextArrayMonthWithLaunches(input, calendarDay('2026-12-02'))).toBe('2027-01');
    expect(nextArrayMonthWithLaunches(input, calendarDay('2027-01-05'))).toBe('2027-02');
  });

  it('ignores ideas and cancelled launches, and falls back to the coming edition', () => {
    const ideas = exportInput({
      announcements: [announcement({ id: 'i', launchDate: calendarDay('2027-05-10'), status: 'idea' })],
      items: [],
    });
    expect(nextArrayMonthWithLaunches(ideas, calendarDay('2026-12-02'))).toBe('2027-01');
    expect(nextArrayMonthWithLaunches(input, calendarDay('2027-06-01'))).toBe('2027-06');
  });
});

describe('leftOutLine', () => {
  it('says nothing when the whole plan is in', () => {
    expect(leftOutLine(input, planDayRange(input)!)).toBeNull();
  });

  it('counts what a narrowed range leaves out, in agreeing numbers', () => {
    expect(leftOutLine(input, { from: calendarDay('2026-12-01'), to: calendarDay('2027-02-28') })).toBe(
      '3 items outside the range are left out.',
    );
    expect(leftOutLine(input, { from: calendarDay('2026-11-01'), to: calendarDay('2027-02-28') })).toBe(
      '1 item outside the range is left out.',
    );
  });

  it('counts what the filters leave out separately from the range', () => {
    const range = planDayRange(input)!;
    expect(leftOutLine(input, { ...range, kinds: ['announcement', 'checklist'] })).toBe(
      '1 item is left out by the filters.',
    );
    expect(
      leftOutLine(input, {
        from: calendarDay('2026-12-01'),
        to: calendarDay('2027-02-28'),
        tierKeys: ['major'],
      }),
    ).toBe('3 items outside the range are left out; 2 more are left out by the filters.');
  });
});

describe('hostile input: export ranges and filters', () => {
  it('a range whose From is after its To leaves everything out, and says so', () => {
    const all = applyExportFilters(input, {});
    const total = all.announcements.length + all.windows.length + all.items.length;
    expect(leftOutLine(input, { from: calendarDay('2027-03-01'), to: calendarDay('2026-12-01') })).toBe(
      `${total} items outside the range are left out.`,
    );
  });

  it('an orphaned checklist item far outside the plan neither widens the range nor counts as left out', () => {
    const far = exportInput({
      ...input,
      items: [...input.items, item({ id: 'ghost', parentId: 'gone', dueDate: calendarDay('1901-01-01') })],
    });
    expect(planDayRange(far)).toEqual(planDayRange(input));
    expect(leftOutLine(far, planDayRange(far)!)).toBeNull();
  });

  it('a filter naming a tier or team no record has leaves out exactly what it hides', () => {
    const range = planDayRange(input)!;
    const shown = applyExportFilters(input, { ...range, tierKeys: ['no-such-tier'] });
    expect(shown.announcements).toEqual([]);
    const hidden = 3 + input.items.filter((entry) => entry.parentId !== 'nobody').length;
    expect(leftOutLine(input, { ...range, tierKeys: ['no-such-tier'] })).toBe(
      `${hidden} items are left out by the filters.`,
    );
  });
});
