import { icsUid } from '../export/ics-export';
import type { ImportDiff } from './import-diff';
import { occurrenceWritesFor, seriesOf } from '../recurrence/import-exceptions';
import { stepRowsFromFile } from './occurrence-steps';
import { occurrenceChange } from '../recurrence/occurrence-comms';
import { occurrenceId } from '../recurrence/rule';
import { revised } from '../revised';
import type { Instant, MaintenanceWindow, WindowOccurrence } from '../types';
import type { PlannedRecord } from './record-face';
import { faceHash, onlyExceptionsDiffer, recordFace, withFace } from './record-face';
import type { ImportSource } from './source-identity';
import { sourceKey } from './source-identity';
import type { ImportedRecords, ImportRecordsOptions } from './to-records';
import { importedEventsToRecords } from './to-records';
import type { ImportedEvent } from './types';

/** For a changed event: keep the plan's record as it is, or take the file's title, time and cancellation. */
export type ChangeDecision = 'mine' | 'theirs';

export type ImportWritesOptions = Omit<ImportRecordsOptions, 'existingIds' | 'parentIds' | 'onRecord'> & {
  calendar: string;
  /** Per changed event key; unset means take the file's, unless the record was edited here (keep mine). */
  decisions: Readonly<Record<string, ChangeDecision>>;
  /**
   * The plan's announcements and windows (by id) and every id in it, checklist items included, and
   * its changed occurrences of repeating windows.
   */
  plan: {
    records: readonly PlannedRecord[];
    ids: ReadonlySet<string>;
    occurrences?: readonly WindowOccurrence[];
  };
};

/**
 * What one import writes: records to add, records to update, the sources to remember, and the
 * changed occurrences that give repeating windows the file's exceptions (issue 11).
 */
export type ImportWrites = {
  created: ImportedRecords;
  updated: PlannedRecord[];
  sources: ImportSource[];
  occurrences: { put: WindowOccurrence[]; delete: string[] };
};

// The occurrence rows that give a window the exceptions its event states; none for other events.
function exceptionWrites(
  planned: PlannedRecord,
  event: ImportedEvent,
  rows: readonly WindowOccurrence[],
  now: Instant,
): ImportWrites['occurrences'] {
  const series = planned.kind === 'window' ? seriesOf(planned.record) : null;
  if (!series || !event.exceptions) return { put: [], delete: [] };
  return occurrenceWritesFor(series, rows, event.exceptions, now);
}

/** The decision that applies to a changed row: a record edited here is kept unless the planner says so. */
export function decisionFor(
  row: { key: string; editedHere: boolean },
  decisions: Readonly<Record<string, ChangeDecision>>,
): ChangeDecision {
  return decisions[row.key] ?? (row.editedHere ? 'mine' : 'theirs');
}

/**
 * The writes that carry out a compared import (see diffImport): `new` events become records as the
 * planner chose (a Tierline export's keep their ids where free, and new checklist items join their
 * parents already in the plan); `changed` and `cancelled` ones update their record's title, time
 * and cancellation unless the decision keeps the plan's; a Tierline series brings its EXDATEs and
 * overrides as changed occurrences, and when only those differ the window row itself is not
 * rewritten; a changed occurrence step (`row.step`) becomes its occurrence's override; `unchanged`
 * ones write nothing. Every
 * created or compared record's source is remembered, with the file's face as the new base, so
 * importing the same file again finds nothing to do. Throws as importedEventsToRecords does.
 */
export function planImportWrites(
  events: readonly ImportedEvent[],
  diff: ImportDiff,
  options: ImportWritesOptions,
): ImportWrites {
  const { calendar, decisions, plan, now } = options;
  const byKey = new Map(events.map((event) => [event.key, event]));
  const fresh = new Set(diff.rows.filter((row) => row.status === 'new').map((row) => row.key));
  const created: { key: string; kind: ImportSource['kind']; id: string }[] = [];
  const parentIds = new Map(plan.records.map((planned) => [icsUid(planned.record.id), planned.record.id]));
  const records = importedEventsToRecords(
    events.filter((event) => fresh.has(event.key)),
    {
      ...options,
      existingIds: plan.ids,
      parentIds,
      onRecord: (key, kind, id) => created.push({ key, kind, id }),
    },
  );
  const sources: ImportSource[] = [];
  const occurrences: ImportWrites['occurrences'] = { put: [], delete: [] };
  const addOccurrences = (writes: ImportWrites['occurrences']): void => {
    occurrences.put.push(...writes.put);
    occurrences.delete.push(...writes.delete);
  };
  const remember = (event: ImportedEvent, kind: ImportSource['kind'], recordId: string, hash: string) =>
    sources.push({
      id: sourceKey(calendar, event.uid, event.recurrenceId),
      calendar,
      uid: event.uid,
      recurrenceId: event.recurrenceId,
      recordId,
      kind,
      hash,
      importedAt: now,
    });
  for (const { key, kind, id } of created) {
    const event = byKey.get(key);
    const record =
      kind === 'announcement'
        ? records.announcements.find((candidate) => candidate.id === id)
        : records.windows.find((candidate) => candidate.id === id);
    if (!event || !record) continue;
    const planned = { kind, record } as PlannedRecord;
    const rows = exceptionWrites(planned, event, [], now);
    const series = kind === 'window' && event.exceptions ? seriesOf(record as MaintenanceWindow) : null;
    // A restored series' steps come back ticked, assigned and dated as the file has them.
    if (series)
      rows.put = stepRowsFromFile({
        series,
        exportedId: event.uid.replace(/@tierline$/, ''),
        events,
        rows: rows.put,
        settings: options.settings,
        now,
      });
    addOccurrences(rows);
    remember(event, kind, id, faceHash(recordFace(planned, rows.put)));
  }
  const updated: PlannedRecord[] = [];
  for (const row of diff.rows) {
    const event = byKey.get(row.key);
    if (!event || !row.match || row.status === 'unchanged' || row.status === 'new') continue;
    const { planned, before, after } = row.match;
    if (decisionFor(row, decisions) === 'theirs') {
      const next = onlyExceptionsDiffer(before, after) ? planned : withFace(planned, after, now);
      if (next !== planned) updated.push(next);
      const mine = (plan.occurrences ?? []).filter((stored) => stored.seriesId === planned.record.id);
      addOccurrences(exceptionWrites(next, event, mine, now));
    }
    // Kept or taken, the file's version is the new base: the same file again changes nothing.
    remember(event, planned.kind, planned.record.id, faceHash(after));
  }
  addOccurrences({ put: stepWrites(diff, decisions, plan.occurrences ?? [], occurrences, now), delete: [] });
  return { created: records, updated, sources, occurrences };
}

/**
 * The occurrence rows that give the plan the file's version of each changed occurrence step
 * (issue 11), on top of the rows as the plan has them after this import's other writes: the step's
 * override set, or dropped when the file has the step as generated; each row revised once.
 */
function stepWrites(
  diff: ImportDiff,
  decisions: Readonly<Record<string, ChangeDecision>>,
  stored: readonly WindowOccurrence[],
  writes: ImportWrites['occurrences'],
  now: Instant,
): WindowOccurrence[] {
  const gone = new Set(writes.delete);
  const rows = new Map(stored.filter((row) => !gone.has(row.id)).map((row) => [row.id, row]));
  for (const row of writes.put) rows.set(row.id, row);
  const changed = new Map<string, WindowOccurrence>();
  for (const row of diff.rows) {
    const step = row.step;
    if (!step || row.status !== 'changed' || decisionFor(row, decisions) !== 'theirs') continue;
    const id = occurrenceId(step.seriesId, step.originalStart);
    const current =
      changed.get(id) ?? revised(occurrenceChange(step.seriesId, step.originalStart, rows.get(id), now), now);
    const comms = { ...current.comms };
    if (step.override) comms[step.stepKey] = step.override;
    else delete comms[step.stepKey];
    changed.set(id, { ...current, comms });
  }
  return [...changed.values()];
}
