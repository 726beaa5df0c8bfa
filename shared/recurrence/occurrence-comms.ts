import { generateCommsChecklist, type CommsSettings } from '../maintenance/comms-plan';
import type { ChecklistItem, Instant } from '../types';
import { nthOccurrenceStart, type Occurrence, type WindowSeries } from './expand';
import { addMinutesToInstant, minutesBetween } from '../zoned-time';
import { occurrenceId, type OccurrenceStepOverride, type WindowOccurrence } from './rule';
import { occurrenceWindow } from './occurrence-window';

// Apart, so the calendar and the conflicts can expand windows without the communications rules
// (issue 13: they are not in the start-up bundle); re-exported for the callers that had it here.
export { occurrenceWindow } from './occurrence-window';

/**
 * When an occurrence counts as planned, for the handbook's "tell the teams as soon as the work is
 * planned" step: the series' creation for the first, and the end of the one before for each later
 * one (the next patch night is news once the last is over), never before the series existed.
 */
function plannedAt(series: WindowSeries, occurrence: Occurrence, known?: Instant): Instant {
  if (occurrence.index === 0) return series.createdAt;
  // Walking the rule from its start for each occurrence is quadratic over a long daily series.
  const previous = known ?? nthOccurrenceStart(series, occurrence.index - 1);
  if (previous === null) return series.createdAt;
  const end = addMinutesToInstant(previous, minutesBetween(series.start, series.end));
  return end > series.createdAt ? end : series.createdAt;
}

function applyOverride(item: ChecklistItem, change: OccurrenceStepOverride | undefined): ChecklistItem {
  if (!change) return item;
  const dated = change.dueDate !== null && change.dueDate !== item.dueDate;
  return {
    ...item,
    done: change.done,
    doneAt: change.doneAt,
    assigneeId: change.assigneeId,
    ...(dated ? { dueDate: change.dueDate ?? item.dueDate, dueAt: null, dueOverridden: true } : {}),
  };
}

/**
 * The handbook's communications steps of one occurrence, generated as a window's are (each
 * occurrence its own due dates, counted from its own start), with what the planner changed on this
 * occurrence applied: ticked, reassigned or dated by hand. Nothing here is stored; ids are
 * `${occurrenceId}:${step}` so a step is found again on the next render.
 */
export function occurrenceComms(args: {
  series: WindowSeries;
  occurrence: Occurrence;
  change: WindowOccurrence | undefined;
  settings: CommsSettings;
  now: Instant;
  /** The original start of the occurrence before this one, when the caller has it at hand. */
  previousStart?: Instant;
}): ChecklistItem[] {
  const window = {
    ...occurrenceWindow(args.series, args.occurrence),
    createdAt: plannedAt(args.series, args.occurrence, args.previousStart),
  };
  const items = generateCommsChecklist({ window, settings: args.settings, now: args.now });
  return items.map((item) => applyOverride(item, args.change?.comms[item.templateItemId ?? '']));
}

/** The stored change of an occurrence, or a blank one that changes nothing yet. */
export function occurrenceChange(
  seriesId: string,
  originalStart: Instant,
  stored: WindowOccurrence | undefined,
  now: Instant,
): WindowOccurrence {
  return (
    stored ?? {
      id: occurrenceId(seriesId, originalStart),
      seriesId,
      originalStart,
      start: null,
      end: null,
      cancelled: false,
      comms: {},
      updatedAt: now,
      sequence: 0,
    }
  );
}

/** The override a step gets when the planner changes it, starting from the step as generated. */
export function stepOverride(
  item: ChecklistItem,
  patch: Partial<OccurrenceStepOverride>,
): OccurrenceStepOverride {
  return {
    done: item.done,
    doneAt: item.doneAt,
    assigneeId: item.assigneeId,
    dueDate: item.dueOverridden ? item.dueDate : null,
    ...patch,
  };
}
