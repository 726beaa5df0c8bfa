import { adoptPeople } from '../../shared/people/adopt-people';
import type { ImportedEvent } from '../../shared/import/types';
import type { ImportChoice } from '../../shared/import/to-records';
import { importedEventsToRecords } from '../../shared/import/to-records';
import { importedRecordProblems } from '../../shared/import/validate-records';
import type { PlanFile } from '../../shared/plan-file/schema';
import { planToRecords } from '../../shared/plan-file/to-records';
import type { Instant } from '../../shared/types';
import type { RowChanges } from './change';
import { db } from './db';
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
};

export type ImportCounts = { announcements: number; windows: number; items: number };

/**
 * Writes the previewed calendar events the planner kept, with their checklists, as ONE undoable
 * change: all of them land or none does. The active template set and the settings are read inside
 * the transaction, so the records match the plan they land in.
 */
export async function importIcsEvents(
  request: IcsImportRequest,
  now: Instant = nowInstant(),
): Promise<ImportCounts> {
  const counts: ImportCounts = { announcements: 0, windows: 0, items: 0 };
  const kept = request.events.filter((event) => (request.choices[event.key] ?? 'skip') !== 'skip').length;
  await snapshotBefore('before-import');
  await recordedChange(`Import ${plural(kept, 'calendar event')}`, async () => {
    const settings = await loadSettings();
    const templateSet = await db.templateSets.get(settings.activeTemplateSetId);
    if (!templateSet)
      throw new Error('The active template set is missing: choose one under Templates first.');
    const records = importedEventsToRecords(request.events, {
      choices: request.choices,
      templateSet,
      tierKey: request.tierKey,
      settings,
      newId,
      now,
    });
    // Validated before the write: a bad record aborts the transaction and nothing lands.
    const problems = importedRecordProblems(records);
    if (problems.length > 0) throw new Error(`${problems.join('; ')}. Choose Skip for these events.`);
    counts.announcements = records.announcements.length;
    counts.windows = records.windows.length;
    counts.items = records.items.length;
    return {
      announcements: { put: records.announcements },
      maintenanceWindows: { put: records.windows },
      checklistItems: { put: records.items },
    };
  });
  return counts;
}

/** What to do with a plan-file record whose id is already in the plan. */
export type CollisionPolicy = 'skip' | 'replace';

/** The ids of a plan's announcements and windows that already exist in the database. */
export async function planCollisions(plan: PlanFile, now: Instant = nowInstant()): Promise<string[]> {
  const records = planToRecords(plan, { now });
  const [announcements, windows] = await Promise.all([
    db.announcements.bulkGet(records.announcements.map((record) => record.id)),
    db.maintenanceWindows.bulkGet(records.windows.map((record) => record.id)),
  ]);
  return [...announcements, ...windows].flatMap((row) => (row ? [row.id] : []));
}

/**
 * Adds a validated plan file's records, with their generated checklists, as ONE undoable change.
 * A record whose id already exists is left alone (`skip`) or replaced with its checklist (`replace`).
 * The plan's built-in template set is added when the database lacks it; settings are not touched.
 */
export async function importPlan(
  plan: PlanFile,
  policy: CollisionPolicy,
  now: Instant = nowInstant(),
): Promise<ImportCounts> {
  const counts: ImportCounts = { announcements: 0, windows: 0, items: 0 };
  await snapshotBefore('before-import');
  await recordedChange('Import plan file', async () => {
    const planned = planToRecords(plan, { now });
    // Names in the file match the plan's people ignoring case; only new names add people.
    const records = { ...planned, ...adoptPeople(planned, await db.people.toArray()) };
    const [existingAnnouncements, existingWindows] = await Promise.all([
      db.announcements.bulkGet(records.announcements.map((record) => record.id)),
      db.maintenanceWindows.bulkGet(records.windows.map((record) => record.id)),
    ]);
    const existing = new Set(
      [...existingAnnouncements, ...existingWindows].flatMap((row) => (row ? [row.id] : [])),
    );
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
    const changes: RowChanges = {
      announcements: { put: announcements },
      maintenanceWindows: { put: windows },
      checklistItems: { delete: oldItems, put: items },
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
