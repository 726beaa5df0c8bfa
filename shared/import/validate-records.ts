import type { z } from 'zod';
import { announcementSchema, checklistItemSchema, maintenanceWindowSchema } from '../backup/schema';
import {
  MAX_WINDOW_DAYS,
  MAX_WINDOW_MINUTES,
  isPlannableDay,
  isPlannableInstant,
  outOfRangeMessage,
} from '../plannable-range';
import type { ImportedRecords } from './to-records';

// A planner fixes the first few; a list of thousands says no more than they do.
const MAX_PROBLEMS = 20;

function issue(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.map(String).join('.')} ${first.message}` : 'is not valid';
}

/**
 * Why records built from a calendar import must not be written, or [] when every one may be: each
 * row is checked by the same schemas as a backup, every date against the plannable range (a
 * checklist item an offset pushes past 2199 included) and every window against its maximum length.
 * The import writes all the records in one transaction only when this is empty.
 */
export function importedRecordProblems(records: ImportedRecords): string[] {
  const problems: string[] = [];
  const titles = new Map<string, string>();
  for (const announcement of records.announcements) {
    titles.set(announcement.id, announcement.title);
    const parsed = announcementSchema.safeParse(announcement);
    if (!parsed.success) problems.push(`“${announcement.title}”: ${issue(parsed.error)}`);
    else if (!isPlannableDay(announcement.launchDate))
      problems.push(`“${announcement.title}”: ${outOfRangeMessage(announcement.launchDate)}`);
  }
  for (const window of records.windows) {
    titles.set(window.id, window.title);
    const parsed = maintenanceWindowSchema.safeParse(window);
    const minutes = (Date.parse(window.end) - Date.parse(window.start)) / 60_000;
    if (!parsed.success) problems.push(`“${window.title}”: ${issue(parsed.error)}`);
    else if (!isPlannableInstant(window.start) || !isPlannableInstant(window.end))
      problems.push(`“${window.title}”: ${outOfRangeMessage(window.start.slice(0, 10))}`);
    else if (!(minutes > 0 && minutes <= MAX_WINDOW_MINUTES))
      problems.push(`“${window.title}”: a maintenance window lasts at most ${MAX_WINDOW_DAYS} days`);
  }
  for (const item of records.items) {
    const parent = titles.get(item.parentId) ?? item.parentId;
    const parsed = checklistItemSchema.safeParse(item);
    if (!parsed.success) problems.push(`“${parent}”, item “${item.title}”: ${issue(parsed.error)}`);
    else if (!isPlannableDay(item.dueDate))
      problems.push(`“${parent}”, item “${item.title}” would be due ${outOfRangeMessage(item.dueDate)}`);
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems.slice(0, MAX_PROBLEMS);
}
