import type { AnnouncementDraft, ValidAnnouncementInput } from '../shared/announcements/announcement-input';
import type { MaintenanceDraft, ValidMaintenanceInput } from '../shared/maintenance/window-input';
import type {
  Announcement,
  ChecklistItem,
  Instant,
  MaintenanceWindow,
  Person,
  Settings,
  WindowOccurrence,
} from '../shared/types';
import { calendarDay, utcInstant } from './dates';

/*
 * One builder per record the plan stores (and per checked form that creates one). Each returns a
 * complete, valid value with plain defaults; a test passes the values it relies on as `patch`, so
 * what a test depends on is written in the test (or its folder's fixtures), not here.
 */

const STAMP = utcInstant('2026-01-01T09:00:00.000Z');

/**
 * A person named `name` with id `p-<name lower-cased>` (so a test can write the id without the
 * builder), no team or email, active.
 */
export function makePerson(name: string, patch: Partial<Person> = {}): Person {
  return {
    id: `p-${name.toLowerCase()}`,
    name,
    nameKey: name.toLowerCase(),
    team: '',
    email: '',
    active: true,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...patch,
  };
}

/** A stored announcement: `makeAnnouncementInput`'s form, saved on the current handbook set. */
export function makeAnnouncement(patch: Partial<Announcement> = {}): Announcement {
  return {
    id: 'a-1',
    ...makeAnnouncementInput(),
    templateSetId: 'handbook-current',
    createdAt: STAMP,
    updatedAt: STAMP,
    sequence: 0,
    ...patch,
  };
}

/** An open, unassigned custom blog item of announcement `a-1`, due on a fixed day. */
export function makeChecklistItem(patch: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id: 'i-1',
    parentId: 'a-1',
    parentKind: 'announcement',
    templateItemId: null,
    title: 'Write the blog post',
    channel: 'blog',
    team: 'Content & Docs',
    assigneeId: null,
    offset: null,
    dueDate: calendarDay('2026-06-10'),
    dueAt: null,
    dueOverridden: false,
    done: false,
    doneAt: null,
    notes: '',
    custom: true,
    notInTier: false,
    order: 0,
    updatedAt: STAMP,
    sequence: 0,
    ...patch,
  };
}

/** A changed occurrence of the repeating window `seriesId`: the one at `originalStart`, cancelled. */
export function makeWindowOccurrence(
  seriesId: string,
  originalStart: Instant,
  patch: Partial<WindowOccurrence> = {},
): WindowOccurrence {
  return {
    id: `${seriesId}@${originalStart}`,
    seriesId,
    originalStart,
    start: null,
    end: null,
    cancelled: true,
    comms: {},
    updatedAt: STAMP,
    sequence: 1,
    ...patch,
  };
}

/** A stored maintenance window: `makeMaintenanceInput`'s form, never edited since. */
export function makeMaintenanceWindow(patch: Partial<MaintenanceWindow> = {}): MaintenanceWindow {
  return {
    id: 'w-1',
    ...makeMaintenanceInput(),
    createdAt: STAMP,
    updatedAt: STAMP,
    sequence: 0,
    ...patch,
  };
}

/** Settings of a London planner with the handbook's lead times, on the current handbook set. */
export function makeSettings(patch: Partial<Settings> = {}): Settings {
  return {
    id: 'settings',
    weekStart: 1,
    timeZone: 'Europe/London',
    businessDaysOnly: false,
    arrayDayOfMonth: 1,
    activeTemplateSetId: 'handbook-current',
    emailLeadDays: 7,
    reminderLeadDays: 1,
    maxItemsPerPersonPerDay: 5,
    showChecklistMarkers: true,
    ...patch,
  };
}

/** A checked announcement form: a planned, all-day Major launch in London, with no owners or links. */
export function makeAnnouncementInput(patch: Partial<ValidAnnouncementInput> = {}): ValidAnnouncementInput {
  return {
    title: 'Session replay for mobile',
    summary: '',
    launchDate: calendarDay('2026-06-10'),
    launchTime: null,
    timeZone: 'Europe/London',
    tierKey: 'major',
    productOwnerId: null,
    marketingOwnerId: null,
    status: 'planned',
    links: { pr: '', docs: '', blog: '' },
    ...patch,
  };
}

/** A checked maintenance form: a planned four-hour downtime on one service, told to the affected users. */
export function makeMaintenanceInput(patch: Partial<ValidMaintenanceInput> = {}): ValidMaintenanceInput {
  return {
    title: 'Postgres upgrade',
    start: utcInstant('2026-06-10T22:00:00.000Z'),
    end: utcInstant('2026-06-11T02:00:00.000Z'),
    timeZone: 'Europe/London',
    services: ['Ingestion'],
    disruption: 'downtime',
    audience: 'affected',
    ownerId: null,
    status: 'planned',
    notes: '',
    audienceZones: [],
    ...patch,
  };
}

/** The New announcement form as typed: a Major launch on Tue 1 Dec 2026 owned by Ana. */
export function makeAnnouncementDraft(patch: Partial<AnnouncementDraft> = {}): AnnouncementDraft {
  return {
    title: 'Session replay for mobile',
    summary: '',
    launchDate: '2026-12-01',
    launchTime: '',
    timeZone: 'Europe/London',
    tierKey: 'major',
    productOwnerId: 'p-ana',
    marketingOwnerId: null,
    status: 'planned',
    links: { pr: '', docs: '', blog: '' },
    ...patch,
  };
}

/** The New maintenance window form as typed: four hours of downtime from 22:00 London time. */
export function makeMaintenanceDraft(patch: Partial<MaintenanceDraft> = {}): MaintenanceDraft {
  return {
    title: 'Postgres upgrade',
    startLocal: '2026-12-05T22:00',
    endLocal: '2026-12-06T02:00',
    timeZone: 'Europe/London',
    services: ['Ingestion'],
    disruption: 'downtime',
    audience: 'affected',
    ownerId: 'p-ada',
    status: 'planned',
    notes: '',
    audienceZones: [],
    ...patch,
  };
}
