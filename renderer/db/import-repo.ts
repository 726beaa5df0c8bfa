import { adoptPeople } from '../../shared/people/adopt-people';
import type { ImportedEvent } from '../../shared/import/types';
import { diffImport } from '../../shared/import/import-diff';
import type { ChangeDecision } from '../../shared/import/import-plan';
import { planImportWrites } from '../../shared/import/import-plan';
import type { PlannedRecord } from '../../shared/import/record-face';
import type { ImportChoice } from '../../shared/import/to-records';
import { importedRecordProblems } from '../../shared/import/validate-records';
import type { PlanFile } from '../../shared/plan-file/schema';
import { planToRecords, type PlanRecords } from '../../shared/plan-file/to-records';
import type { Announcement, ChecklistItem, Instant, MaintenanceWindow } from '../../shared/types';
import type { ImportedTodo } from '../../shared/import/ics-todos';
import { todosAsChecklistItems } from '../../shared/import/ics-todos';
import type { RowChanges } from './change';
import { db } from './db';
import { followedChecklists, loadDiffPlan, plannedRecords } from './import-sources-repo';
import { newId, nowInstant } from './ids';
import { recordedChange } from './recorded-change';
import { loadSettings } from './settings-repo';
import { snapshotBefore } from './snapshots';
import { plural } from '../../shared/plural';

export type IcsImportRequest = {
  events: readonly ImportedEvent[];
  choices: Readonly<Record<string, ImportChoice>>;
  /** The tier (of the active template set) imported announcements are planned with. */
  tierKey: string;
  /** The calendar the file is, as the planner confirmed it: where its events' sources are remembered. */
  calendar?: string;
  /** Per changed event: keep the plan's record or take the file's (see decisionFor); none by default. */
  decisions?: Readonly<Record<string, ChangeDecision>>;
  /** The file's to-dos, to become checklist items of the announcement the planner chose. */
  todos?: { todos: readonly ImportedTodo[]; announcementId: string };
};

// The calendar of an import whose caller names none (the preview always names one).
const UNNAMED_CALENDAR = 'Imported calendar';

export type ImportCounts = { announcements: number; windows: number; items: number };

/** What a calendar import wrote: new records, and records it updated from a newer file. */
export type IcsImportCounts = ImportCounts & { updated: number; todos: number };

/**
 * Writes a previewed calendar file as ONE undoable change: all of it lands or none does. The file
 * is compared with the plan inside the transaction (diffImport): new events the planner kept become
 * records, changed ones update their record as decided (moving its checklist along), unchanged ones
 * write nothing, and every import source is remembered. The active template set and the settings
 * are read inside the transaction, so the records match the plan they land in.
 */
export async function importIcsEvents(
  request: IcsImportRequest,
  now: Instant = nowInstant(),
): Promise<IcsImportCounts> {
  const counts: IcsImportCounts = { announcements: 0, windows: 0, items: 0, updated: 0, todos: 0 };
  const kept = request.events.filter((event) => (request.choices[event.key] ?? 'skip') !== 'skip').length;
  await snapshotBefore('before-import');
  await recordedChange(`Import ${plural(kept, 'calendar event')}`, async () => {
    const settings = await loadSettings();
    const templateSet = await db.templateSets.get(settings.activeTemplateSetId);
    if (!templateSet)
      throw new Error('The active template set is missing: choose one under Templates first.');
    const calendar = request.calendar ?? UNNAMED_CALENDAR;
    const plan = await loadDiffPlan(calendar);
    const records = plannedRecords(plan);
    const writes = planImportWrites(request.events, diffImport(request.events, plan), {
      calendar,
      decisions: request.decisions ?? {},
      plan: {
        records,
        ids: new Set([...records.map((p) => p.record.id), ...plan.itemIds]),
        occurrences: plan.occurrences ?? [],
      },
      choices: request.choices,
      templateSet,
      tierKey: request.tierKey,
      settings,
      newId,
      now,
    });
    const created = writes.created;
    // Validated before the write: a bad record aborts the transaction and nothing lands.
    const problems = importedRecordProblems(created);
    if (problems.length > 0) throw new Error(`${problems.join('; ')}. Choose Skip for these events.`);
    const moved = await followedChecklists(writes.updated, plan, settings, now);
    const todoItems = await todoChecklistItems(request.todos, now);
    counts.todos = todoItems.length;
    const updated = (kind: PlannedRecord['kind']) =>
      writes.updated.flatMap((planned) => (planned.kind === kind ? [planned.record] : []));
    counts.announcements = created.announcements.length;
    counts.windows = created.windows.length;
    counts.items = created.items.length;
    // A series whose only change is a cancelled or moved occurrence counts as updated too.
    const touched = new Set(writes.updated.map((planned) => planned.record.id));
    for (const row of writes.occurrences.put)
      if (!created.windows.some((w) => w.id === row.seriesId)) touched.add(row.seriesId);
    for (const id of writes.occurrences.delete) touched.add(id.slice(0, id.indexOf('@')));
    counts.updated = touched.size;
    return {
      announcements: { put: [...created.announcements, ...(updated('announcement') as Announcement[])] },
      maintenanceWindows: { put: [...created.windows, ...(updated('window') as MaintenanceWindow[])] },
      checklistItems: { put: [...created.items, ...moved, ...todoItems] },
      importSources: { put: writes.sources },
      windowOccurrences: writes.occurrences,
    };
  });
  return counts;
}

// Read inside the import's transaction: the launch must still be there, and its items decide the order.
async function todoChecklistItems(
  request: IcsImportRequest['todos'],
  now: Instant,
): Promise<ChecklistItem[]> {
  if (!request || request.todos.length === 0) return [];
  const launch = await db.announcements.get(request.announcementId);
  if (!launch) throw new Error('The announcement chosen for the to-dos is no longer in the plan.');
  const existing = await db.checklistItems.where('parentId').equals(launch.id).toArray();
  return todosAsChecklistItems(request.todos, launch, existing, newId, now);
}

/** What to do with a plan-file record whose id is already in the plan. */
export type CollisionPolicy = 'skip' | 'replace';

/**
 * A plan file made ready to import by its preview: its records, generated once (checklists, ids,
 * occurrences), and the ids of its announcements and windows the plan held when it was prepared.
 * The write takes these very records (issue 13: an import built every record twice).
 */
export type PreparedPlan = { records: PlanRecords; collisions: string[] };

/** What turns a plan file into records: planToRecords, or in a test a wrapper that counts its calls. */
export type BuildPlanRecords = (plan: PlanFile, options: { now: Instant }) => PlanRecords;

/** Generates a validated plan's records for the preview, and finds which of their ids the plan already has. */
export async function preparePlanImport(
  plan: PlanFile,
  now: Instant = nowInstant(),
  build: BuildPlanRecords = planToRecords,
): Promise<PreparedPlan> {
  const records = build(plan, { now });
  return { records, collisions: await existingIds(records) };
}

// The ids of the records' announcements and windows that already exist in the database.
async function existingIds(records: Pick<PlanRecords, 'announcements' | 'windows'>): Promise<string[]> {
  const [announcements, windows] = await Promise.all([
    db.announcements.bulkGet(records.announcements.map((record) => record.id)),
    db.maintenanceWindows.bulkGet(records.windows.map((record) => record.id)),
  ]);
  return [...announcements, ...windows].flatMap((row) => (row ? [row.id] : []));
}

/**
 * Adds a prepared plan file's records, with their generated checklists, as ONE undoable change.
 * A record whose id already exists is left alone (`skip`) or replaced with its checklist (`replace`).
 * Which ids exist and which people the owners are is decided again inside the transaction, so the
 * rows match the plan they land in even if it changed while the preview was open. The plan's
 * built-in template set is added when the database lacks it; settings are not touched.
 */
export async function importPlan(prepared: PreparedPlan, policy: CollisionPolicy): Promise<ImportCounts> {
  const counts: ImportCounts = { announcements: 0, windows: 0, items: 0 };
  await snapshotBefore('before-import');
  await recordedChange('Import plan file', async () => {
    const planned = prepared.records;
    // Names in the file match the plan's people ignoring case; only new names add people.
    const records = { ...planned, ...adoptPeople(planned, await db.people.toArray()) };
    const existing = new Set(await existingIds(records));
    const keep = <T extends { id: string }>(rows: T[]): T[] =>
      policy === 'skip' ? rows.filter((row) => !existing.has(row.id)) : rows;
    const announcements = keep(records.announcements);
    const windows = keep(records.windows);
    const parents = new Set([...announcements, ...windows].map((row) => row.id));
    const items = records.items.filter((item) => parents.has(item.parentId));
    // A replaced record takes its checklist along: the old items go, custom ones included.
    const replaced = policy === 'replace' ? [...existing] : [];
    const oldItems =
      replaced.length > 0 ? await db.checklistItems.where('parentId').anyOf(replaced).primaryKeys() : [];
    // A series' changed occurrences land with it; a replaced series' old ones go, as its items do.
    const series = new Set(windows.map((row) => row.id));
    const oldOccurrences =
      replaced.length > 0 ? await db.windowOccurrences.where('seriesId').anyOf(replaced).primaryKeys() : [];
    const changes: RowChanges = {
      announcements: { put: announcements },
      maintenanceWindows: { put: windows },
      checklistItems: { delete: oldItems, put: items },
      windowOccurrences: {
        delete: oldOccurrences,
        put: (records.occurrences ?? []).filter((row) => series.has(row.seriesId)),
      },
      people: { put: announcements.length + windows.length > 0 ? records.newPeople : [] },
    };
    const templateSet = records.templateSets[0];
    if (templateSet && announcements.length > 0 && !(await db.templateSets.get(templateSet.id))) {
      changes.templateSets = { put: [templateSet] };
    }
    counts.announcements = announcements.length;
    counts.windows = windows.length;
    counts.items = items.length;
    return changes;
  });
  return counts;
}
