import type { MaintenanceWindow, Settings } from '../../../shared/types';
import { localToInstant, toLocalDateTime } from '../../../shared/zoned-time';
import { makeMaintenanceWindow } from '../../builders';
import { utcInstant } from '../../dates';

export const NOW = utcInstant('2026-01-10T12:00:00.000Z');

/** The comms tests' window: a December downtime on two services, owned by Ada. */
export function makeWindow(overrides: Partial<MaintenanceWindow> = {}): MaintenanceWindow {
  return makeMaintenanceWindow({
    id: 'mw-1',
    start: utcInstant('2026-12-05T22:00:00.000Z'),
    end: utcInstant('2026-12-06T02:00:00.000Z'),
    services: ['Ingestion', 'Query API'],
    ownerId: 'p-ada',
    ...overrides,
  });
}

/** A window whose start and end are wall times in `zone`, as the form creates it. */
export function windowFromLocal(
  startLocal: string,
  endLocal: string,
  zone: string,
  overrides: Partial<MaintenanceWindow> = {},
): MaintenanceWindow {
  return makeWindow({
    start: localToInstant(toLocalDateTime(startLocal), zone),
    end: localToInstant(toLocalDateTime(endLocal), zone),
    timeZone: zone,
    ...overrides,
  });
}

export const COMMS_SETTINGS: Pick<Settings, 'emailLeadDays' | 'reminderLeadDays' | 'timeZone'> = {
  emailLeadDays: 7,
  reminderLeadDays: 1,
  timeZone: 'Europe/London',
};
