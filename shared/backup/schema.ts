import { z } from 'zod';
import { isCalendarDay } from '../calendar-day';
import {
  isPlannableDay,
  outOfRangeMessage,
  PLANNABLE_FIRST_INSTANT,
  PLANNABLE_LAST_INSTANT,
} from '../plannable-range';
import { quoteValue } from '../text-limits';
import { dueOffsetSchema, templateSetSchema } from '../templates/template-schema';
import type { Announcement, ChecklistItem, MaintenanceWindow, Person, Settings, TemplateSet } from '../types';
import { ANNOUNCEMENT_STATUSES, CHANNELS, DISRUPTIONS, MAINTENANCE_STATUSES } from '../types';
import { isKnownTimeZone, trustedInstant } from '../zoned-time';
import { recurrenceSchema, windowOccurrenceSchema } from '../recurrence/rule-schema';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from './format';

export { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION };

const FIRST_MS = Date.parse(PLANNABLE_FIRST_INSTANT);
const LAST_MS = Date.parse(PLANNABLE_LAST_INSTANT);
// The format is checked first and stops the checks, so the range message quotes a short value.
const instant = z.iso
  .datetime({ error: 'must be an ISO instant in UTC, e.g. "2026-11-20T09:30:00.000Z"', abort: true })
  .refine(
    (value) => {
      const millis = Date.parse(value);
      return millis >= FIRST_MS && millis <= LAST_MS;
    },
    { error: (issue) => outOfRangeMessage(quoteValue(String(issue.input))) },
  )
  // Checked as an ISO instant in UTC above, so the parsed record already carries the brand.
  .transform(trustedInstant);
const day = z
  .string()
  .refine(isCalendarDay, { error: 'must be a date "yyyy-MM-dd"', abort: true })
  .refine(isPlannableDay, { error: (issue) => outOfRangeMessage(String(issue.input)) });
const zone = z.string().refine(isKnownTimeZone, 'must be an IANA time zone');
const id = z.string().min(1, 'must not be empty').max(300);
const sequence = z.number().int().min(0);

export const announcementSchema = z.object({
  id,
  title: z.string().max(1000),
  summary: z.string().max(100_000),
  launchDate: day,
  launchTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be "HH:mm" or null')
    .nullable(),
  timeZone: zone,
  templateSetId: id,
  tierKey: z.string().min(1),
  productOwnerId: id.nullable(),
  marketingOwnerId: id.nullable(),
  status: z.enum(ANNOUNCEMENT_STATUSES),
  links: z.object({ pr: z.string().max(2000), docs: z.string().max(2000), blog: z.string().max(2000) }),
  createdAt: instant,
  updatedAt: instant,
  sequence,
}) satisfies z.ZodType<Announcement>;

export const checklistItemSchema = z.object({
  id,
  parentId: id,
  parentKind: z.enum(['announcement', 'maintenance']),
  templateItemId: z.string().nullable(),
  title: z.string().max(1000),
  channel: z.enum(CHANNELS),
  team: z.string().max(200),
  assigneeId: id.nullable(),
  offset: dueOffsetSchema.nullable(),
  dueDate: day,
  dueAt: instant.nullable(),
  dueOverridden: z.boolean(),
  done: z.boolean(),
  doneAt: instant.nullable(),
  notes: z.string().max(100_000),
  custom: z.boolean(),
  notInTier: z.boolean(),
  order: z.number().int(),
  updatedAt: instant,
  sequence,
}) satisfies z.ZodType<ChecklistItem>;

export const maintenanceWindowSchema = z.object({
  id,
  title: z.string().max(1000),
  start: instant,
  end: instant,
  timeZone: zone,
  services: z.array(z.string().max(200)),
  disruption: z.enum(DISRUPTIONS),
  audience: z.enum(['all', 'affected']),
  ownerId: id.nullable(),
  status: z.enum(MAINTENANCE_STATUSES),
  notes: z.string().max(100_000),
  audienceZones: z.array(zone),
  createdAt: instant,
  updatedAt: instant,
  sequence,
  // Schema version 5 (issue 11): optional, so every older window and backup stays valid.
  recurrence: recurrenceSchema.optional(),
}) satisfies z.ZodType<MaintenanceWindow>;

export const settingsSchema = z.object({
  id: z.literal('settings'),
  weekStart: z.literal([0, 1, 2, 3, 4, 5, 6], { error: 'must be 0 (Sunday) to 6 (Saturday)' }),
  timeZone: zone,
  businessDaysOnly: z.boolean(),
  arrayDayOfMonth: z.number().int().min(1).max(28),
  activeTemplateSetId: id,
  emailLeadDays: z.number().int().min(0).max(365),
  reminderLeadDays: z.number().int().min(0).max(365),
  maxItemsPerPersonPerDay: z.number().int().min(1).max(1000),
  showChecklistMarkers: z.boolean(),
  teamDefaultOwners: z.record(z.string().max(200), z.partialRecord(z.enum(CHANNELS), id)).optional(),
}) satisfies z.ZodType<Settings>;

export const personSchema = z.object({
  id,
  name: z
    .string()
    .min(1, 'must not be empty')
    .max(200)
    .refine((name) => name === name.trim().replace(/\s+/g, ' '), 'must not have extra spaces'),
  nameKey: z.string().min(1).max(200),
  team: z.string().max(200),
  email: z.string().max(320),
  active: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
}) satisfies z.ZodType<Person>;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
  exportedAt: instant,
  data: z.object({
    announcements: z.array(announcementSchema),
    checklistItems: z.array(checklistItemSchema),
    maintenanceWindows: z.array(maintenanceWindowSchema),
    templateSets: z.array(templateSetSchema as z.ZodType<TemplateSet>),
    settings: settingsSchema,
    people: z.array(personSchema),
    // Issue 11: changed occurrences of repeating windows. Optional, so backups written before
    // (and by Tierlines without them) stay valid at the same schema version.
    windowOccurrences: z.array(windowOccurrenceSchema).optional(),
  }),
});

/** A full backup: everything Tierline stores, with the schema version it was written in. */
export type Backup = z.output<typeof backupSchema>;
