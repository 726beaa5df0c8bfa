import type { MaintenanceWindow } from '../types';
import { formatInstantInZone, isKnownTimeZone, minutesBetween } from '../zoned-time';
import { plural } from '../plural';

export type DraftOptions = { zones: string[] };
export type EmailDraft = { subject: string; body: string };

const SERVICE_PAGE = '/service-message';
const UTC_NAMES = new Set(['utc', 'etc/utc', 'etc/uct', 'uct', 'gmt', 'etc/gmt', 'zulu', 'etc/zulu']);

/**
 * The zones a draft quotes times in: the window's own zone first, then its audience zones, then
 * `extra`; unknown zones and repeats are left out, and so are UTC aliases because every draft
 * quotes UTC on its own line anyway.
 */
export function draftZones(window: MaintenanceWindow, extra: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const raw of [window.timeZone, ...window.audienceZones, ...extra]) {
    const zone = raw.trim();
    if (!isKnownTimeZone(zone) || UTC_NAMES.has(zone.toLowerCase()) || out.includes(zone)) continue;
    out.push(zone);
  }
  return out;
}

function servicesText(window: MaintenanceWindow): string {
  const names = window.services.map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0) return 'our services';
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** `5 hours`, `4 hours 30 minutes`, `45 minutes`: a length of real time for people. */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(plural(hours, 'hour'));
  if (rest > 0 || hours === 0) parts.push(plural(rest, 'minute'));
  return parts.join(' ');
}

function durationText(window: MaintenanceWindow): string {
  return formatDuration(minutesBetween(window.start, window.end));
}

/** One line per zone, UTC first, so every reader finds their own clock. */
function whenLines(window: MaintenanceWindow, zones: readonly string[]): string[] {
  const line = (label: string, zone: string): string =>
    `- ${label}: ${formatInstantInZone(window.start, zone)} to ${formatInstantInZone(window.end, zone)}`;
  return [line('UTC', 'UTC'), ...draftZones(window, zones).map((zone) => line(zone, zone))];
}

// What users notice, said plainly: no promises we could not keep, no softening of downtime.
function impactText(window: MaintenanceWindow, tense: 'will' | 'now'): string {
  const services = servicesText(window);
  const many = window.services.filter((name) => name.trim() !== '').length !== 1;
  const is = many ? 'are' : 'is';
  const it = many ? 'them' : 'it';
  switch (window.disruption) {
    case 'downtime':
      return tense === 'will'
        ? `${services} will be unavailable for the whole window. Anything that depends on ${it} during that time may fail, so please plan around it.`
        : `${services} ${is} unavailable while the work is underway. Anything that depends on ${it} may fail until we finish.`;
    case 'degraded':
      return tense === 'will'
        ? `${services} will stay up, but may be slower than usual or partly unavailable at times during the window.`
        : `${services} ${is} up, but may be slower than usual or partly unavailable at times until we finish.`;
    case 'none':
      return tense === 'will'
        ? `We don't expect you to notice anything in ${services}. We're telling you so nothing comes as a surprise.`
        : `We don't expect you to notice anything in ${services} while the work is underway.`;
  }
}

/**
 * A plain, honest email telling users about a planned window in advance: what happens (title
 * and services), when (in UTC and in each of the window's zones, see `draftZones`), how long,
 * what users will notice at this disruption level, and that `/service-message` has the latest
 * during the work. No hype and nothing the plan does not back up.
 */
export function draftAdvanceEmail(window: MaintenanceWindow, options: DraftOptions): EmailDraft {
  const services = servicesText(window);
  const kind = window.disruption === 'downtime' ? 'downtime' : 'maintenance';
  const subject = `Scheduled ${kind} for ${services}: ${formatInstantInZone(window.start, 'UTC')}`;
  const why =
    window.audience === 'affected'
      ? `You're getting this because you use ${services}.`
      : "We're sending this to everyone who uses our product.";
  const body = [
    'Hi,',
    '',
    `We have scheduled maintenance on ${services}: ${window.title}. ${why}`,
    '',
    `When (about ${durationText(window)}):`,
    ...whenLines(window, options.zones),
    '',
    'What you will notice:',
    impactText(window, 'will'),
    '',
    `While the work is underway, ${SERVICE_PAGE} has the latest, and we'll say there when it is finished.`,
    '',
    'Thanks for bearing with us.',
  ].join('\n');
  return { subject, body };
}

/**
 * The text for `/service-message`. `during`: what is happening, when (UTC and each zone), what
 * users notice now, and that this page will say when it is done. `after`: the maintenance is
 * finished and no maintenance is underway, with the times it was planned for.
 */
export function draftServiceMessage(
  window: MaintenanceWindow,
  options: DraftOptions & { phase: 'during' | 'after' },
): string {
  const services = servicesText(window);
  if (options.phase === 'after') {
    return [
      '# No maintenance is underway',
      '',
      `The scheduled maintenance on ${services} (${window.title}) is finished.`,
      '',
      'It was planned for:',
      ...whenLines(window, options.zones),
      '',
      `If something still looks wrong to you, tell us: it may be unrelated and we want to know.`,
    ].join('\n');
  }
  return [
    `# Scheduled maintenance in progress: ${window.title}`,
    '',
    `We're carrying out scheduled maintenance on ${services}.`,
    '',
    `**When** (about ${durationText(window)}):`,
    ...whenLines(window, options.zones),
    '',
    '**What you will notice**',
    impactText(window, 'now'),
    '',
    `We'll update this page (${SERVICE_PAGE}) when the work is finished.`,
  ].join('\n');
}
