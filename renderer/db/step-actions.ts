import { parseOccurrenceStepId } from '../../shared/recurrence/rule';
import type { CalendarDay, Instant } from '../../shared/types';
import { instantToDay } from '../../shared/zoned-time';
import * as checklist from './checklist-repo';
import { changeOccurrenceStep, dateOccurrenceStep, tickOccurrenceStep } from './occurrence-repo';
import { loadSettings } from './settings-repo';

/*
 * The Work view's actions on a row, for stored checklist items and for the generated steps of a
 * repeating window's occurrences alike (issue 11): a step of an occurrence is changed on that
 * occurrence's row, an item on its own.
 */

/** Ticks or unticks a checklist item or an occurrence's step. */
export function toggleItemDone(id: string, done: boolean): Promise<void> {
  const step = parseOccurrenceStepId(id);
  return step
    ? tickOccurrenceStep(step.seriesId, step.originalStart, step.stepKey, done)
    : checklist.toggleItemDone(id, done);
}

/** Assigns a checklist item or an occurrence's step. */
export function assignItem(id: string, personId: string | null): Promise<void> {
  const step = parseOccurrenceStepId(id);
  return step
    ? changeOccurrenceStep(step.seriesId, step.originalStart, step.stepKey, { assigneeId: personId })
    : checklist.assignItem(id, personId);
}

/** Dates a checklist item or an occurrence's step by hand. */
export function setItemDueDate(id: string, dueDate: CalendarDay): Promise<void> {
  const step = parseOccurrenceStepId(id);
  return step
    ? dateOccurrenceStep(step.seriesId, step.originalStart, step.stepKey, dueDate)
    : checklist.setItemDueDate(id, dueDate);
}

/** Times a checklist item; an occurrence's step keeps days only, so it takes the time's day. */
export async function setItemDueAt(id: string, dueAt: Instant): Promise<void> {
  const step = parseOccurrenceStepId(id);
  if (!step) return checklist.setItemDueAt(id, dueAt);
  const { timeZone } = await loadSettings();
  return dateOccurrenceStep(step.seriesId, step.originalStart, step.stepKey, instantToDay(dueAt, timeZone));
}
