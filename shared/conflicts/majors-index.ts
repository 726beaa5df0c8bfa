import { calendarDaysBetween, isCalendarDay, toCalendarDay } from '../calendar-day';
import type { Announcement, CalendarDay } from '../types';
import type { Conflict } from './conflict';
import type { ConflictLedger } from './conflict-ledger';
import { MAJORS_MIN_GAP_DAYS, majorsTooClose } from './majors-too-close';

type RankOf = (announcement: Announcement) => 1 | 2 | 3 | undefined;

const ORIGIN = toCalendarDay('1970-01-01');

// A day as a number, so the days around a launch are found without date arithmetic (which has no
// year 0 to step through near the range's ends): calendarDaysBetween is exact for real days.
function dayNumber(day: CalendarDay): number {
  return calendarDaysBetween(ORIGIN, day);
}

/**
 * The majors-too-close rule kept pair by pair: the live major launches by day, and the conflicts
 * each one is in, so a moved launch is compared only with the majors within a week of where it
 * was and where it is (issue 13: the whole rule ran after every write).
 */
export class MajorsIndex {
  private readonly byDay = new Map<number, Set<Announcement>>();
  private readonly pairs = new Map<string, Set<Conflict>>();

  constructor(private readonly ledger: ConflictLedger) {}

  /**
   * The announcement joins the plan: its pairs with every major within a week, exactly as
   * `majorsTooClose` finds them (it is asked about each pair). Ids must be unique.
   */
  add(announcement: Announcement, rankOf: RankOf): void {
    if (!isMajor(announcement, rankOf)) return;
    const day = dayNumber(announcement.launchDate);
    for (let near = day - MAJORS_MIN_GAP_DAYS; near <= day + MAJORS_MIN_GAP_DAYS; near++) {
      for (const other of this.byDay.get(near) ?? []) {
        for (const conflict of majorsTooClose([announcement, other], rankOf)) {
          this.ledger.add(conflict);
          this.pairsOf(announcement.id).add(conflict);
          this.pairsOf(other.id).add(conflict);
        }
      }
    }
    let sameDay = this.byDay.get(day);
    if (!sameDay) this.byDay.set(day, (sameDay = new Set()));
    sameDay.add(announcement);
  }

  /** The announcement (the very object that was added) leaves the plan, with its pairs. */
  remove(announcement: Announcement): void {
    for (const conflict of this.pairs.get(announcement.id) ?? []) {
      this.ledger.remove(conflict);
      for (const ref of conflict.refs)
        if (ref.id !== announcement.id) this.pairs.get(ref.id)?.delete(conflict);
    }
    this.pairs.delete(announcement.id);
    if (!isCalendarDay(announcement.launchDate)) return;
    const day = dayNumber(announcement.launchDate);
    const sameDay = this.byDay.get(day);
    sameDay?.delete(announcement);
    if (sameDay?.size === 0) this.byDay.delete(day);
  }

  /** Every pair withdrawn (the tiers changed, so every rank must be read again). */
  clear(): void {
    for (const conflicts of this.pairs.values())
      for (const conflict of conflicts) this.ledger.remove(conflict);
    this.pairs.clear();
    this.byDay.clear();
  }

  private pairsOf(id: string): Set<Conflict> {
    let conflicts = this.pairs.get(id);
    if (!conflicts) this.pairs.set(id, (conflicts = new Set()));
    return conflicts;
  }
}

// The same filter majorsTooClose applies before pairing.
function isMajor(announcement: Announcement, rankOf: RankOf): boolean {
  return (
    announcement.status !== 'cancelled' &&
    isCalendarDay(announcement.launchDate) &&
    rankOf(announcement) === 1
  );
}
