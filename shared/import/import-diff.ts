import { announcementSchema, maintenanceWindowSchema } from '../backup/schema';
import { plural } from '../plural';
import type { Announcement, MaintenanceWindow, WindowOccurrence } from '../types';
import type { Face, PlannedRecord } from './record-face';
import { eventFace, faceHash, recordFace } from './record-face';
import type { ImportSource } from './source-identity';
import { sourceKey } from './source-identity';
import type { ImportedEvent, ImportProblem } from './types';
import type { CommsSettings } from '../maintenance/comms-plan';
import { occurrenceStepOf, stepComparer, type StepChange } from './step-diff';

/** How one event of a file relates to the plan. */
export type DiffStatus = 'new' | 'changed' | 'cancelled' | 'unchanged';

export type DiffRow = {
  /** The event's key in the import result. */
  key: string;
  status: DiffStatus;
  /** sourceKey of the event in the confirmed calendar. */
  sourceId: string;
  /** For matched events: the record as it stands, its face now (`before`) and the file's (`after`). */
  match?: { planned: PlannedRecord; before: Face; after: Face };
  /** The record was edited here since it was imported or exported: the file must not overwrite it unasked. */
  editedHere: boolean;
  /** A repeating window's occurrence step the file changes (issue 11); no `match` then. */
  step?: StepChange;
};

export type DiffCounts = Record<DiffStatus, number>;

export type ImportDiff = { rows: DiffRow[]; counts: DiffCounts; problems: ImportProblem[] };

/** What the plan holds that an import is compared with. */
export type DiffPlan = {
  calendar: string;
  announcements: readonly Announcement[];
  windows: readonly MaintenanceWindow[];
  itemIds: ReadonlySet<string>;
  /** The remembered sources, by id. */
  sources: ReadonlyMap<string, ImportSource>;
  /** The changed occurrences of repeating windows: a series' exceptions are part of its face. */
  occurrences?: readonly WindowOccurrence[];
  /** The plan's settings, which an occurrence's generated steps depend on; without them steps are not compared. */
  settings?: CommsSettings;
};

const TIERLINE_UID = /^(.+)@tierline$/;

// The plan's records by kind and id: a file of 50,000 events must not scan the plan for each.
type Index = { announcement: Map<string, Announcement>; window: Map<string, MaintenanceWindow> };

function find(index: Index, kind: PlannedRecord['kind'], id: string): PlannedRecord | undefined {
  if (kind === 'announcement') {
    const record = index.announcement.get(id);
    return record && { kind, record };
  }
  const record = index.window.get(id);
  return record && { kind, record };
}

// The record a Tierline export's event names, and what the export said it was (its base), if valid.
function tierlineMatch(
  event: ImportedEvent,
  index: Index,
  rowsBySeries: ReadonlyMap<string, WindowOccurrence[]>,
): { planned: PlannedRecord; base: string | null } | undefined {
  const identity = event.tierline;
  const id = TIERLINE_UID.exec(event.uid)?.[1];
  if (!identity || identity.kind === 'item' || id === undefined) return undefined;
  const planned = find(index, identity.kind, id);
  if (!planned) return undefined;
  const parsed =
    identity.kind === 'announcement'
      ? announcementSchema.safeParse(identity.record)
      : maintenanceWindowSchema.safeParse(identity.record);
  if (!parsed.success || parsed.data.id !== id) return { planned, base: null };
  const exported = { kind: identity.kind, record: parsed.data } as PlannedRecord;
  // The record says nothing of a series' exceptions, so its base takes the plan's: exceptions the
  // file changes are the file's edit, and the record's own fields still tell an edit made here.
  return { planned, base: faceHash(recordFace(exported, rowsBySeries.get(id) ?? [])) };
}

/**
 * Compares a file's events with the plan (issue 11). Each event is matched by its source identity
 * first (this calendar, UID, RECURRENCE-ID), then by Tierline's own UID; a match is `unchanged` when
 * the file's title, time and cancellation (and a series' exceptions) equal the record's, or equal what was imported before
 * (the planner's later edit stands); otherwise `changed` (or `cancelled`), with `editedHere` when the
 * record too moved away from what was imported. A Tierline checklist item already in the plan is
 * `unchanged`; a repeating window's generated step whose series the plan or the file has is no row
 * of its own, unless it changes the plan's step (`changed`, with `step`); everything else is `new`. An event matching a record another event of the file already
 * matched is reported in `problems` and left out, so nothing is changed twice or duplicated.
 */
export function diffImport(events: readonly ImportedEvent[], plan: DiffPlan): ImportDiff {
  const rows: DiffRow[] = [];
  const problems: ImportProblem[] = [];
  const counts: DiffCounts = { new: 0, changed: 0, cancelled: 0, unchanged: 0 };
  const claimed = new Map<string, number>();
  const index: Index = {
    announcement: new Map(plan.announcements.map((record) => [record.id, record])),
    window: new Map(plan.windows.map((record) => [record.id, record])),
  };
  const rowsBySeries = new Map<string, WindowOccurrence[]>();
  for (const row of plan.occurrences ?? []) {
    const rows = rowsBySeries.get(row.seriesId);
    if (rows) rows.push(row);
    else rowsBySeries.set(row.seriesId, [row]);
  }
  // Series the file brings as Tierline windows: their occurrences' steps come with them.
  const seriesInFile = new Set(
    events.flatMap((event) =>
      event.tierline?.kind === 'window' ? [TIERLINE_UID.exec(event.uid)?.[1] ?? ''] : [],
    ),
  );
  const comparers = new Map<string, ReturnType<typeof stepComparer>>();
  for (const event of events) {
    const sourceId = sourceKey(plan.calendar, event.uid, event.recurrenceId);
    // A generated step of a series is part of its series, not a thing of its own (issue 11): it is
    // counted only when it changes a step of a series the plan has.
    const step = occurrenceStepOf(event);
    if (step !== null && (index.window.has(step.seriesId) || seriesInFile.has(step.seriesId))) {
      const window = index.window.get(step.seriesId);
      let compare = comparers.get(step.seriesId);
      if (!compare && window && plan.settings) {
        compare = stepComparer(window, rowsBySeries.get(window.id) ?? [], plan.settings);
        comparers.set(step.seriesId, compare);
      }
      const change = compare ? compare(event) : null;
      if (change) {
        counts.changed++;
        rows.push({ key: event.key, status: 'changed', sourceId, editedHere: false, step: change });
      }
      continue;
    }
    const source = plan.sources.get(sourceId);
    const remembered = source && find(index, source.kind, source.recordId);
    const matched = remembered
      ? { planned: remembered, base: source.hash }
      : tierlineMatch(event, index, rowsBySeries);
    if (!matched) {
      const itemId = event.tierline?.kind === 'item' ? TIERLINE_UID.exec(event.uid)?.[1] : undefined;
      const known = itemId !== undefined && plan.itemIds.has(itemId);
      const status = known ? 'unchanged' : 'new';
      counts[status]++;
      rows.push({ key: event.key, status, sourceId, editedHere: false });
      continue;
    }
    const { planned, base } = matched;
    const earlier = claimed.get(planned.record.id);
    if (earlier !== undefined) {
      problems.push({
        reason: `left out: the event on line ${earlier} already stands for the same ${planned.kind === 'announcement' ? 'announcement' : 'maintenance window'}`,
        line: event.line,
        uid: event.uid,
      });
      continue;
    }
    claimed.set(planned.record.id, event.line);
    const series = planned.kind === 'window' ? planned.record : null;
    const before = recordFace(planned, series ? (rowsBySeries.get(series.id) ?? []) : []);
    const after = eventFace(event, planned.kind, planned.record.timeZone, series);
    const mine = faceHash(before);
    const theirs = faceHash(after);
    let status: DiffStatus = 'unchanged';
    if (theirs !== mine && theirs !== base)
      status = after.cancelled && !before.cancelled ? 'cancelled' : 'changed';
    counts[status]++;
    rows.push({
      key: event.key,
      status,
      sourceId,
      match: { planned, before, after },
      editedHere: status !== 'unchanged' && base !== null && mine !== base,
    });
  }
  return { rows, counts, problems };
}

/** "3 new, 2 changed, 40 unchanged, 1 cancelled": the non-zero counts, or "nothing to import". */
export function diffSummary(counts: DiffCounts): string {
  const parts = [
    counts.new > 0 ? plural(counts.new, 'new', 'new') : '',
    counts.changed > 0 ? plural(counts.changed, 'changed', 'changed') : '',
    counts.unchanged > 0 ? plural(counts.unchanged, 'unchanged', 'unchanged') : '',
    counts.cancelled > 0 ? plural(counts.cancelled, 'cancelled', 'cancelled') : '',
  ].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(', ') : 'nothing to import';
}
