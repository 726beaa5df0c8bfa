import { z } from 'zod';
import { recurrenceSchema } from '../recurrence/rule-schema';
import { isCalendarDay } from '../calendar-day';
import { isPlannableDay, outOfRangeMessage } from '../plannable-range';
import { TEXT_LIMITS } from '../text-limits';
import {
  ANNOUNCEMENT_STATUSES,
  DISRUPTIONS,
  MAINTENANCE_STATUSES,
  type CalendarDay,
  type LocalDateTime,
} from '../types';
import { isKnownTimeZone, isLocalDateTime, localDay, trustedInstant } from '../zoned-time';

/**
 * The newest plan-file version this build reads. Version 2 (issue 11) adds a repeating window's
 * changed `occurrences`; a plan without any is still written as version 1, so older Tierlines keep
 * reading it, and version 1 files are read as before.
 */
export const PLAN_FILE_VERSION = 2;
/** The version of a plan file that carries no changed occurrences. */
export const PLAN_FILE_VERSION_PLAIN = 1;

/** Template sets a plan file may name (their tiers are what `tier` accepts). */
export const PLAN_TEMPLATE_SETS = ['handbook-current', 'handbook-earlier'] as const;

const text = (max: number) =>
  z.string().max(max, `must be at most ${max.toLocaleString('en-GB')} characters`);
// The length is checked first (abort) so a 5 MB "zone" never reaches Intl or a message.
const zone = z
  .string()
  .max(100, { error: 'must be an IANA time zone such as "Europe/London" or "UTC"', abort: true })
  .refine(isKnownTimeZone, 'must be an IANA time zone such as "Europe/London" or "UTC"');

/**
 * A value of the given format whose day lies in the plannable range. The format is checked first
 * and stops the checks, so the range message only ever quotes a short, well-formed value.
 */
function plannable<T extends string>(isFormat: (value: string) => value is T, formatMessage: string) {
  return z
    .string()
    .refine(isFormat, { error: formatMessage, abort: true })
    .refine((value) => isPlannableDay(value.slice(0, 10)), {
      error: (issue) => outOfRangeMessage(String(issue.input)),
    });
}
/** The day of a plan entry's `launch`: the date itself, or the day of its local date-time. */
export function launchDay(launch: CalendarDay | LocalDateTime): CalendarDay {
  return isCalendarDay(launch) ? launch : localDay(launch);
}

const localDateTime = plannable(isLocalDateTime, 'must be a local date-time "yyyy-MM-ddTHH:mm"');
// Ids become ICS UIDs and database keys: keep them to characters that need no escaping anywhere.
const id = z.string().regex(/^[A-Za-z0-9._~:@-]{1,128}$/, 'must be 1-128 letters, digits or . _ ~ : @ -');
const sequence = z.number().int('must be a whole number').min(0, 'must be 0 or more').default(0);
const title = z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters');
// A `done` entry names a checklist item by title or id; titles are at most 500 characters too.
const doneList = z.array(text(500)).max(1000, 'must list at most 1,000 items').default([]);

export const PLAN_ANNOUNCEMENT_KEYS = [
  'id',
  'title',
  'tier',
  'launch',
  'owner',
  'productOwner',
  'status',
  'summary',
  'links',
  'done',
  'sequence',
] as const;
export const PLAN_MAINTENANCE_KEYS = [
  'id',
  'title',
  'start',
  'end',
  'timeZone',
  'disruption',
  'services',
  'owner',
  'status',
  'notes',
  'audience',
  'audienceZones',
  'done',
  'sequence',
  'repeat',
  'occurrences',
] as const;
export const PLAN_OCCURRENCE_KEYS = [
  'originalStart',
  'start',
  'end',
  'cancelled',
  'steps',
  'sequence',
] as const;
export const PLAN_STEP_KEYS = ['done', 'doneAt', 'assignee', 'due'] as const;
export const PLAN_KEYS = [
  'tierline',
  'timeZone',
  'templateSet',
  'updatedAt',
  'announcements',
  'maintenance',
  'people',
] as const;
export const PLAN_PERSON_KEYS = ['name', 'team', 'email', 'active'] as const;
export const PLAN_LINK_KEYS = ['pr', 'docs', 'blog'] as const;

export const planAnnouncementSchema = z.object({
  id: id.optional(),
  title,
  tier: z.string().min(1, 'must name a tier').max(100, 'must be at most 100 characters'),
  launch: plannable(
    (value): value is CalendarDay | LocalDateTime => isCalendarDay(value) || isLocalDateTime(value),
    'must be a date "yyyy-MM-dd" or a local date-time "yyyy-MM-ddTHH:mm"',
  ),
  owner: text(TEXT_LIMITS.owner).default(''),
  productOwner: text(TEXT_LIMITS.owner).default(''),
  status: z.enum(ANNOUNCEMENT_STATUSES).default('planned'),
  summary: text(TEXT_LIMITS.summary).default(''),
  links: z
    .object({
      pr: text(TEXT_LIMITS.link).default(''),
      docs: text(TEXT_LIMITS.link).default(''),
      blog: text(TEXT_LIMITS.link).default(''),
    })
    .default({ pr: '', docs: '', blog: '' }),
  done: doneList,
  sequence,
});

const instant = z.iso
  .datetime({ error: 'must be an ISO instant such as "2026-11-20T09:30:00Z"' })
  .transform(trustedInstant);

/** What a planner changed on one communications step of one occurrence (issue 11). */
export const planOccurrenceStepSchema = z.object({
  done: z.boolean().default(false),
  doneAt: instant.nullable().default(null),
  // A name, as owners are: it matches a person of the plan ignoring case and spacing.
  assignee: text(TEXT_LIMITS.owner).default(''),
  due: plannable(isCalendarDay, 'must be a date "yyyy-MM-dd"').nullable().default(null),
});

// Step keys are the handbook's ("advance-email"). zod drops a "__proto__" key from a record by itself.
const stepKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);

/**
 * One changed occurrence of a repeating window (plan-file version 2): found by the start the rule
 * gives it (`originalStart`, wall-clock in the window's zone), then cancelled, moved (`start` and
 * `end`) or with changed communications steps (`steps`, by step key).
 */
export const planOccurrenceSchema = z.object({
  originalStart: localDateTime,
  start: localDateTime.optional(),
  end: localDateTime.optional(),
  cancelled: z.boolean().default(false),
  steps: z
    .record(stepKey, planOccurrenceStepSchema, {
      error: (issue) =>
        issue.code === 'invalid_key' ? 'is not a communications step key such as "advance-email"' : undefined,
    })
    .refine((steps) => Object.keys(steps).length <= 50, 'must list at most 50 steps')
    .default({}),
  sequence,
});

export const planMaintenanceSchema = z.object({
  id: id.optional(),
  title,
  start: localDateTime,
  end: localDateTime,
  timeZone: zone.optional(),
  disruption: z.enum(DISRUPTIONS).default('downtime'),
  services: z.array(text(TEXT_LIMITS.service)).max(100, 'must list at most 100 services').default([]),
  owner: text(TEXT_LIMITS.owner).default(''),
  status: z.enum(MAINTENANCE_STATUSES).default('planned'),
  notes: text(10_000).default(''),
  audience: z.enum(['all', 'affected']).default('affected'),
  audienceZones: z.array(zone).max(50, 'must list at most 50 zones').default([]),
  done: doneList,
  sequence,
  // Issue 11: how the window repeats; absent for a one-off window (and in older plan files).
  repeat: recurrenceSchema.optional(),
  // Plan-file version 2: the series' changed occurrences; absent when none changed.
  occurrences: z.array(planOccurrenceSchema).max(1000, 'must list at most 1,000 occurrences').optional(),
});

/**
 * A person of the plan (optional, issue 9): owners in announcements and windows stay names, and a
 * name matches a person here ignoring case and spacing; names not listed become people too.
 */
export const planPersonSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(TEXT_LIMITS.owner, `must be at most ${TEXT_LIMITS.owner} characters`),
  team: text(TEXT_LIMITS.owner).default(''),
  email: text(320).default(''),
  active: z.boolean().default(true),
});

export const planFileSchema = z.object({
  tierline: z.union([z.literal(PLAN_FILE_VERSION_PLAIN), z.literal(PLAN_FILE_VERSION)], {
    error: 'must be 1 or 2 (the plan-file version)',
  }),
  timeZone: zone.default('UTC'),
  templateSet: z.enum(PLAN_TEMPLATE_SETS).default('handbook-current'),
  updatedAt: z.iso
    .datetime({ error: 'must be an ISO instant such as "2026-11-20T09:30:00Z"' })
    .transform(trustedInstant)
    .optional(),
  announcements: z.array(planAnnouncementSchema).default([]),
  maintenance: z.array(planMaintenanceSchema).default([]),
  // Optional, so a plan file written before people existed is still version 1 and still imports.
  people: z.array(planPersonSchema).max(10_000, 'must list at most 10,000 people').optional(),
});

/** A plan file after validation, defaults filled in. */
export type PlanFile = z.output<typeof planFileSchema>;
export type PlanAnnouncement = z.output<typeof planAnnouncementSchema>;
export type PlanMaintenance = z.output<typeof planMaintenanceSchema>;
export type PlanPerson = z.output<typeof planPersonSchema>;
export type PlanOccurrence = z.output<typeof planOccurrenceSchema>;
/** A plan file as written: optional fields may be left out. */
export type PlanFileInput = z.input<typeof planFileSchema>;
