import type { Settings } from './types';

/**
 * The settings a new plan starts with. The zone is passed in because only the platform knows
 * the system's zone; everything else follows the handbook and the foundation issue.
 */
export function defaultSettings(systemTimeZone: string): Settings {
  return {
    id: 'settings',
    weekStart: 1,
    timeZone: systemTimeZone,
    businessDaysOnly: false,
    // The Array goes out monthly; the first working days of a month are when it usually lands.
    arrayDayOfMonth: 1,
    activeTemplateSetId: 'handbook-current',
    emailLeadDays: 7,
    reminderLeadDays: 1,
    maxItemsPerPersonPerDay: 5,
    showChecklistMarkers: false,
  };
}
