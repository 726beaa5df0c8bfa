import { DueDateOutOfRangeError } from '../checklist/due-range';
import { generateChecklist } from '../checklist/generate-checklist';
import { outOfRangeMessage } from '../plannable-range';
import { generateCommsChecklist } from '../maintenance/comms-plan';
import type {
  Announcement,
  ChecklistItem,
  Instant,
  MaintenanceWindow,
  Settings,
  TemplateSet,
} from '../types';
import {
  instantToDay,
  instantToLocal,
  localToInstant,
  toLocalDateTime,
  instantOf,
  trustedInstant,
} from '../zoned-time';
import type { ImportedEvent } from './ics-import';
import { restoreTierlineRecords } from './tierline-restore';
import { findTier } from '../templates/built-in-sets';
import { trustedCalendarDay } from '../calendar-day';

/** What the planner chose for one previewed event. */
export type ImportChoice = 'announcement' | 'maintenance' | 'skip';

export type ImportRecordsOptions = {
  /** Choice per event `key`; events without one are skipped. */
  choices: Readonly<Record<string, ImportChoice>>;
  /** The template set and tier imported announcements are planned with (the planner picks in the preview). */
  templateSet: TemplateSet;
  tierKey: string;
  settings: Pick<
    Settings,
    'timeZone' | 'arrayDayOfMonth' | 'businessDaysOnly' | 'emailLeadDays' | 'reminderLeadDays'
  >;
  newId: () => string;
  now: Instant;
  /** Ids already in the plan: a Tierline export's records keep their own ids only where these are free. */
  existingIds?: ReadonlySet<string>;
  /** Parents already in the plan, by their exported UID (see TierlineRestoreOptions). */
  parentIds?: ReadonlyMap<string, string>;
  /** Told which record each kept event became (announcements and windows, not checklist items). */
  onRecord?: (eventKey: string, kind: 'announcement' | 'window', id: string) => void;
};

export type ImportedRecords = {
  announcements: Announcement[];
  items: ChecklistItem[];
  windows: MaintenanceWindow[];
};

const HOUR_MS = 3_600_000;

function pickLinks(url: string): Announcement['links'] {
  const links = { pr: '', docs: '', blog: '' };
  if (!/^https?:\/\//i.test(url)) return links;
  if (/\/pull\/\d+/.test(url)) links.pr = url;
  else if (/\/blog\//i.test(url)) links.blog = url;
  else links.docs = url;
  return links;
}

/**
 * The records the previewed events become, by the planner's choice per event: an announcement (all-day
 * events launch on their first day; timed ones at their local time in the planner's zone) with the
 * chosen tier's full checklist, as if planned in the app; or a maintenance window (all-day events span
 * their days from midnight in the planner's zone; a zero-length event gets one hour) with the
 * communications checklist. Cancelled events stay cancelled. Ids come from `newId`, so the result can
 * be written in one transaction and nothing is half-imported. Throws when the tier is not in the set.
 * A Tierline export's own events are restored as the records they were (see restoreTierlineRecords).
 */
/**
 * Generates a launch's checklist; a due date pushed out of the plannable range is reported with
 * the launch's title, so a planner reading an import's refusal knows which event to skip.
 */
function checklistNamingLaunch(title: string, generate: () => ChecklistItem[]): ChecklistItem[] {
  try {
    return generate();
  } catch (error) {
    if (error instanceof DueDateOutOfRangeError)
      throw new DueDateOutOfRangeError(
        `“${title}”, item “${error.itemTitle}” would be due ${outOfRangeMessage(error.dueDate)}`,
        error.itemTitle,
        error.dueDate,
      );
    throw error;
  }
}

export function importedEventsToRecords(
  events: readonly ImportedEvent[],
  options: ImportRecordsOptions,
): ImportedRecords {
  const { templateSet, tierKey, settings, newId, now } = options;
  const tier = findTier(templateSet, tierKey);
  if (!tier) throw new Error(`Tier "${tierKey}" is not in template set ${templateSet.id}`);
  const zone = settings.timeZone;
  const restored = restoreTierlineRecords(events, options);
  const result: ImportedRecords = restored.records;

  for (const event of events) {
    const choice = options.choices[event.key] ?? 'skip';
    if (choice === 'skip' || restored.handled.has(event.key)) continue;
    const title = event.title.trim() === '' ? 'Untitled event' : event.title.trim();
    if (choice === 'announcement') {
      // An all-day event's start is a day the importer wrote (`yyyy-MM-dd`).
      const launchDate = event.allDay
        ? trustedCalendarDay(event.start)
        : instantToDay(trustedInstant(event.start), zone);
      const announcement: Announcement = {
        id: newId(),
        title,
        summary: event.description.trim(),
        launchDate,
        launchTime: event.allDay ? null : instantToLocal(trustedInstant(event.start), zone).slice(11),
        timeZone: zone,
        templateSetId: templateSet.id,
        tierKey,
        productOwnerId: null,
        marketingOwnerId: null,
        status:
          event.status === 'cancelled' ? 'cancelled' : event.status === 'tentative' ? 'idea' : 'planned',
        links: pickLinks(event.url),
        createdAt: now,
        updatedAt: now,
        sequence: 0,
      };
      result.announcements.push(announcement);
      options.onRecord?.(event.key, 'announcement', announcement.id);
      result.items.push(
        ...checklistNamingLaunch(announcement.title, () =>
          generateChecklist({ parentId: announcement.id, tier, launchDate, settings, now }),
        ),
      );
      continue;
    }
    // A timed event's start and end are instants the importer wrote.
    const start = event.allDay
      ? localToInstant(toLocalDateTime(`${event.start}T00:00`), zone)
      : trustedInstant(event.start);
    let end = event.allDay
      ? localToInstant(toLocalDateTime(`${event.end}T00:00`), zone)
      : trustedInstant(event.end);
    if (Date.parse(end) <= Date.parse(start)) end = instantOf(new Date(Date.parse(start) + HOUR_MS));
    const window: MaintenanceWindow = {
      id: newId(),
      title,
      start,
      end,
      timeZone: event.allDay ? zone : event.timeZone,
      services: event.categories.slice(0, 20),
      disruption: 'downtime',
      audience: 'affected',
      ownerId: null,
      status: event.status === 'cancelled' ? 'cancelled' : 'planned',
      notes: [event.description.trim(), event.location.trim() ? `Location: ${event.location.trim()}` : '']
        .filter((part) => part !== '')
        .join('\n\n'),
      audienceZones: [],
      createdAt: now,
      updatedAt: now,
      sequence: 0,
    };
    result.windows.push(window);
    options.onRecord?.(event.key, 'window', window.id);
    result.items.push(...generateCommsChecklist({ window, settings, now }));
  }
  return result;
}
