import type { DayTools } from '../day-tools';
import type { LocalDateTime } from '../types';
import {
  instantToLocal,
  localToInstant,
  trustedLocalDateTime,
  instantOf,
  trustedInstant,
} from '../zoned-time';
import type { ImportedEvent } from './types';
import { trustedCalendarDay } from '../calendar-day';

/** An override written `RECURRENCE-ID;RANGE=THISANDFUTURE`: it changes its occurrence and every later one. */
export type RangeOverride = { uid: string; key: string };

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

function wallMs(local: string): number {
  return Date.parse(`${local}:00Z`);
}

function wallOf(ms: number): LocalDateTime {
  return trustedLocalDateTime(new Date(ms).toISOString().slice(0, 16));
}

// The later occurrence moved as RFC 5545 §3.8.4.4 (RANGE=THISANDFUTURE) asks and ical.js does: by the
// wall-clock shift from the override's RECURRENCE-ID to its DTSTART, lasting as long as the override.
function moved(occurrence: ImportedEvent, override: ImportedEvent, tools: DayTools): ImportedEvent | null {
  const texts = {
    title: override.title,
    description: override.description,
    location: override.location,
    url: override.url,
    categories: override.categories,
    status: override.status,
  };
  if (override.allDay) {
    const shift = Math.round((Date.parse(override.start) - Date.parse(override.recurrenceId ?? '')) / DAY_MS);
    const length = Math.round((Date.parse(override.end) - Date.parse(override.start)) / DAY_MS);
    if (!Number.isFinite(shift) || !Number.isFinite(length)) return null;
    // An all-day occurrence's start is a day the importer wrote.
    const start = tools.addDays(trustedCalendarDay(occurrence.start), shift);
    return { ...occurrence, ...texts, start, end: tools.addDays(start, length) };
  }
  const zone = override.timeZone;
  if (override.recurrenceId === null || occurrence.recurrenceId === null) return null;
  const shift =
    wallMs(instantToLocal(trustedInstant(override.start), zone)) -
    wallMs(instantToLocal(trustedInstant(override.recurrenceId), occurrence.timeZone));
  const wall = wallMs(instantToLocal(trustedInstant(occurrence.start), occurrence.timeZone)) + shift;
  if (!Number.isFinite(wall) || shift % MINUTE_MS !== 0) return null;
  const start = localToInstant(wallOf(wall), zone);
  const end = instantOf(new Date(Date.parse(start) + Date.parse(override.end) - Date.parse(override.start)));
  return { ...occurrence, ...texts, start, end, timeZone: zone };
}

/**
 * Applies each RANGE=THISANDFUTURE override to the later occurrences of its series that no override of
 * their own replaces, in `events` (by key). Each occurrence follows the latest such override before it.
 * Returns how many occurrences moved.
 */
export function applyRangeOverrides(
  events: Map<string, ImportedEvent>,
  ranges: readonly RangeOverride[],
  overrides: ReadonlySet<string>,
  tools: DayTools,
): number {
  const bySeries = new Map<string, ImportedEvent[]>();
  for (const range of ranges) {
    const override = events.get(range.key);
    if (!override?.recurrenceId) continue;
    bySeries.set(range.uid, [...(bySeries.get(range.uid) ?? []), override]);
  }
  if (bySeries.size === 0) return 0;
  let count = 0;
  for (const [key, occurrence] of events) {
    const candidates = bySeries.get(occurrence.uid);
    const id = occurrence.recurrenceId;
    if (!candidates || id === null || overrides.has(key)) continue;
    let latest: ImportedEvent | undefined;
    for (const candidate of candidates) {
      const from = candidate.recurrenceId ?? '';
      // Ids of one kind only (days with days, instants with instants): ISO text orders them.
      if (from.length !== id.length || from >= id) continue;
      if (!latest || from > (latest.recurrenceId ?? '')) latest = candidate;
    }
    let next: ImportedEvent | null = null;
    try {
      next = latest ? moved(occurrence, latest, tools) : null;
    } catch {
      // A date library's RangeError stays here: the occurrence keeps the series' time.
    }
    if (next) {
      events.set(key, next);
      count++;
    }
  }
  return count;
}
