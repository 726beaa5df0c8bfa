import { shortenForMessage } from './text-limits';
import type { Settings, WeekStart } from './types';
import { isKnownTimeZone } from './zoned-time';

/** What the settings form collects, as typed. */
export type SettingsDraft = {
  weekStart: string;
  timeZone: string;
  arrayDayOfMonth: string;
  emailLeadDays: string;
  reminderLeadDays: string;
  maxItemsPerPersonPerDay: string;
  businessDaysOnly: boolean;
  showChecklistMarkers: boolean;
};

export type SettingsField = keyof SettingsDraft;
export type EditableSettings = Omit<Settings, 'id' | 'activeTemplateSetId'>;
export type SettingsValidation =
  { ok: true; value: EditableSettings } | { ok: false; errors: Partial<Record<SettingsField, string>> };

/** The form's starting values for the settings a plan has now. */
export function settingsToDraft(settings: Settings): SettingsDraft {
  return {
    weekStart: String(settings.weekStart),
    timeZone: settings.timeZone,
    arrayDayOfMonth: String(settings.arrayDayOfMonth),
    emailLeadDays: String(settings.emailLeadDays),
    reminderLeadDays: String(settings.reminderLeadDays),
    maxItemsPerPersonPerDay: String(settings.maxItemsPerPersonPerDay),
    businessDaysOnly: settings.businessDaysOnly,
    showChecklistMarkers: settings.showChecklistMarkers,
  };
}

// Digits only: Number() would also read "1e1", "0x1C" and "  " as numbers nobody meant to type.
function wholeNumberIn(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^-?\d{1,6}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

/**
 * Checks the settings form and returns clean values or a message per field. Bounds keep every
 * rule meaningful: the Array day exists in every month, the reminder comes after the first email.
 */
export function validateSettingsDraft(draft: SettingsDraft): SettingsValidation {
  const errors: Partial<Record<SettingsField, string>> = {};
  const weekStart = wholeNumberIn(draft.weekStart, 0, 6);
  if (weekStart === null) errors.weekStart = 'Pick a day.';
  const timeZone = draft.timeZone.trim();
  if (!isKnownTimeZone(timeZone)) errors.timeZone = `Unknown time zone “${shortenForMessage(timeZone)}”.`;
  // Up to the 28th, so every month, February included, has its edition on that day.
  const arrayDayOfMonth = wholeNumberIn(draft.arrayDayOfMonth, 1, 28);
  if (arrayDayOfMonth === null) errors.arrayDayOfMonth = 'Pick a day from 1 to 28.';
  const emailLeadDays = wholeNumberIn(draft.emailLeadDays, 1, 60);
  if (emailLeadDays === null) errors.emailLeadDays = 'Use a whole number of days from 1 to 60.';
  const reminderLeadDays = wholeNumberIn(draft.reminderLeadDays, 0, 59);
  if (reminderLeadDays === null)
    errors.reminderLeadDays = 'Use a whole number of days from 0 (no reminder) to 59.';
  else if (emailLeadDays !== null && reminderLeadDays >= emailLeadDays && reminderLeadDays !== 0)
    errors.reminderLeadDays = 'The reminder goes out after the first email: use fewer days.';
  const maxItemsPerPersonPerDay = wholeNumberIn(draft.maxItemsPerPersonPerDay, 1, 100);
  if (maxItemsPerPersonPerDay === null) errors.maxItemsPerPersonPerDay = 'Use a whole number from 1 to 100.';

  if (
    Object.keys(errors).length > 0 ||
    weekStart === null ||
    arrayDayOfMonth === null ||
    emailLeadDays === null ||
    reminderLeadDays === null ||
    maxItemsPerPersonPerDay === null
  )
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      weekStart: weekStart as WeekStart,
      timeZone,
      arrayDayOfMonth,
      emailLeadDays,
      reminderLeadDays,
      maxItemsPerPersonPerDay,
      businessDaysOnly: draft.businessDaysOnly,
      showChecklistMarkers: draft.showChecklistMarkers,
    },
  };
}
