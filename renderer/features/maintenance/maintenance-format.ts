import type { MaintenanceDraft } from '../../../shared/maintenance/window-input';
import type { MaintenanceWindow, Settings, Instant } from '../../../shared/types';
import { instantToLocal, minutesBetween, trustedInstant } from '../../../shared/zoned-time';

// The panel and the dialog word durations exactly as the drafts do.
export { formatDuration } from '../../../shared/maintenance/drafts';

/**
 * Minutes a wall clock in `zone` shows between start and end. It differs from the real duration
 * when the clocks change during the window, which the planner should hear about.
 */
export function wallClockMinutes(start: Instant, end: Instant, zone: string): number {
  // Each wall-clock time read as if it were UTC, so their distance is the one the clock shows.
  const asUtc = (instant: Instant) => trustedInstant(`${instantToLocal(instant, zone)}:00Z`);
  return minutesBetween(asUtc(start), asUtc(end));
}

export const DISRUPTION_LABELS: Record<MaintenanceWindow['disruption'], string> = {
  none: 'None: users will not notice',
  degraded: 'Degraded: slower or partly unavailable',
  downtime: 'Downtime: unavailable',
};

export const STATUS_LABELS: Record<MaintenanceWindow['status'], string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const AUDIENCE_LABELS: Record<MaintenanceWindow['audience'], string> = {
  affected: 'Affected users',
  all: 'All users',
};

/** The form's text fields: lists are typed comma-separated. */
export type MaintenanceFormText = Omit<MaintenanceDraft, 'services' | 'audienceZones'> & {
  services: string;
  audienceZones: string;
};

/** Splits a comma-separated field into its entries (validation trims and dedupes them). */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A blank form for a new window between two wall times in the planner's zone. */
export function newWindowForm(
  startLocal: string,
  endLocal: string,
  settings: Pick<Settings, 'timeZone'>,
): MaintenanceFormText {
  return {
    title: '',
    startLocal,
    endLocal,
    timeZone: settings.timeZone,
    services: '',
    disruption: 'downtime',
    audience: 'affected',
    ownerId: null,
    status: 'planned',
    notes: '',
    audienceZones: '',
  };
}

/** The form filled from a stored window, its times as wall times in the window's own zone. */
export function formFromWindow(window: MaintenanceWindow): MaintenanceFormText {
  return {
    title: window.title,
    startLocal: instantToLocal(window.start, window.timeZone),
    endLocal: instantToLocal(window.end, window.timeZone),
    timeZone: window.timeZone,
    services: window.services.join(', '),
    disruption: window.disruption,
    audience: window.audience,
    ownerId: window.ownerId,
    status: window.status,
    notes: window.notes,
    audienceZones: window.audienceZones.join(', '),
  };
}

/** What validateMaintenanceInput reads. */
export function toMaintenanceDraft(form: MaintenanceFormText): MaintenanceDraft {
  return { ...form, services: splitList(form.services), audienceZones: splitList(form.audienceZones) };
}
