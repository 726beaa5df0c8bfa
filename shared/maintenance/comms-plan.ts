import { newChecklistItem } from '../checklist/new-item';
import { revised } from '../revised';
import { requireDueDatesInRange } from '../checklist/due-range';
import { addCalendarDays, calendarDaysBetween } from '../calendar-day';
import type { ChecklistItem, Instant, MaintenanceWindow } from '../types';
import {
  addMinutesToInstant,
  instantToDay,
  instantToLocal,
  localToInstant,
  minutesBetween,
  toLocalDateTime,
  localDay,
  instantOf,
} from '../zoned-time';
import {
  DAY_MINUTES,
  MAINTENANCE_COMMS_STEPS,
  type CommsSettings,
  type CommsStep,
  type MaintenanceOffset,
} from './comms-steps';

export type { CommsSettings, MaintenanceOffset } from './comms-steps';

function shiftWallDays(instant: Instant, days: number, zone: string): Instant {
  const local = instantToLocal(instant, zone);
  return localToInstant(
    toLocalDateTime(`${addCalendarDays(localDay(local), days)}T${local.slice(11)}`),
    zone,
  );
}

/**
 * When a maintenance step is due. Offsets in whole days count calendar days in the window's
 * zone, so "7 days before" a 22:00 start is due at 22:00 local even across a DST change;
 * other offsets are real minutes. `planned` is the moment the window was created. Nothing
 * before the start is due before the window was planned: a job planned three days out gets
 * its week-ahead email due at once, not in the past.
 */
export function maintenanceDueAt(window: MaintenanceWindow, offset: MaintenanceOffset): Instant {
  if (offset.anchor === 'planned') return window.createdAt;
  const anchor = offset.anchor === 'start' ? window.start : window.end;
  const due =
    offset.minutes !== 0 && offset.minutes % DAY_MINUTES === 0
      ? shiftWallDays(anchor, offset.minutes / DAY_MINUTES, window.timeZone)
      : addMinutesToInstant(anchor, offset.minutes);
  if (offset.minutes >= 0) return due;
  const floor = Math.min(Date.parse(window.createdAt), Date.parse(anchor));
  return Date.parse(due) < floor ? instantOf(new Date(floor)) : due;
}

/** The steps that apply to this window: user-facing ones only when users would notice the work. */
function applicableSteps(
  window: MaintenanceWindow,
  settings: CommsSettings,
): { step: CommsStep; offset: MaintenanceOffset }[] {
  const out: { step: CommsStep; offset: MaintenanceOffset }[] = [];
  for (const step of MAINTENANCE_COMMS_STEPS) {
    if (step.userFacing && window.disruption === 'none') continue;
    const offset = step.offset(settings);
    if (offset) out.push({ step, offset });
  }
  return out;
}

/**
 * The handbook's communications checklist for a maintenance window, as timed items: tell
 * Marketing and Customer Success when planned; then, when users would notice (disruption not
 * `none`), the advance email, a reminder, the Notification Bar and `/service-message` at the
 * start, Customer Success's optional heads-up, and the clean-up at the end. Ids are
 * `${window.id}:${key}`, so generating twice gives the same items; `dueDate` is the day of
 * `dueAt` in the planner's zone. Throws DueDateOutOfRangeError, naming the item, when a due day
 * would fall outside the plannable range.
 */
export function generateCommsChecklist(args: {
  window: MaintenanceWindow;
  settings: CommsSettings;
  now: Instant;
}): ChecklistItem[] {
  const { window, settings, now } = args;
  const items = applicableSteps(window, settings).map(({ step, offset }, order): ChecklistItem => {
    const dueAt = maintenanceDueAt(window, offset);
    return newChecklistItem(
      {
        id: `${window.id}:${step.key}`,
        parentId: window.id,
        parentKind: 'maintenance',
        templateItemId: step.key,
        title: step.title(window, settings),
        channel: step.channel,
        team: step.team,
        assigneeId: step.assignee(window),
        offset,
        dueDate: instantToDay(dueAt, settings.timeZone),
        dueAt,
        notes: step.notes,
        order,
      },
      now,
    );
  });
  return requireDueDatesInRange(items);
}

function belongsTo(item: ChecklistItem, window: MaintenanceWindow): boolean {
  return item.parentKind === 'maintenance' && item.parentId === window.id;
}

function touched(item: ChecklistItem, now: Instant): ChecklistItem {
  return revised(item, now);
}

/**
 * The window's items after it moved from `before` to `after`. Open items that the planner has
 * not pinned (`dueOverridden`) follow the window: template steps are recomputed from their
 * anchor and offset, planner-added timed items shift by the same real time as the start, and
 * planner-added day items by the same number of days. Done and pinned items, and items of other
 * parents, come back untouched; only items that actually changed get a new `sequence`. Throws
 * DueDateOutOfRangeError when a moved item would fall outside the plannable range.
 */
export function moveCommsChecklist(
  items: readonly ChecklistItem[],
  before: MaintenanceWindow,
  after: MaintenanceWindow,
  settings: Pick<CommsSettings, 'timeZone'>,
  now: Instant,
): ChecklistItem[] {
  const shiftMinutes = minutesBetween(before.start, after.start);
  const shiftDays = calendarDaysBetween(
    instantToDay(before.start, settings.timeZone),
    instantToDay(after.start, settings.timeZone),
  );
  const moved = items.map((item) => {
    if (!belongsTo(item, after) || item.done || item.dueOverridden) return item;
    let dueAt = item.dueAt;
    let dueDate = item.dueDate;
    if (item.offset?.kind === 'maintenance') {
      dueAt = maintenanceDueAt(after, item.offset);
      dueDate = instantToDay(dueAt, settings.timeZone);
    } else if (item.offset === null && item.dueAt !== null) {
      dueAt = addMinutesToInstant(item.dueAt, shiftMinutes);
      dueDate = instantToDay(dueAt, settings.timeZone);
    } else if (item.offset === null) {
      dueDate = addCalendarDays(item.dueDate, shiftDays);
    }
    if (dueAt === item.dueAt && dueDate === item.dueDate) return item;
    return touched({ ...item, dueAt, dueDate }, now);
  });
  return requireDueDatesInRange(moved);
}

/** True when the planner has put work or thought into the item, so dropping it would lose it. */
function isEdited(item: ChecklistItem, pristine: ChecklistItem | undefined): boolean {
  if (item.done || item.dueOverridden || pristine === undefined) return true;
  return (
    item.title !== pristine.title ||
    item.assigneeId !== pristine.assigneeId ||
    item.notes !== pristine.notes ||
    item.channel !== pristine.channel ||
    item.team !== pristine.team
  );
}

export type RegeneratedComms = {
  /** Every item passed in that stays, updated, plus the newly added steps. */
  items: ChecklistItem[];
  /** Ids of untouched template items that no longer apply and were dropped. */
  removedIds: string[];
};

/**
 * Brings a window's communications checklist in line with an edit of the window (disruption,
 * audience, owner): steps that now apply are added; untouched steps take their new wording and
 * assignee, or go when they no longer apply; steps holding the planner's work (done, dated by
 * hand, retitled, assigned, noted) are kept as they are, flagged "not in this plan" when they no
 * longer apply. "Untouched" is judged against what `before` generated, so an audience change
 * rewords the emails the planner never edited.
 */
export function regenerateForWindowChange(
  items: readonly ChecklistItem[],
  before: MaintenanceWindow,
  after: MaintenanceWindow,
  settings: CommsSettings,
  now: Instant,
): RegeneratedComms {
  const wanted = new Map(
    generateCommsChecklist({ window: after, settings, now }).map((item) => [item.templateItemId, item]),
  );
  // Every step at its defaults for the window as it was, to tell an untouched item from an edited one.
  const pristine = new Map(
    generateCommsChecklist({ window: { ...before, disruption: 'downtime' }, settings, now }).map((item) => [
      item.templateItemId,
      item,
    ]),
  );

  const kept: ChecklistItem[] = [];
  const removedIds: string[] = [];
  const present = new Set<string>();
  for (const item of items) {
    if (!belongsTo(item, after) || item.custom || item.templateItemId === null) {
      kept.push(item);
      continue;
    }
    present.add(item.templateItemId);
    const fresh = wanted.get(item.templateItemId);
    const untouched = !isEdited(item, pristine.get(item.templateItemId));
    if (!fresh && untouched) {
      removedIds.push(item.id);
      continue;
    }
    const next =
      fresh && untouched
        ? { ...item, ...wordingOf(fresh), notInTier: false }
        : { ...item, notInTier: !fresh };
    kept.push(sameWording(item, next) && item.notInTier === next.notInTier ? item : touched(next, now));
  }
  const added = [...wanted.values()].filter(
    (item) => item.templateItemId !== null && !present.has(item.templateItemId),
  );
  return { items: [...kept, ...added], removedIds };
}

function wordingOf(
  item: ChecklistItem,
): Pick<ChecklistItem, 'title' | 'assigneeId' | 'notes' | 'channel' | 'team'> {
  return {
    title: item.title,
    assigneeId: item.assigneeId,
    notes: item.notes,
    channel: item.channel,
    team: item.team,
  };
}

function sameWording(a: ChecklistItem, b: ChecklistItem): boolean {
  return (
    a.title === b.title &&
    a.assigneeId === b.assigneeId &&
    a.notes === b.notes &&
    a.channel === b.channel &&
    a.team === b.team
  );
}
