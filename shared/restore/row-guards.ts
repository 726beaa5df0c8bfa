import { isPlannableDay, PLANNABLE_FIRST_INSTANT, PLANNABLE_LAST_INSTANT } from '../plannable-range';
import { ANNOUNCEMENT_STATUSES, CHANNELS, DISRUPTIONS, MAINTENANCE_STATUSES } from '../types';
import { MAX_ITEMS_PER_TIER, MAX_OFFSET_DAYS, MAX_TIERS_PER_SET } from '../templates/template-limits';
import { isKnownTimeZone, instantOf } from '../zoned-time';
import { MAX_REPEAT_COUNT, MAX_REPEAT_INTERVAL } from '../recurrence/rule';
import type { PlanTable, RowCheck } from './restore-plan';

// Issue 13: the start-up read must not wait for zod (a quarter of the initial bundle). These guards
// answer "certainly passes its backup schema" for the rows the app writes, without zod; a row they
// can not vouch for goes to the schemas themselves (shared/restore/schema-check.ts), which load on
// demand. They may be stricter than the schemas, never looser: test/shared/restore/row-guards.test.ts
// checks that every row a guard accepts, the schema accepts too.

type Row = Record<string, unknown>;

const FIRST_MS = Date.parse(PLANNABLE_FIRST_INSTANT);
const LAST_MS = Date.parse(PLANNABLE_LAST_INSTANT);
// The form toISOString writes, which is every instant the app stores.
const ISO_MILLIS = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const FIRST_TEXT = instantOf(new Date(FIRST_MS));
const LAST_TEXT = instantOf(new Date(LAST_MS));
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const MAX_OFFSET_MINUTES = MAX_OFFSET_DAYS * 24 * 60;

// Plain objects only (what IndexedDB gives back for a row): stricter than zod's object check, so a
// Date or a Map where a record belongs is left to the schema.
function isRow(value: unknown): value is Row {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
const text = (value: unknown, max: number): boolean => typeof value === 'string' && value.length <= max;
const nonBlank = (value: unknown, max: number): boolean =>
  text(value, max) && (value as string).trim() !== '';
const id = (value: unknown): boolean => typeof value === 'string' && value.length >= 1 && value.length <= 300;
const idOrNull = (value: unknown): boolean => value === null || id(value);
const whole = (value: unknown, min: number, max: number): boolean =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
const sequence = (value: unknown): boolean => whole(value, 0, Number.MAX_SAFE_INTEGER);
const oneOf = (list: readonly unknown[]) => (value: unknown) => list.includes(value);
const isAnnouncementStatus = oneOf(ANNOUNCEMENT_STATUSES);
const isChannel = oneOf(CHANNELS);
const isDisruption = oneOf(DISRUPTIONS);
const isMaintenanceStatus = oneOf(MAINTENANCE_STATUSES);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An ISO instant as toISOString writes it, on a day that exists (checked by hand: this runs for every stored instant at start). */
function isoMillis(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_MILLIS.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] as number)) return false;
  // 29 February only in a leap year of the Gregorian calendar, as zod's date pattern has it.
  return month !== 2 || day !== 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

// Instants of this one form order as their text does, so the range is two string comparisons.
const instant = (value: unknown): boolean => isoMillis(value) && value >= FIRST_TEXT && value <= LAST_TEXT;

const instantOrNull = (value: unknown): boolean => value === null || instant(value);
const day = (value: unknown): boolean => typeof value === 'string' && isPlannableDay(value);
const zone = (value: unknown): boolean => typeof value === 'string' && isKnownTimeZone(value);
const every = (value: unknown, check: (element: unknown) => boolean, max = Infinity): boolean =>
  Array.isArray(value) && value.length <= max && value.every(check);

function dueOffset(value: unknown): boolean {
  if (!isRow(value)) return false;
  if (value.kind === 'launch') return whole(value.days, -MAX_OFFSET_DAYS, MAX_OFFSET_DAYS);
  if (value.kind === 'next-array') return true;
  if (value.kind !== 'maintenance') return false;
  if (value.anchor === 'planned') return value.minutes === 0;
  return (
    (value.anchor === 'start' || value.anchor === 'end') &&
    whole(value.minutes, -MAX_OFFSET_MINUTES, MAX_OFFSET_MINUTES)
  );
}

function announcement(row: Row): boolean {
  const links = row.links;
  return (
    id(row.id) &&
    text(row.title, 1000) &&
    text(row.summary, 100_000) &&
    day(row.launchDate) &&
    (row.launchTime === null || (typeof row.launchTime === 'string' && TIME_OF_DAY.test(row.launchTime))) &&
    zone(row.timeZone) &&
    id(row.templateSetId) &&
    typeof row.tierKey === 'string' &&
    row.tierKey !== '' &&
    idOrNull(row.productOwnerId) &&
    idOrNull(row.marketingOwnerId) &&
    isAnnouncementStatus(row.status) &&
    isRow(links) &&
    text(links.pr, 2000) &&
    text(links.docs, 2000) &&
    text(links.blog, 2000) &&
    instant(row.createdAt) &&
    instant(row.updatedAt) &&
    sequence(row.sequence)
  );
}

function checklistItem(row: Row): boolean {
  return (
    id(row.id) &&
    id(row.parentId) &&
    (row.parentKind === 'announcement' || row.parentKind === 'maintenance') &&
    (row.templateItemId === null || typeof row.templateItemId === 'string') &&
    text(row.title, 1000) &&
    isChannel(row.channel) &&
    text(row.team, 200) &&
    idOrNull(row.assigneeId) &&
    (row.offset === null || dueOffset(row.offset)) &&
    day(row.dueDate) &&
    instantOrNull(row.dueAt) &&
    typeof row.dueOverridden === 'boolean' &&
    typeof row.done === 'boolean' &&
    instantOrNull(row.doneAt) &&
    text(row.notes, 100_000) &&
    typeof row.custom === 'boolean' &&
    typeof row.notInTier === 'boolean' &&
    Number.isSafeInteger(row.order) &&
    instant(row.updatedAt) &&
    sequence(row.sequence)
  );
}

// A repeating window's rule (shared/recurrence/rule-schema.ts), as strict as its schema or stricter.
function recurrence(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isRow(value) || !isRow(value.ends)) return false;
  const ends = value.ends;
  const endsOk =
    ends.kind === 'never' ||
    (ends.kind === 'until' && day(ends.day)) ||
    (ends.kind === 'count' && whole(ends.count, 1, MAX_REPEAT_COUNT));
  return (
    (value.freq === 'daily' || value.freq === 'weekly' || value.freq === 'monthly') &&
    whole(value.interval, 1, MAX_REPEAT_INTERVAL) &&
    every(value.weekdays, (weekday) => whole(weekday, 0, 6), 7) &&
    (value.monthlyBy === 'date' || value.monthlyBy === 'weekday') &&
    endsOk
  );
}

function maintenanceWindow(row: Row): boolean {
  return (
    id(row.id) &&
    text(row.title, 1000) &&
    instant(row.start) &&
    instant(row.end) &&
    zone(row.timeZone) &&
    every(row.services, (service) => text(service, 200)) &&
    isDisruption(row.disruption) &&
    (row.audience === 'all' || row.audience === 'affected') &&
    idOrNull(row.ownerId) &&
    isMaintenanceStatus(row.status) &&
    text(row.notes, 100_000) &&
    every(row.audienceZones, zone) &&
    instant(row.createdAt) &&
    instant(row.updatedAt) &&
    sequence(row.sequence) &&
    recurrence(row.recurrence)
  );
}

function person(row: Row): boolean {
  const name = row.name;
  return (
    id(row.id) &&
    typeof name === 'string' &&
    name.length >= 1 &&
    name.length <= 200 &&
    name === name.trim().replace(/\s+/g, ' ') &&
    typeof row.nameKey === 'string' &&
    row.nameKey.length >= 1 &&
    row.nameKey.length <= 200 &&
    text(row.team, 200) &&
    text(row.email, 320) &&
    typeof row.active === 'boolean' &&
    instant(row.createdAt) &&
    instant(row.updatedAt)
  );
}

function distinct(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}

function templateItem(value: unknown): boolean {
  return (
    isRow(value) &&
    nonBlank(value.id, 200) &&
    nonBlank(value.title, 1000) &&
    isChannel(value.channel) &&
    nonBlank(value.team, 200) &&
    dueOffset(value.offset)
  );
}

function tier(value: unknown): boolean {
  return (
    isRow(value) &&
    nonBlank(value.key, 100) &&
    nonBlank(value.name, 200) &&
    text(value.description, 5000) &&
    (value.rank === 1 || value.rank === 2 || value.rank === 3) &&
    typeof value.color === 'string' &&
    COLOR.test(value.color) &&
    every(value.items, templateItem, MAX_ITEMS_PER_TIER) &&
    distinct((value.items as Row[]).map((item) => item.id))
  );
}

function templateSet(row: Row): boolean {
  return (
    nonBlank(row.id, 200) &&
    nonBlank(row.name, 200) &&
    typeof row.builtIn === 'boolean' &&
    Array.isArray(row.tiers) &&
    row.tiers.length >= 1 &&
    every(row.tiers, tier, MAX_TIERS_PER_SET) &&
    distinct((row.tiers as Row[]).map((entry) => entry.key)) &&
    isoMillis(row.updatedAt)
  );
}

function teamDefaultOwners(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isRow(value)) return false;
  return Object.entries(value).every(
    ([team, owners]) =>
      team.length <= 200 &&
      isRow(owners) &&
      Object.entries(owners).every(([channel, owner]) => isChannel(channel) && id(owner)),
  );
}

function settings(row: Row): boolean {
  return (
    row.id === 'settings' &&
    whole(row.weekStart, 0, 6) &&
    zone(row.timeZone) &&
    typeof row.businessDaysOnly === 'boolean' &&
    whole(row.arrayDayOfMonth, 1, 28) &&
    id(row.activeTemplateSetId) &&
    whole(row.emailLeadDays, 0, 365) &&
    whole(row.reminderLeadDays, 0, 365) &&
    whole(row.maxItemsPerPersonPerDay, 1, 1000) &&
    typeof row.showChecklistMarkers === 'boolean' &&
    teamDefaultOwners(row.teamDefaultOwners)
  );
}

// A changed occurrence of a repeating window (shared/recurrence/rule-schema.ts), as strict or stricter.
function stepOverride(value: unknown): boolean {
  return (
    isRow(value) &&
    typeof value.done === 'boolean' &&
    (value.doneAt === null || typeof value.doneAt === 'string') &&
    (value.assigneeId === null || text(value.assigneeId, 200)) &&
    (value.dueDate === null || day(value.dueDate))
  );
}

function windowOccurrence(row: Row): boolean {
  const comms = row.comms;
  return (
    text(row.id, 400) &&
    text(row.seriesId, 200) &&
    instant(row.originalStart) &&
    (row.start === null || instant(row.start)) &&
    (row.end === null || instant(row.end)) &&
    typeof row.cancelled === 'boolean' &&
    isRow(comms) &&
    Object.entries(comms).every(([key, override]) => key.length <= 100 && stepOverride(override)) &&
    instant(row.updatedAt) &&
    sequence(row.sequence)
  );
}

const GUARDS: Record<PlanTable, (row: Row) => boolean> = {
  announcements: announcement,
  checklistItems: checklistItem,
  maintenanceWindows: maintenanceWindow,
  templateSets: templateSet,
  settings,
  people: person,
  windowOccurrences: windowOccurrence,
};

/**
 * True only when `row` certainly passes the backup schema of `table` (shared/backup/schema.ts),
 * checked without zod. False means "not vouched for", not "damaged": such a row still needs the
 * schema's own verdict, which also says what is wrong.
 */
export function passesRowGuard(table: PlanTable, row: unknown): boolean {
  return isRow(row) && GUARDS[table](row);
}

/** Thrown by quickRowCheck for a row its guard can not vouch for: that read needs schemaCheck. */
export class SchemaCheckNeeded extends Error {
  constructor(readonly table: PlanTable) {
    super(`A stored ${table} row needs the schema check`);
    this.name = 'SchemaCheckNeeded';
  }
}

const NO_PROBLEMS: readonly string[] = [];

/**
 * A row check for restorePlan that needs no zod: every row its guard vouches for passes, and the
 * first it can not vouch for throws SchemaCheckNeeded, so the caller loads the schemas and reads
 * again with shared/restore/schema-check.ts (which also says what is wrong with the row).
 */
export const quickRowCheck: RowCheck = (table, row) => {
  if (passesRowGuard(table, row)) return NO_PROBLEMS;
  throw new SchemaCheckNeeded(table);
};
