import fc from 'fast-check';
import type { FindConflictsInput } from '../../../shared/conflicts/find-conflicts';
import type { Announcement, Disruption, Instant } from '../../../shared/types';
import { makeAnnouncement } from '../../builders';
import { calendarDay, utcInstant } from '../../dates';
import { instantOf } from '../../../shared/zoned-time';

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
export const BASE = Date.UTC(2026, 0, 5);
export const NOW = utcInstant('2026-01-01T00:00:00.000Z');
export const TODAY = calendarDay('2026-03-02');
export const iso = (ms: number): Instant => instantOf(new Date(ms));

const SERVICE_NAMES = ['Ingestion', 'ingestion ', 'Query API', 'query api', 'Web', 'Billing'];
export const zone = fc.constantFrom(
  'UTC',
  'Europe/London',
  'America/New_York',
  'Asia/Tokyo',
  'Pacific/Auckland',
);
export const disruption = fc.constantFrom<Disruption>('none', 'degraded', 'downtime');
export const tierKey = fc.constantFrom('major', 'medium', 'minor');
export const services = fc.subarray(SERVICE_NAMES, { minLength: 1 });

/** Ranks by tier key, as the current handbook set names them. */
export const rankByTierKey = (a: Announcement): 1 | 2 | 3 | undefined =>
  a.tierKey === 'major' ? 1 : a.tierKey === 'medium' ? 2 : a.tierKey === 'minor' ? 3 : undefined;

export function settings(
  overrides: Partial<FindConflictsInput['settings']> = {},
): FindConflictsInput['settings'] {
  return { timeZone: 'Europe/London', businessDaysOnly: false, maxItemsPerPersonPerDay: 3, ...overrides };
}

export function input(parts: Partial<FindConflictsInput>): FindConflictsInput {
  return {
    announcements: [],
    windows: [],
    items: [],
    tierRankOf: rankByTierKey,
    settings: settings(),
    today: TODAY,
    ...parts,
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
export function wallClock(ms: number, launchZone: string): string {
  let formatter = formatters.get(launchZone);
  if (!formatter) {
    // sv-SE writes `yyyy-MM-dd HH:mm`, independently of the code under test.
    formatter = new Intl.DateTimeFormat('sv-SE', {
      timeZone: launchZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(launchZone, formatter);
  }
  return formatter.format(new Date(ms));
}

/** A launch written as the wall time `ms` shows in `zone`. */
export function launchAt(
  id: string,
  ms: number,
  launchZone: string,
  overrides: Partial<Announcement> = {},
): Announcement {
  const local = wallClock(ms, launchZone);
  const [launchDate = '', launchTime = ''] = local.split(' ');
  return makeAnnouncement({
    id,
    title: `Launch ${id}`,
    launchDate: calendarDay(launchDate),
    launchTime,
    timeZone: launchZone,
    ...overrides,
  });
}

export const keys = (conflicts: { key: string }[]): string[] =>
  conflicts.map((conflict) => conflict.key).sort();
