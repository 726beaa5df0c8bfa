import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../../shared/conflicts/find-conflicts';
import { windowsInRange } from '../../../shared/recurrence/plan-occurrences';
import { occurrenceStepsInRange } from '../../../shared/recurrence/occurrence-steps-in-range';
import {
  occurrenceId,
  parseOccurrenceId,
  parseOccurrenceStepId,
  type WindowOccurrence,
} from '../../../shared/recurrence/rule';
import type { MaintenanceWindow } from '../../../shared/types';
import { localToInstant, toLocalDateTime, instantOf } from '../../../shared/zoned-time';
import { makeMaintenanceWindow, makeSettings } from '../../builders';
import { calendarDay, utcInstant } from '../../dates';

const start = localToInstant(toLocalDateTime('2027-01-12T22:00'), 'Europe/London');
const series: MaintenanceWindow = makeMaintenanceWindow({
  id: 'patch',
  title: 'Monthly patch',
  start,
  end: instantOf(new Date(Date.parse(start) + 3 * 3_600_000)),
  timeZone: 'Europe/London',
  disruption: 'downtime',
  recurrence: { freq: 'monthly', interval: 1, weekdays: [], monthlyBy: 'weekday', ends: { kind: 'never' } },
});
const settings = makeSettings({ timeZone: 'Europe/London' });
const ticked: WindowOccurrence = {
  id: occurrenceId('patch', utcInstant('2027-03-09T22:00:00.000Z')),
  seriesId: 'patch',
  originalStart: utcInstant('2027-03-09T22:00:00.000Z'),
  start: null,
  end: null,
  cancelled: false,
  comms: {
    'tell-teams': {
      done: true,
      doneAt: utcInstant('2027-03-01T09:00:00.000Z'),
      assigneeId: null,
      dueDate: null,
    },
  },
  updatedAt: utcInstant('2027-03-01T09:00:00.000Z'),
  sequence: 1,
};

describe('repeating windows as conflicts and the Work view see them', () => {
  it('expands only the range asked for, one window per occurrence with an occurrence id', () => {
    const windows = windowsInRange(
      [series],
      [],
      utcInstant('2027-03-01T00:00:00.000Z'),
      utcInstant('2027-05-01T00:00:00.000Z'),
    );
    expect(windows.map((w) => [w.id, w.start, w.recurrence])).toEqual([
      ['patch@2027-03-09T22:00:00.000Z', '2027-03-09T22:00:00.000Z', undefined],
      ['patch@2027-04-13T21:00:00.000Z', '2027-04-13T21:00:00.000Z', undefined],
    ]);
  });

  it('finds an overlap between a one-off window and one occurrence of a series', () => {
    const other = makeMaintenanceWindow({
      id: 'other',
      title: 'Network change',
      start: utcInstant('2027-04-13T21:30:00.000Z'),
      end: utcInstant('2027-04-13T23:00:00.000Z'),
    });
    const windows = windowsInRange(
      [series, other],
      [],
      utcInstant('2027-01-01T00:00:00.000Z'),
      utcInstant('2027-12-31T00:00:00.000Z'),
    );
    const conflicts = findConflicts({
      announcements: [],
      windows,
      items: [],
      tierRankOf: () => undefined,
      settings,
      today: calendarDay('2026-12-02'),
      people: [],
    });
    const refs = conflicts.flatMap((conflict) => conflict.refs.map((ref) => ref.id)).sort();
    expect(refs).toEqual(['other', 'patch@2027-04-13T21:00:00.000Z']);
  });

  it('generates each occurrence’s own steps, with the ticks of that occurrence only', () => {
    const steps = occurrenceStepsInRange(
      [series],
      [ticked],
      settings,
      utcInstant('2027-03-01T00:00:00.000Z'),
      utcInstant('2027-05-01T00:00:00.000Z'),
      utcInstant('2027-01-01T00:00:00.000Z'),
    );
    const tell = steps.filter((step) => step.templateItemId === 'tell-teams');
    expect(tell.map((step) => [step.parentId, step.done])).toEqual([
      ['patch@2027-03-09T22:00:00.000Z', true],
      ['patch@2027-04-13T21:00:00.000Z', false],
    ]);
    // The first occurrence is planned with the series; each later one once the one before is over.
    const tellDue = tell.map((step) => step.dueAt);
    expect(tellDue).toEqual(['2027-02-10T01:00:00.000Z', '2027-03-10T01:00:00.000Z']);
    const advance = steps.filter((step) => step.templateItemId === 'advance-email').map((step) => step.dueAt);
    expect(advance).toEqual(['2027-03-02T22:00:00.000Z', '2027-04-06T21:00:00.000Z']);
    for (const step of steps) expect(parseOccurrenceStepId(step.id)?.seriesId).toBe('patch');
  });

  it('hostile input: ids that only look like occurrence ids are not taken for them', () => {
    for (const id of [
      '',
      '@',
      'a@b',
      'a@2027-13-45T99:00:00.000Z',
      '@2027-03-09T22:00:00.000Z',
      'x@2027-03-09',
      'a@b:c',
    ])
      expect(parseOccurrenceId(id), id).toBeNull();
    for (const id of ['plain-item', 'a@b:tell-teams', 'w:tell-teams', 'a@2027-03-09T22:00:00.000Z'])
      expect(parseOccurrenceStepId(id), id).toBeNull();
    expect(parseOccurrenceStepId('s@2027-03-09T22:00:00.000Z:tell-teams')).toEqual({
      seriesId: 's',
      originalStart: utcInstant('2027-03-09T22:00:00.000Z'),
      stepKey: 'tell-teams',
    });
  });
});
