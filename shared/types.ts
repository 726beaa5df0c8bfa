/**
 * The Tierline domain model. These shapes are what Dexie stores, what backups carry and what
 * every exporter reads, so a field added here is a schema change: give it a default in the
 * migrations (shared/backup) before relying on it.
 */

/**
 * A calendar day, `yyyy-MM-dd`, with no time zone: launches and checklist due dates. Branded like
 * LocalDateTime: `toCalendarDay`/`isCalendarDay` in calendar-day.ts mint it from text, and
 * `trustedCalendarDay` from a day our own code has just formatted.
 */
export type CalendarDay = string & { readonly __timeKind: 'CalendarDay' };
/**
 * An instant as an ISO 8601 string in UTC, ending in `Z`. Branded like LocalDateTime:
 * `toInstant`/`isInstant` in zoned-time.ts mint it from text, and `trustedInstant` from our own
 * `Date#toISOString()`.
 */
export type Instant = string & { readonly __timeKind: 'Instant' };
/**
 * A wall-clock time `yyyy-MM-ddTHH:mm` that only means something together with an IANA zone.
 * Branded (as Excalidraw brands its point spaces) so it cannot be passed where an Instant or a
 * plain string is due, nor made from one unchecked: `toLocalDateTime`/`isLocalDateTime` in
 * zoned-time.ts mint it from text, `instantToLocal` and `localDateTimeOn` from our own values.
 */
export type LocalDateTime = string & { readonly __timeKind: 'LocalDateTime' };

/** The channels the marketing overview names, plus the maintenance ones the handbook asks for. */
export const CHANNELS = [
  'team-marketing',
  'blog',
  'newsletter',
  'array',
  'twitter',
  'linkedin',
  'slack-community',
  'email',
  'tutorial',
  'docs',
  'landing-page',
  'in-app-banner',
  'website-banner',
  'website',
  'listings',
  'partners',
  'internal-slack',
  'pr',
  'influencers',
  'events',
  'notification-bar',
  'service-message',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Owning teams from the marketing overview, then the others the handbook names. */
export const TEAMS = [
  'Content & Docs',
  'Words & Pictures',
  'Website & Vibes',
  'Marketing',
  'Customer Success',
  'Product',
  'Founder (@james406)',
  'Engineering',
] as const;

/**
 * When a checklist item is due, relative to what it belongs to.
 * - `launch`: whole days after (negative: before) an announcement's launch day.
 * - `next-array`: the first Array edition on or after launch (the edition day is a setting).
 * - `maintenance`: minutes after (negative: before) a maintenance window's start or end, or
 *   `planned`: as soon as the window is planned (due the day it is created).
 */
export type DueOffset =
  | { kind: 'launch'; days: number }
  | { kind: 'next-array' }
  | { kind: 'maintenance'; anchor: 'start' | 'end'; minutes: number }
  | { kind: 'maintenance'; anchor: 'planned'; minutes: 0 };

export type TemplateItem = {
  /** Stable within its set, so re-applying a template can recognise its own items. */
  id: string;
  title: string;
  channel: Channel;
  team: string;
  offset: DueOffset;
};

export type TierTemplate = {
  /** `minor` | `medium` | `major` in the current set, `tier-3` | `tier-2` | `tier-1` in the earlier one. */
  key: string;
  name: string;
  description: string;
  /** 1 is the biggest tier (Major / Tier 1): conflict rules and the Array draft read this, not names. */
  rank: 1 | 2 | 3;
  color: string;
  items: TemplateItem[];
};

export type TemplateSet = {
  /** `handbook-current`, `handbook-earlier`, or a UUID for imported or copied sets. */
  id: string;
  name: string;
  builtIn: boolean;
  tiers: TierTemplate[];
  updatedAt: Instant;
};

export const ANNOUNCEMENT_STATUSES = ['idea', 'planned', 'launched', 'cancelled'] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

export type AnnouncementLinks = { pr: string; docs: string; blog: string };

export type Announcement = {
  id: string;
  title: string;
  summary: string;
  launchDate: CalendarDay;
  /** `HH:mm` in `timeZone`, or null for an all-day launch. */
  launchTime: string | null;
  timeZone: string;
  templateSetId: string;
  tierKey: string;
  /** A person's id (see Person), or null when nobody owns it yet. */
  productOwnerId: string | null;
  marketingOwnerId: string | null;
  status: AnnouncementStatus;
  links: AnnouncementLinks;
  createdAt: Instant;
  updatedAt: Instant;
  /** Goes up on every change: ICS SEQUENCE reads it. */
  sequence: number;
};

/**
 * Someone who owns announcements and windows or is assigned checklist items (schema version 2).
 * Records point at people by id, not by name: renaming a person is one row, two spellings of
 * one name can not drift apart again, and merging two people is a reassignment of ids (issue 9).
 * Exports, plan files and the CLI still show names: ids never leave the database.
 */
export type Person = {
  id: string;
  /** As the planner typed it, trimmed and with inner whitespace collapsed. */
  name: string;
  /** `name` lower-cased: unique, so "Ben" and "ben " are one person (shared/people/names.ts). */
  nameKey: string;
  /** One of TEAMS or the planner's own; empty when none. */
  team: string;
  /** Empty when none. */
  email: string;
  /** Inactive people keep what they own but are not offered in owner pickers. */
  active: boolean;
  createdAt: Instant;
  updatedAt: Instant;
};

/** Per team, the person a generated checklist item of a channel is assigned to (ids of people). */
export type TeamDefaultOwners = Record<string, Partial<Record<Channel, string>>>;

export type ChecklistParentKind = 'announcement' | 'maintenance';

export type ChecklistItem = {
  id: string;
  parentId: string;
  parentKind: ChecklistParentKind;
  /** The template item it came from; null for items the planner added. */
  templateItemId: string | null;
  title: string;
  channel: Channel;
  team: string;
  /** The id of the person doing it (see Person); null when nobody is assigned yet. */
  assigneeId: string | null;
  offset: DueOffset | null;
  dueDate: CalendarDay;
  /** Set for timed items (maintenance communications); null for day-granular ones. */
  dueAt: Instant | null;
  /** The planner set the due date by hand: moving the parent leaves it alone. */
  dueOverridden: boolean;
  done: boolean;
  doneAt: Instant | null;
  notes: string;
  /** Added by the planner, not by a template. */
  custom: boolean;
  /** Kept after a tier change although the new tier has no such item, so the planner decides. */
  notInTier: boolean;
  order: number;
  updatedAt: Instant;
  sequence: number;
};

export const DISRUPTIONS = ['none', 'degraded', 'downtime'] as const;
export type Disruption = (typeof DISRUPTIONS)[number];
export const MAINTENANCE_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];
export type Audience = 'all' | 'affected';

export type MaintenanceWindow = {
  id: string;
  title: string;
  start: Instant;
  end: Instant;
  /** The zone the window was planned in; shown in its details and used for drafts. */
  timeZone: string;
  services: string[];
  disruption: Disruption;
  audience: Audience;
  /** The person running the work (see Person), or null. */
  ownerId: string | null;
  status: MaintenanceStatus;
  notes: string;
  /** Extra zones the drafts quote times in, for the audience. */
  audienceZones: string[];
  createdAt: Instant;
  updatedAt: Instant;
  sequence: number;
  /** Schema version 5 (issue 11): how the window repeats; absent when it does not. */
  recurrence?: Recurrence;
};

/**
 * How a maintenance window repeats (issue 11). The pattern is read off the series' first start in
 * its own zone: "monthly by date" repeats that day of the month, "monthly by weekday" repeats its
 * nth weekday ("2nd Tuesday"; a 5th weekday means the last one), "weekly" repeats on `weekdays`
 * (Sunday = 0 … Saturday = 6), and `interval` counts periods between occurrences.
 */
export type Recurrence = {
  freq: 'daily' | 'weekly' | 'monthly';
  interval: number;
  /** Weekly only; empty means the start's weekday. */
  weekdays: number[];
  monthlyBy: 'date' | 'weekday';
  ends: RepeatEnds;
};

/** "Never" is bounded by the plannable range; "until" is a day in the window's zone, inclusive. */
export type RepeatEnds =
  { kind: 'never' } | { kind: 'until'; day: CalendarDay } | { kind: 'count'; count: number };

/**
 * One occurrence of a series that a planner changed, keyed by the series and the occurrence's
 * original start (ICS RECURRENCE-ID). Occurrences nobody touched have no row: they and their
 * communications are generated for the range on screen or in an export.
 */
export type WindowOccurrence = {
  /** `${seriesId}@${originalStart}`. */
  id: string;
  seriesId: string;
  originalStart: Instant;
  /** Null while the occurrence keeps the series' time; the new times once moved on its own. */
  start: Instant | null;
  end: Instant | null;
  cancelled: boolean;
  /** Per-step changes to this occurrence's communications, by handbook step key. */
  comms: Record<string, OccurrenceStepOverride>;
  updatedAt: Instant;
  sequence: number;
};

/** What a planner changed on one generated communications step of one occurrence. */
export type OccurrenceStepOverride = {
  done: boolean;
  doneAt: Instant | null;
  assigneeId: string | null;
  /** Set when the planner dated the step by hand. */
  dueDate: CalendarDay | null;
};

/** Monday = 1 … Sunday = 0, as FullCalendar's `firstDay`. */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type Settings = {
  id: 'settings';
  weekStart: WeekStart;
  /** The planner's IANA zone; the calendar shows everything in it. */
  timeZone: string;
  /** Due dates that land on a weekend move to the Friday before. */
  businessDaysOnly: boolean;
  /** Day of the month the Array edition goes out (1–28). */
  arrayDayOfMonth: number;
  activeTemplateSetId: string;
  emailLeadDays: number;
  reminderLeadDays: number;
  maxItemsPerPersonPerDay: number;
  showChecklistMarkers: boolean;
  /** Schema version 2; absent in older plans, meaning no defaults. */
  teamDefaultOwners?: TeamDefaultOwners;
};
