import { checklistItemSchema } from '../backup/schema';
import type { CommsSettings } from '../maintenance/comms-plan';
import type { ImportedEvent } from './types';
import type { ChecklistItem, Instant } from '../types';
import { occurrenceAt, type Occurrence, type WindowSeries } from '../recurrence/expand';
import { occurrenceChange, occurrenceComms, stepOverride } from '../recurrence/occurrence-comms';
import { parseOccurrenceStepId, type WindowOccurrence } from '../recurrence/rule';

// The occurrence as the calendar shows it: at its moved times when its row moved it.
function shownOccurrence(series: WindowSeries, change: WindowOccurrence): Occurrence | null {
  const found = occurrenceAt(series, change.originalStart);
  if (!found) return null;
  return change.start !== null && change.end !== null
    ? { ...found, start: change.start, end: change.end, moved: true, cancelled: change.cancelled }
    : { ...found, cancelled: change.cancelled };
}

/**
 * The changed occurrences a restored series needs so its steps read as the file has them (issue
 * 11): each step of `exportedId`'s occurrences in the file (a Tierline item whose id is
 * `${exportedId}@${originalStart}:${step}`) that differs from the step as generated (ticked,
 * reassigned, dated by hand) becomes an override on its occurrence's row, starting from `rows`
 * (the series' exception rows, already keyed to `series.id`). Steps of occurrences the rule does
 * not have, steps the handbook does not give and records that fail the schema are ignored.
 */
export function stepRowsFromFile(args: {
  series: WindowSeries;
  exportedId: string;
  events: readonly ImportedEvent[];
  rows: readonly WindowOccurrence[];
  settings: CommsSettings;
  now: Instant;
}): WindowOccurrence[] {
  const { series, settings, now } = args;
  const byStart = new Map(args.rows.map((row) => [row.originalStart, row]));
  // Each occurrence's steps are generated once, however many of its steps the file holds.
  const generatedSteps = new Map<Instant, ChecklistItem[]>();
  const stepsOf = (change: WindowOccurrence): ChecklistItem[] => {
    let steps = generatedSteps.get(change.originalStart);
    if (!steps) {
      const occurrence = shownOccurrence(series, change);
      steps = occurrence
        ? occurrenceComms({
            series,
            occurrence,
            change: { ...change, comms: {} },
            settings,
            now: series.updatedAt,
          })
        : [];
      generatedSteps.set(change.originalStart, steps);
    }
    return steps;
  };
  for (const event of args.events) {
    if (event.tierline?.kind !== 'item') continue;
    const parsed = checklistItemSchema.safeParse(event.tierline.record);
    const step = parsed.success ? parseOccurrenceStepId(parsed.data.id) : null;
    if (!parsed.success || !step || step.seriesId !== args.exportedId) continue;
    const change = occurrenceChange(series.id, step.originalStart, byStart.get(step.originalStart), now);
    const generated = stepsOf(change).find((item) => item.templateItemId === step.stepKey);
    const item = parsed.data;
    if (
      !generated ||
      (generated.done === item.done &&
        generated.doneAt === item.doneAt &&
        generated.assigneeId === item.assigneeId &&
        generated.dueDate === item.dueDate)
    )
      continue;
    const override = stepOverride(generated, {
      done: item.done,
      doneAt: item.doneAt,
      assigneeId: item.assigneeId,
      dueDate: item.dueOverridden ? item.dueDate : null,
    });
    byStart.set(step.originalStart, { ...change, comms: { ...change.comms, [step.stepKey]: override } });
  }
  return [...byStart.values()].sort((a, b) => a.originalStart.localeCompare(b.originalStart));
}
