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
  const { start, end } = row;
  return {
    ...found,
    cancelled: row.cancelled,
    ...(start !== null && end !== null ? { start, end, moved: true } : {}),
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

type Generated = { occurrence: Occurrence; planned: ChecklistItem[]; pristine: ChecklistItem[] };

/**
 * A comparer of a file's occurrence steps with one series of the plan (the series `window` with its
 * changed occurrences `rows`): for an event, how its step differs from the plan's, or null when the
 * two agree, when the rule has no such occurrence (or it is cancelled), the handbook no such step,
 * or the file's record fails the schema (then there is nothing to take). Each occurrence's steps
 * are generated once, however many of them the file lists: a daily series' export lists thousands.
 */
export function stepComparer(
  window: MaintenanceWindow,
  rows: readonly WindowOccurrence[],
  settings: CommsSettings,
): (event: ImportedEvent) => StepChange | null {
  const rule = window.recurrence;
  const series: WindowSeries | null = rule ? { ...window, recurrence: rule } : null;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const cache = new Map<Instant, Generated | null>();
  const generatedAt = (originalStart: Instant): Generated | null => {
    if (!series) return null;
    const known = cache.get(originalStart);
    if (known !== undefined) return known;
    const row = byId.get(occurrenceId(series.id, originalStart));
    const occurrence = shown(series, row, originalStart);
    const generate = (change: WindowOccurrence | undefined) =>
      occurrenceComms({
        series,
        occurrence: occurrence as Occurrence,
        change,
        settings,
        now: series.updatedAt,
      });
    const planned = occurrence && !occurrence.cancelled ? generate(row) : null;
    const generated =
      occurrence && planned
        ? { occurrence, planned, pristine: row ? generate({ ...row, comms: {} }) : planned }
        : null;
    cache.set(originalStart, generated);
    return generated;
  };
  return (event) => {
    const step = occurrenceStepOf(event);
    if (!step || step.seriesId !== window.id) return null;
    const generated = generatedAt(step.originalStart);
    if (!generated) return null;
    const parsed = checklistItemSchema.safeParse(event.tierline?.record);
    if (!parsed.success) return null;
    const planned = generated.planned.find((item) => item.templateItemId === step.stepKey);
    const pristine = generated.pristine.find((item) => item.templateItemId === step.stepKey);
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
      occurrenceStart: generated.occurrence.start,
      before,
      after,
      override,
    };
  };
}
