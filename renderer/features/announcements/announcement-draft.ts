import { errorMessage } from '../../../shared/error-message';
import {
  type AnnouncementField,
  validateAnnouncementDraft,
  type AnnouncementDraft,
  type AnnouncementValidation,
} from '../../../shared/announcements/announcement-input';
import { DueDateOutOfRangeError } from '../../../shared/checklist/due-range';
import type { Announcement, TierTemplate } from '../../../shared/types';

/** The form's starting values for a new announcement: the smallest tier, planned, all day. */
export function emptyDraft(
  launchDate: string,
  timeZone: string,
  tiers: readonly TierTemplate[],
): AnnouncementDraft {
  return {
    title: '',
    summary: '',
    launchDate,
    launchTime: '',
    timeZone,
    // The smallest tier is the safe default: the planner raises it when the launch warrants it.
    tierKey: [...tiers].sort((a, b) => b.rank - a.rank)[0]?.key ?? '',
    productOwnerId: null,
    marketingOwnerId: null,
    status: 'planned',
    links: { pr: '', docs: '', blog: '' },
  };
}

/** The form's values for editing a stored announcement. */
export function draftFromAnnouncement(announcement: Announcement): AnnouncementDraft {
  return {
    title: announcement.title,
    summary: announcement.summary,
    launchDate: announcement.launchDate,
    launchTime: announcement.launchTime ?? '',
    timeZone: announcement.timeZone,
    tierKey: announcement.tierKey,
    productOwnerId: announcement.productOwnerId,
    marketingOwnerId: announcement.marketingOwnerId,
    status: announcement.status,
    links: { ...announcement.links },
  };
}

const UNREADABLE_DATE = 'Not a date we can read: use a real day, like 2026-12-01.';

/**
 * Checks the announcement form as the create and edit dialogs both need: the shared rules, plus the
 * one thing only the browser knows. A date input holds '' both when empty and when half-typed;
 * `validity.badInput` tells them apart.
 */
export function checkAnnouncementForm(
  draft: AnnouncementDraft,
  tierKeys: readonly string[],
  dateField: HTMLInputElement | null,
): AnnouncementValidation {
  const result = validateAnnouncementDraft(draft, tierKeys);
  if (dateField?.validity.badInput !== true) return result;
  return { ok: false, errors: { ...(result.ok ? {} : result.errors), launchDate: UNREADABLE_DATE } };
}

/**
 * Where a failed save's reason shows: beside the launch date when a due date left the range (the
 * date is what to change), else under the title.
 */
export function saveErrors(error: unknown): Partial<Record<AnnouncementField, string>> {
  if (error instanceof DueDateOutOfRangeError) return { launchDate: error.message };
  return { title: errorMessage(error, 'Could not save the announcement.') };
}
