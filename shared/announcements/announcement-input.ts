import { z } from 'zod';
import { isCalendarDay, toCalendarDay } from '../calendar-day';
import { isPlannableDay, outOfRangeMessage } from '../plannable-range';
import { shortenForMessage, TEXT_LIMITS, tooLongMessage } from '../text-limits';
import { ANNOUNCEMENT_STATUSES, type Announcement, type AnnouncementStatus } from '../types';
import { isKnownTimeZone } from '../zoned-time';

/** What the announcement form collects, as typed (all strings until validated). */
export type AnnouncementDraft = {
  title: string;
  summary: string;
  launchDate: string;
  /** Empty for an all-day launch. */
  launchTime: string;
  timeZone: string;
  tierKey: string;
  /** Picked from the people list (renderer/components/PersonPicker): an id, or null for nobody. */
  productOwnerId: string | null;
  marketingOwnerId: string | null;
  status: string;
  links: { pr: string; docs: string; blog: string };
};

/** A checked form: the fields an Announcement stores that the planner fills in. */
export type ValidAnnouncementInput = Omit<
  Announcement,
  'id' | 'templateSetId' | 'createdAt' | 'updatedAt' | 'sequence'
>;

export type AnnouncementField =
  | 'title'
  | 'summary'
  | 'productOwnerId'
  | 'marketingOwnerId'
  | 'launchDate'
  | 'launchTime'
  | 'timeZone'
  | 'tierKey'
  | 'status'
  | 'links';

export type AnnouncementValidation =
  | { ok: true; value: ValidAnnouncementInput }
  | { ok: false; errors: Partial<Record<AnnouncementField, string>> };

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

function isHttpUrlOrEmpty(value: string): boolean {
  return value === '' || httpUrl.safeParse(value).success;
}

/**
 * Checks an announcement form and returns either a clean value or a people-friendly message per
 * field. It never throws, so a form can show every problem at once and store nothing. A launch
 * outside the plannable range and text over its limit are refused, naming the value or length.
 */
export function validateAnnouncementDraft(
  draft: AnnouncementDraft,
  tierKeys: readonly string[],
): AnnouncementValidation {
  const errors: Partial<Record<AnnouncementField, string>> = {};
  const report = (field: AnnouncementField, message: string | null): void => {
    if (message !== null) errors[field] = message;
  };
  const title = draft.title.trim().replace(/\s+/g, ' ');
  if (title === '') errors.title = 'Give the announcement a title.';
  else report('title', tooLongMessage(title, TEXT_LIMITS.title));
  const summary = draft.summary.trim();
  report('summary', tooLongMessage(summary, TEXT_LIMITS.summary));
  // Names are checked where people are made (shared/people/names.ts); here only the reference.
  const productOwnerId = draft.productOwnerId === '' ? null : draft.productOwnerId;
  const marketingOwnerId = draft.marketingOwnerId === '' ? null : draft.marketingOwnerId;

  const launchDate = draft.launchDate.trim();
  if (launchDate === '') errors.launchDate = 'Pick a launch date.';
  else if (!isCalendarDay(launchDate))
    errors.launchDate = 'Not a date we can read: use a real day, like 2026-12-01.';
  else if (!isPlannableDay(launchDate)) errors.launchDate = outOfRangeMessage(launchDate);

  const launchTime = draft.launchTime.trim();
  if (launchTime !== '' && !TIME_PATTERN.test(launchTime))
    errors.launchTime = 'Use a 24-hour time like 09:30, or leave it empty for all day.';
  if (!isKnownTimeZone(draft.timeZone))
    errors.timeZone = `Unknown time zone “${shortenForMessage(draft.timeZone)}”.`;
  if (!tierKeys.includes(draft.tierKey)) errors.tierKey = 'Pick a tier.';
  if (!(ANNOUNCEMENT_STATUSES as readonly string[]).includes(draft.status)) errors.status = 'Pick a status.';
  const links = { pr: draft.links.pr.trim(), docs: draft.links.docs.trim(), blog: draft.links.blog.trim() };
  if (![links.pr, links.docs, links.blog].every(isHttpUrlOrEmpty))
    errors.links = 'Links must be full http:// or https:// addresses.';
  else {
    const longLink = [links.pr, links.docs, links.blog].find((link) => link.length > TEXT_LIMITS.link);
    if (longLink !== undefined) report('links', tooLongMessage(longLink, TEXT_LIMITS.link));
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      title,
      summary,
      launchDate: toCalendarDay(launchDate),
      launchTime: launchTime === '' ? null : launchTime,
      timeZone: draft.timeZone,
      tierKey: draft.tierKey,
      productOwnerId,
      marketingOwnerId,
      status: draft.status as AnnouncementStatus,
      links,
    },
  };
}
