import { occurrenceAt, type Occurrence, type WindowSeries } from '../../shared/recurrence/expand';
import { occurrenceChange, occurrenceComms, stepOverride } from '../../shared/recurrence/occurrence-comms';
import {
  occurrenceId,
  type OccurrenceStepOverride,
  type WindowOccurrence,
} from '../../shared/recurrence/rule';
import { moveOneOccurrence, rekeyOccurrences, shiftSeries } from '../../shared/recurrence/series-moves';
import type { CalendarDay, Instant } from '../../shared/types';
import { db } from './db';
import { nowInstant } from './ids';
import { recordedChange } from './recorded-change';
import { loadSettings } from './settings-repo';
import { revised } from '../../shared/revised';

type Found = { series: WindowSeries; occurrence: Occurrence; change: WindowOccurrence };

/** Reads the series and the occurrence a planner acted on; throws a sentence when either is gone. */
async function find(seriesId: string, originalStart: Instant, now: Instant): Promise<Found> {
  const series = await db.maintenanceWindows.get(seriesId);
  if (!series?.recurrence) throw new Error('That repeating window no longer exists.');
  const asSeries = series as WindowSeries;
  const stored = await db.windowOccurrences.get(occurrenceId(seriesId, originalStart));
  const found = occurrenceAt(asSeries, originalStart);
  if (!found) throw new Error('That occurrence is no longer part of its series.');
  const change = occurrenceChange(seriesId, originalStart, stored, now);
  const occurrence: Occurrence =
    change.start !== null && change.end !== null
      ? { ...found, start: change.start, end: change.end, moved: true, cancelled: change.cancelled }
      : { ...found, cancelled: change.cancelled };
  return { series: asSeries, occurrence, change };
}

/** "This window only": moves one occurrence to `start` as an exception, as one undoable change. */
export async function moveOccurrence(
  seriesId: string,
  originalStart: Instant,
  start: Instant,
): Promise<void> {
  await recordedChange('Move one window of the series', async () => {
    const now = nowInstant();
    const { occurrence, change } = await find(seriesId, originalStart, now);
    return { windowOccurrences: { put: [moveOneOccurrence(change, occurrence, start, now)] } };
  });
}

/**
 * "All windows in the series": moves the whole series by as far as this occurrence was dragged;
 * every changed occurrence keeps its ticks by following its position, all in one undoable change.
 */
export async function moveSeries(seriesId: string, originalStart: Instant, start: Instant): Promise<void> {
  await recordedChange('Move the series', async () => {
    const now = nowInstant();
    const { series, occurrence } = await find(seriesId, originalStart, now);
    const after = shiftSeries(series, occurrence.start, start, now);
    const rows = await db.windowOccurrences.where('seriesId').equals(seriesId).toArray();
    return { maintenanceWindows: { put: [after] }, windowOccurrences: rekeyOccurrences(series, after, rows) };
  });
}

/** Cancels (or restores) one occurrence: an exception the ICS export writes as an EXDATE. */
export async function setOccurrenceCancelled(
  seriesId: string,
  originalStart: Instant,
  cancelled: boolean,
): Promise<void> {
  await recordedChange(cancelled ? 'Cancel one window' : 'Restore one window', async () => {
    const now = nowInstant();
    const { change } = await find(seriesId, originalStart, now);
    if (change.cancelled === cancelled) return {};
    return {
      windowOccurrences: { put: [revised(change, now, { cancelled })] },
    };
  });
}

/**
 * Changes one communications step of one occurrence (ticked, assigned, dated by hand): the
 * occurrence gets a stored row holding the change; the other occurrences stay generated.
 */
export async function changeOccurrenceStep(
  seriesId: string,
  originalStart: Instant,
  stepKey: string,
  patch: Partial<OccurrenceStepOverride>,
): Promise<void> {
  await recordedChange('Change a step of one window', async () => {
    const now = nowInstant();
    const { series, occurrence, change } = await find(seriesId, originalStart, now);
    const settings = await loadSettings();
    const item = occurrenceComms({ series, occurrence, change, settings, now }).find(
      (candidate) => candidate.templateItemId === stepKey,
    );
    if (!item) throw new Error('That step is not part of this window’s plan.');
    const comms = { ...change.comms, [stepKey]: stepOverride(item, patch) };
    return {
      windowOccurrences: { put: [revised(change, now, { comms })] },
    };
  });
}

/** Ticks or unticks one occurrence's step. */
export function tickOccurrenceStep(
  seriesId: string,
  originalStart: Instant,
  stepKey: string,
  done: boolean,
): Promise<void> {
  return changeOccurrenceStep(seriesId, originalStart, stepKey, { done, doneAt: done ? nowInstant() : null });
}

/** Dates one occurrence's step by hand. */
export function dateOccurrenceStep(
  seriesId: string,
  originalStart: Instant,
  stepKey: string,
  dueDate: CalendarDay,
): Promise<void> {
  return changeOccurrenceStep(seriesId, originalStart, stepKey, { dueDate });
}
