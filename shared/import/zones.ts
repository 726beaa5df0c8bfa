import ICAL from 'ical.js';
import type { Instant, LocalDateTime } from '../types';
import {
  instantToLocal,
  isKnownTimeZone,
  localToInstant,
  trustedLocalDateTime,
  instantOf,
} from '../zoned-time';
import type { TimezoneBlock } from './ics-lines';
import { neverMatchingRuleReason } from './rrule-never-matches';
import { OUTLOOK_DISPLAY_TO_IANA } from './outlook-display-zones';
import { windowsZoneToIana } from './windows-zones';

/** How a TZID was understood: an IANA zone, or the file's own VTIMEZONE rules when no name matches. */
export type ResolvedZone =
  { iana: string; via: 'iana' | 'windows' | 'path' | 'offset' } | { vtimezone: ICAL.Timezone; tzid: string };

const OUTLOOK_DISPLAY = /^\((?:UTC|GMT)([+-])(\d{2}):(\d{2})\)/i;

function fromName(tzid: string): ResolvedZone | undefined {
  if (/^(utc|gmt|z|etc\/utc|etc\/gmt)$/i.test(tzid)) return { iana: 'UTC', via: 'iana' };
  if (isKnownTimeZone(tzid) && tzid.includes('/')) return { iana: tzid, via: 'iana' };
  const windows = windowsZoneToIana(tzid);
  if (windows && isKnownTimeZone(windows)) return { iana: windows, via: 'windows' };
  const display = fromDisplayName(tzid);
  if (display) return display;
  // Calendar servers prefix IANA names with a vendor path: /mozilla.org/20050126_1/Europe/Berlin.
  const segments = tzid.split('/').filter((segment) => segment !== '');
  for (let take = Math.min(3, segments.length); take >= 2; take--) {
    const candidate = segments.slice(-take).join('/');
    if (isKnownTimeZone(candidate)) return { iana: candidate, via: 'path' };
  }
  return undefined;
}

// "(GMT+10:00) Canberra, Melbourne, Sydney" and "(UTC+10:00) Canberra, Melbourne, Sydney" name one zone;
// Outlook versions also differ in "&" or "and", and in spacing.
function displayKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^\(gmt/, '(utc')
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}

const DISPLAY = new Map(
  Object.entries(OUTLOOK_DISPLAY_TO_IANA).map(([name, zone]) => [displayKey(name), zone]),
);

// The places a display name lists after its offset: "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris".
function placesOf(key: string): { offset: string; places: string[] } {
  const close = key.indexOf(')');
  return {
    offset: key.slice(0, close + 1),
    places: key
      .slice(close + 1)
      .split(/,| and /)
      .map((place) => place.trim())
      .filter((place) => place !== ''),
  };
}

const DISPLAY_PLACES = [...DISPLAY].map(([key, zone]) => ({ ...placesOf(key), zone }));

// An Outlook display name, matched whole or (for a label this Outlook version words differently) by the
// same offset and one place in common, so a real zone with its DST is used whenever one is known.
function fromDisplayName(tzid: string): ResolvedZone | undefined {
  if (!tzid.startsWith('(')) return undefined;
  const key = displayKey(tzid);
  let zone = DISPLAY.get(key);
  if (!zone) {
    const { offset, places } = placesOf(key);
    zone = DISPLAY_PLACES.find(
      (entry) => entry.offset === offset && entry.places.some((place) => places.includes(place)),
    )?.zone;
  }
  return zone && isKnownTimeZone(zone) ? { iana: zone, via: 'windows' } : undefined;
}

function fromOutlookDisplay(tzid: string): ResolvedZone | undefined {
  // "(UTC+01:00) Amsterdam, Berlin…": the offset is all the name says for sure; DST is lost.
  const match = OUTLOOK_DISPLAY.exec(tzid);
  if (!match) return undefined;
  const [, sign, hours, minutes] = match as unknown as [string, string, string, string];
  if (minutes !== '00') return undefined;
  const value = Number(hours);
  if (value === 0) return { iana: 'UTC', via: 'offset' };
  // Etc/GMT signs are inverted by POSIX convention: UTC+01:00 is Etc/GMT-1.
  const zone = `Etc/GMT${sign === '+' ? '-' : '+'}${value}`;
  return isKnownTimeZone(zone) ? { iana: zone, via: 'offset' } : undefined;
}

/** Resolves TZIDs for one import, caching each answer; VTIMEZONEs are parsed only when needed. */
export class ZoneResolver {
  private readonly cache = new Map<string, ResolvedZone | null>();
  private readonly blocks: Map<string, TimezoneBlock>;

  constructor(timezones: TimezoneBlock[]) {
    this.blocks = new Map(timezones.map((block) => [block.tzid, block]));
  }

  /** The zone a TZID names, or undefined when neither its name nor the file defines it. */
  resolve(rawTzid: string): ResolvedZone | undefined {
    const tzid = rawTzid.trim().replace(/^"(.*)"$/, '$1');
    if (this.cache.has(tzid)) return this.cache.get(tzid) ?? undefined;
    const resolved = fromName(tzid) ?? this.fromBlock(tzid) ?? fromOutlookDisplay(tzid);
    this.cache.set(tzid, resolved ?? null);
    return resolved;
  }

  private fromBlock(tzid: string): ResolvedZone | undefined {
    const block = this.blocks.get(tzid);
    if (!block) return undefined;
    // ical.js expands a zone's own RRULEs with no limit: a rule that never matches would hang it.
    for (const match of block.text.matchAll(/^RRULE:(.*)$/gim))
      if (neverMatchingRuleReason(match[1] ?? '')) return undefined;
    try {
      const component = ICAL.Component.fromString(block.text);
      return { vtimezone: new ICAL.Timezone(component), tzid };
    } catch {
      return undefined;
    }
  }
}

/** The IANA zone to record for something planned in `zone` (a VTIMEZONE has none: use the fallback). */
export function zoneName(zone: ResolvedZone, fallback: string): string {
  return 'iana' in zone ? zone.iana : fallback;
}

/** The instant a wall-clock time (plus seconds) names in a resolved zone. */
export function zonedToInstant(local: LocalDateTime, seconds: number, zone: ResolvedZone): Instant {
  if ('iana' in zone) {
    const base = localToInstant(local, zone.iana);
    return seconds === 0 ? base : instantOf(new Date(new Date(base).getTime() + seconds * 1000));
  }
  const [date, time] = local.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const value = new ICAL.Time(
    { year, month, day, hour, minute, second: seconds, isDate: false },
    zone.vtimezone,
  );
  return instantOf(new Date(value.toUnixTime() * 1000));
}

/** The wall-clock time (and seconds) an instant shows in a resolved zone: the inverse of zonedToInstant. */
export function instantToZoned(
  instant: Instant,
  zone: ResolvedZone,
): { local: LocalDateTime; seconds: number } {
  const date = new Date(instant);
  if ('iana' in zone) return { local: instantToLocal(instant, zone.iana), seconds: date.getUTCSeconds() };
  const time = ICAL.Time.fromJSDate(date, true).convertToZone(zone.vtimezone);
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  return {
    local: trustedLocalDateTime(
      `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}T${pad(time.hour)}:${pad(time.minute)}`,
    ),
    seconds: time.second,
  };
}
