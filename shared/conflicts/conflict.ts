import { addCalendarDays, isCalendarDay } from '../calendar-day';
import type { Announcement, CalendarDay, ChecklistItem } from '../types';
import { instantToDay, isKnownTimeZone, localToInstant, toLocalDateTime } from '../zoned-time';

/** Every kind of schedule conflict, in the order a list of them is shown. */
export const CONFLICT_KINDS = [
  'launch-during-maintenance',
  'overlapping-maintenance',
  'majors-too-close',
  'person-overloaded',
  'overdue',
  'weekend-due',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export type ConflictRef = { kind: 'announcement' | 'maintenance' | 'checklist-item'; id: string };

/** A warning about the plan. Conflicts never block a change; the planner decides. */
export type Conflict = {
  /** Stable across runs and input order: the UI tracks (and may dismiss) a conflict by it. */
  key: string;
  kind: ConflictKind;
  message: string;
  refs: ConflictRef[];
  /** The day the calendar shows the conflict on, in the planner's zone. */
  day: CalendarDay;
};

/** `kind:id|id…` with the ids sorted, so the same cause always gets the same key whatever the input order. */
export function conflictKey(kind: ConflictKind, refs: readonly ConflictRef[]): string {
  return `${kind}:${refs
    .map((ref) => ref.id)
    .sort()
    .join('|')}`;
}

/** Builds a conflict with its stable key. */
export function makeConflict(
  kind: ConflictKind,
  refs: ConflictRef[],
  message: string,
  day: CalendarDay,
): Conflict {
  return { key: conflictKey(kind, refs), kind, message, refs, day };
}

/** Epoch milliseconds, for interval arithmetic on instants. */
export function ms(instant: string): number {
  return Date.parse(instant);
}

/** The span of time an announcement's launch occupies, in epoch milliseconds. */
export type LaunchSpan = { from: number; to: number; timed: boolean; day: CalendarDay };

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * When an announcement launches. A timed launch is the instant its day and time name in its
 * own zone (`from === to`); an all-day launch is the whole launch day in the planner's zone,
 * `[midnight, next midnight)`. `day` is the planner's day of the launch. Null when the record
 * holds no readable launch day.
 */
export function launchSpan(announcement: Announcement, plannerZone: string): LaunchSpan | null {
  const { launchDate, launchTime, timeZone } = announcement;
  if (!isCalendarDay(launchDate)) return null;
  if (launchTime !== null && TIME_PATTERN.test(launchTime) && isKnownTimeZone(timeZone)) {
    const instant = localToInstant(toLocalDateTime(`${launchDate}T${launchTime}`), timeZone);
    return { from: ms(instant), to: ms(instant), timed: true, day: instantToDay(instant, plannerZone) };
  }
  return {
    from: ms(localToInstant(toLocalDateTime(`${launchDate}T00:00`), plannerZone)),
    to: ms(localToInstant(toLocalDateTime(`${addCalendarDays(launchDate, 1)}T00:00`), plannerZone)),
    timed: false,
    day: launchDate,
  };
}

/** Items that can still cause trouble: not done, with a readable due day. */
export function isOpenItem(item: ChecklistItem): boolean {
  return !item.done && isCalendarDay(item.dueDate);
}

/** Quotes a title the way messages do. */
export function quoted(title: string): string {
  return `“${title.trim() || 'Untitled'}”`;
}
