import { checklistItemSchema } from '../backup/schema';
import type { CommsSettings } from '../maintenance/comms-plan';
import { occurrenceAt, type Occurrence, type WindowSeries } from '../recurrence/expand';
import { occurrenceComms } from '../recurrence/occurrence-comms';
import { occurrenceId, parseOccurrenceStepId } from '../recurrence/rule';
import type {
  CalendarDay,
  ChecklistItem,
  Instant,
  MaintenanceWindow,
  OccurrenceStepOverride,
  WindowOccurrence,
} from '../types';
import type { ImportedEvent } from './types';

/** What the file and the plan can differ in on one occurrence's step: what its export carries. */
export type StepFace = {
  done: boolean;
  doneAt: Instant | null;
  assigneeId: string | null;
  /** Only a due date set by hand; the generated one follows the occurrence's time. */
  dueDate: CalendarDay | null;
};

/**
 * A generated communications step of a repeating window's occurrence that a Tierline file states
 * differently from the plan (issue 11): which step, as it is and as the file has it, and the
 * override that gives the plan the file's version (null: the step as generated, no override).
 */
export type StepChange = {
  seriesId: string;
  originalStart: Instant;
  stepKey: string;
  title: string;
  /** The occurrence's start as the plan shows it, to name it in the preview. */
  occurrenceStart: Instant;
  before: StepFace;
  after: StepFace;
  override: OccurrenceStepOverride | null;
};

function faceOf(item: ChecklistItem): StepFace {
  return {
    done: item.done,
    doneAt: item.done ? item.doneAt : null,
    assigneeId: item.assigneeId,
    dueDate: item.dueOverridden ? item.dueDate : null,
  };
}

const sameFace = (a: StepFace, b: StepFace): boolean =>
  a.done === b.done && a.doneAt === b.doneAt && a.assigneeId === b.assigneeId && a.dueDate === b.dueDate;

// The occurrence as the plan shows it: at its moved times when its row moved it.
function shown(
  series: WindowSeries,
  row: WindowOccurrence | undefined,
  originalStart: Instant,
): Occurrence | null {
  const found = occurrenceAt(series, originalStart);
  if (!found || !row) return found;
  const moved = row.start !== null && row.end !== null;
  return {
    ...found,
    cancelled: row.cancelled,
    ...(moved ? { start: row.start as Instant, end: row.end as Instant, moved } : {}),
  };
}

/**
 * The series and step a file's event stands for when it is a Tierline export's generated step of a
 * repeating window's occurrence (its id `${seriesId}@${originalStart}:${step}`), else null.
 */
export function occurrenceStepOf(
  event: ImportedEvent,
): { seriesId: string; originalStart: Instant; stepKey: string } | null {
  if (event.tierline?.kind !== 'item') return null;
  const id = /^(.+)@tierline$/.exec(event.uid)?.[1];
  return id === undefined ? null : parseOccurrenceStepId(id);
}

/**
 * How a file's occurrence step differs from the same step in the plan (the series `window` with its
 * changed occurrences `rows`): null when the two agree, when the rule has no such occurrence, the
 * handbook no such step, or the file's record fails the schema (then there is nothing to take).
 */
export function occurrenceStepChange(
  event: ImportedEvent,
  window: MaintenanceWindow,
  rows: readonly WindowOccurrence[],
  settings: CommsSettings,
): StepChange | null {
  const step = occurrenceStepOf(event);
  if (!step || !window.recurrence || step.seriesId !== window.id) return null;
  const parsed = checklistItemSchema.safeParse(event.tierline?.record);
  if (!parsed.success) return null;
  const series: WindowSeries = { ...window, recurrence: window.recurrence };
  const row = rows.find((candidate) => candidate.id === occurrenceId(window.id, step.originalStart));
  const occurrence = shown(series, row, step.originalStart);
  if (!occurrence || occurrence.cancelled) return null;
  const generate = (change: WindowOccurrence | undefined) =>
    occurrenceComms({ series, occurrence, change, settings, now: series.updatedAt }).find(
      (item) => item.templateItemId === step.stepKey,
    );
  const planned = generate(row);
  const pristine = generate(row && { ...row, comms: {} });
  if (!planned || !pristine) return null;
  const before = faceOf(planned);
  const after = faceOf(parsed.data);
  if (sameFace(before, after)) return null;
  const override: OccurrenceStepOverride | null = sameFace(faceOf(pristine), after)
    ? null
    : { done: after.done, doneAt: after.doneAt, assigneeId: after.assigneeId, dueDate: after.dueDate };
  return {
    ...step,
    title: planned.title,
    occurrenceStart: occurrence.start,
    before,
    after,
    override,
  };
}
