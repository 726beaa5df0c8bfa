import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../shared/calendar-day';
import { exportIcs } from '../../../shared/export/ics-export';
import {
  MAX_OPEN_EXPORT_SPAN_DAYS,
  OPEN_EXPORT_DAYS,
  occurrenceStepsForExport,
  openExportDays,
} from '../../../shared/export/occurrence-steps';
import { localObjects } from '../../../shared/sync/local-objects';
import type { MaintenanceWindow, Recurrence } from '../../../shared/types';
import { exportInput, maintenanceWindow } from '../export/records';
import { calendarDay, utcInstant } from '../../dates';

// Issue 11: a published calendar has no "To" date; its series' steps must reach past today.
const TODAY = calendarDay('2026-12-02');
const NOW = utcInstant(`${TODAY}T09:00:00.000Z`);

function series(startText: string, recurrence: Recurrence): MaintenanceWindow {
  const start = utcInstant(startText);
  const end = utcInstant(new Date(Date.parse(start) + 3 * 3_600_000).toISOString());
  return maintenanceWindow({
    id: 'patch',
    start,
    end,
    timeZone: 'UTC',
    createdAt: start,
    updatedAt: start,
    recurrence,
  });
}

// Monthly on the 3rd at 22:00 UTC, for ever, from December 2024: two years before today.
const longRunning = series('2024-12-03T22:00:00.000Z', {
  freq: 'monthly',
  interval: 1,
  weekdays: [],
  monthlyBy: 'date',
  ends: { kind: 'never' },
});

const inputOf = (windows: MaintenanceWindow[]) =>
  exportInput({ announcements: [], items: [], windows, occurrences: [], now: NOW });

describe('the open horizon of an export without a "To" date', () => {
  it('lists this month’s and next month’s steps of a series that began two years ago', () => {
    const steps = occurrenceStepsForExport(inputOf([longRunning]));
    const parents = steps.parents.map((occurrence) => occurrence.start.slice(0, 10));
    expect(parents).toContain('2026-12-03');
    expect(parents).toContain('2027-01-03');
    // A rolling year ahead of today: the last occurrence listed is December 2027's.
    expect(parents.at(-1)).toBe('2027-12-03');
    expect(steps.items.some((item) => item.parentId === 'patch@2027-01-03T22:00:00.000Z')).toBe(true);
  });

  it('publishes those steps to the team calendar and in the ICS file', () => {
    const uids = localObjects(inputOf([longRunning])).map((object) => object.uid);
    expect(uids.some((uid) => uid.startsWith('patch@2026-12-03T22:00:00.000Z:'))).toBe(true);
    const text = exportIcs(inputOf([longRunning]));
    expect(text).toContain('UID:patch@2027-01-03T22:00:00.000Z:');
  });

  it('rolls with the day of the export: a year later, the year after that is listed', () => {
    const later = { ...inputOf([longRunning]), now: utcInstant('2027-12-02T09:00:00.000Z') };
    const parents = occurrenceStepsForExport(later).parents.map((occurrence) =>
      occurrence.start.slice(0, 10),
    );
    expect(parents).toContain('2028-11-03');
    // Three years back from its horizon at most: December 2024's occurrence has fallen out.
    expect(parents[0]).toBe('2025-12-03');
  });

  it('keeps a daily series begun in 2020 bounded, today included', () => {
    const daily = series('2020-01-01T22:00:00.000Z', {
      freq: 'daily',
      interval: 1,
      weekdays: [],
      monthlyBy: 'date',
      ends: { kind: 'never' },
    });
    const parents = occurrenceStepsForExport(inputOf([daily])).parents;
    expect(parents.length).toBeLessThanOrEqual(MAX_OPEN_EXPORT_SPAN_DAYS + 2);
    expect(parents.map((occurrence) => occurrence.start.slice(0, 10))).toContain(TODAY);
    // The first listed overlaps the span's first day: it runs 22:00 to 01:00 into that day.
    expect(parents[0]?.end.slice(0, 10) ?? '').toBe(
      addCalendarDays(TODAY, OPEN_EXPORT_DAYS - MAX_OPEN_EXPORT_SPAN_DAYS),
    );
  });

  it('gives a series that starts in the future a year from its start, and a "To" date wins', () => {
    expect(openExportDays(calendarDay('2028-05-01'), {}, TODAY)).toEqual({
      from: '2028-05-01',
      to: '2029-05-02',
    });
    expect(openExportDays(calendarDay('2024-12-03'), {}, TODAY)).toEqual({
      from: '2024-12-03',
      to: '2027-12-03',
    });
    expect(openExportDays(calendarDay('2020-01-01'), { to: calendarDay('2021-01-01') }, TODAY)).toEqual({
      from: '2020-01-01',
      to: '2021-01-01',
    });
  });
});
