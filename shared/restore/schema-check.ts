import type { z } from 'zod';
import {
  announcementSchema,
  checklistItemSchema,
  maintenanceWindowSchema,
  personSchema,
  settingsSchema,
} from '../backup/schema';
import { windowOccurrenceSchema } from '../recurrence/rule-schema';
import { templateSetSchema } from '../templates/template-schema';
import type { PlanTable, RowCheck } from './restore-plan';
import { passesRowGuard } from './row-guards';

const SCHEMAS: Record<PlanTable, z.ZodType> = {
  announcements: announcementSchema,
  checklistItems: checklistItemSchema,
  maintenanceWindows: maintenanceWindowSchema,
  templateSets: templateSetSchema,
  settings: settingsSchema,
  people: personSchema,
  windowOccurrences: windowOccurrenceSchema,
};

function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  // One line per field is enough to act on; a row with every field wrong stays readable.
  return issues.slice(0, 8).map((issue) => {
    const path = issue.path.map(String).join('.');
    if (path !== '' && issue.code === 'invalid_type' && issue.message.endsWith('received undefined'))
      return `${path} is missing`;
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
}

const NO_PROBLEMS: readonly string[] = [];

/**
 * The backup schemas' verdict on a stored row (shared/backup/schema.ts): no problems, or what is
 * wrong with it in words. Rows the zod-free guards vouch for skip the schema (same verdict, less work).
 */
export const schemaCheck: RowCheck = (table, row) => {
  if (passesRowGuard(table, row)) return NO_PROBLEMS;
  const result = SCHEMAS[table].safeParse(row);
  return result.success ? NO_PROBLEMS : describeIssues(result.error.issues);
};
