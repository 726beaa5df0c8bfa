import type { JsonProblem } from '../plan-file/json-path';
import { jsonDepthProblem } from '../plan-file/json-depth';
import { issuesToProblems, jsonPath } from '../plan-file/json-path';
import type { Person } from '../types';
import type { BackupMigration } from './migrate';
import { BACKUP_MIGRATIONS, migrateBackup } from './migrate';
import type { Backup } from './schema';
import { backupSchema } from './schema';

export type BackupValidation =
  | { ok: true; backup: Backup; migratedFrom: number; warnings: JsonProblem[] }
  | { ok: false; problems: JsonProblem[] };

function duplicateIds(list: readonly { id: string }[], name: string): JsonProblem[] {
  const seen = new Set<string>();
  const problems: JsonProblem[] = [];
  list.forEach((record, index) => {
    if (seen.has(record.id))
      problems.push({
        path: jsonPath(['data', name, index, 'id']),
        message: `id "${record.id}" appears twice`,
      });
    seen.add(record.id);
  });
  return problems;
}

function duplicateNames(people: readonly Person[]): JsonProblem[] {
  const seen = new Set<string>();
  const problems: JsonProblem[] = [];
  people.forEach((person, index) => {
    if (seen.has(person.nameKey))
      problems.push({
        path: jsonPath(['data', 'people', index, 'name']),
        message: `"${person.name}" is in the people list twice`,
      });
    seen.add(person.nameKey);
  });
  return problems;
}

/**
 * Checks a parsed JSON value as a full Tierline backup, migrating older schema versions first.
 * Problems name their JSON path (`$.data.announcements[3].launchDate`); duplicate ids are problems;
 * checklist items whose parent is missing and announcements whose template set is missing are
 * warnings (the data is kept, as the planner may still want it). Days and instants outside the
 * plannable range and JSON nested deeper than MAX_JSON_DEPTH are problems. The input is never modified.
 */
export function validateBackup(
  json: unknown,
  steps: Readonly<Record<number, BackupMigration>> = BACKUP_MIGRATIONS,
): BackupValidation {
  // Before anything recursive reads it: a deeply nested file would otherwise exhaust the stack.
  const tooDeep = jsonDepthProblem(json);
  if (tooDeep) return { ok: false, problems: [tooDeep] };
  const migrated = migrateBackup(json, steps);
  if (!migrated.ok) return migrated;
  const parsed = backupSchema.safeParse(migrated.backup);
  if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.error.issues) };
  const { data } = parsed.data;
  const problems = [
    ...duplicateIds(data.announcements, 'announcements'),
    ...duplicateIds(data.checklistItems, 'checklistItems'),
    ...duplicateIds(data.maintenanceWindows, 'maintenanceWindows'),
    ...duplicateIds(data.templateSets, 'templateSets'),
    ...duplicateIds(data.people, 'people'),
    ...duplicateNames(data.people),
  ];
  if (problems.length > 0) return { ok: false, problems };
  const warnings: JsonProblem[] = [];
  const parents = new Set([
    ...data.announcements.map((a) => a.id),
    ...data.maintenanceWindows.map((w) => w.id),
  ]);
  data.checklistItems.forEach((item, index) => {
    if (!parents.has(item.parentId)) {
      warnings.push({
        path: jsonPath(['data', 'checklistItems', index, 'parentId']),
        message: `no announcement or window has id "${item.parentId}"`,
      });
    }
  });
  const sets = new Set(data.templateSets.map((set) => set.id));
  data.announcements.forEach((announcement, index) => {
    if (!sets.has(announcement.templateSetId)) {
      warnings.push({
        path: jsonPath(['data', 'announcements', index, 'templateSetId']),
        message: `template set "${announcement.templateSetId}" is not in the backup`,
      });
    }
  });
  return { ok: true, backup: parsed.data, migratedFrom: migrated.migratedFrom, warnings };
}
