import type { WindowSeries } from '../../../shared/recurrence/expand';
import { occurrenceId } from '../../../shared/recurrence/rule';
import type { WindowOccurrence, Instant } from '../../../shared/types';
import { localToInstant, toLocalDateTime, instantOf } from '../../../shared/zoned-time';
import { maintenanceWindow } from '../export/records';
import { utcInstant } from '../../dates';

/*
 * The repeating window the recurrence tests share: a three-hour patch on the 2nd Tuesday of each
 * month at 22:00 London, from 12 January 2027, and rows of its changed occurrences.
 */

/** 2nd Tuesdays at 22:00 London: 9 Feb is GMT (22:00Z), 13 Apr is BST (21:00Z). */
export const FEB = utcInstant('2027-02-09T22:00:00.000Z');
export const MAR = utcInstant('2027-03-09T22:00:00.000Z');
export const APR = utcInstant('2027-04-13T21:00:00.000Z');

/** The monthly patch series, ending after `count` occurrences. */
export function monthlyPatch(count: number): WindowSeries {
  const start = localToInstant(toLocalDateTime('2027-01-12T22:00'), 'Europe/London');
  return {
    ...maintenanceWindow({
      id: 'patch',
      title: 'Monthly patch',
      start,
      end: instantOf(new Date(Date.parse(start) + 3 * 3_600_000)),
      timeZone: 'Europe/London',
    }),
    recurrence: {
      freq: 'monthly',
      interval: 1,
      weekdays: [],
      monthlyBy: 'weekday',
      ends: { kind: 'count', count },
    },
  };
}

/** A stored change of the patch's occurrence at `originalStart`. */
export function patchOccurrence(originalStart: Instant, change: Partial<WindowOccurrence>): WindowOccurrence {
  return {
    id: occurrenceId('patch', originalStart),
    seriesId: 'patch',
    originalStart,
    start: null,
    end: null,
    cancelled: false,
    comms: {},
    updatedAt: utcInstant('2026-12-01T10:00:00.000Z'),
    sequence: 1,
    ...change,
  };
}
