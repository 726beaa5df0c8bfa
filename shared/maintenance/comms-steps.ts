import type { Channel, DueOffset, MaintenanceWindow, Settings } from '../types';
import { plural } from '../plural';

export type CommsSettings = Pick<Settings, 'emailLeadDays' | 'reminderLeadDays' | 'timeZone'>;
export type MaintenanceOffset = Extract<DueOffset, { kind: 'maintenance' }>;

/** Stable keys of the handbook's maintenance steps; item ids are `${window.id}:${key}`. */
export const MAINTENANCE_COMMS_KEYS = [
  'tell-teams',
  'advance-email',
  'reminder-email',
  'notification-bar-on',
  'service-message-publish',
  'customer-success-heads-up',
  'service-message-clear',
  'notification-bar-off',
] as const;
export type MaintenanceCommsKey = (typeof MAINTENANCE_COMMS_KEYS)[number];

/** One handbook step of a maintenance communications plan, before it meets a window. */
export type CommsStep = {
  key: MaintenanceCommsKey;
  channel: Channel;
  team: string;
  /** Users see it, so it only applies when they would notice the work. */
  userFacing: boolean;
  title: (window: MaintenanceWindow, settings: CommsSettings) => string;
  /** Null leaves the step out for these settings. */
  offset: (settings: CommsSettings) => MaintenanceOffset | null;
  assignee: (window: MaintenanceWindow) => string | null;
  notes: string;
};

export const DAY_MINUTES = 24 * 60;
const nobody = (): null => null;
const usersWord = (window: MaintenanceWindow): string =>
  window.audience === 'all' ? 'all users' : 'affected users';
const daysBefore = (days: number): string => (days === 1 ? 'the day before' : `${days} days before`);
const wholeDays = (value: number): number => (Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0);
const leadText = (value: number): string => {
  const days = wholeDays(value);
  return days === 0 ? '' : `, ${plural(days, 'day')} ahead`;
};
const atStart = (): MaintenanceOffset => ({ kind: 'maintenance', anchor: 'start', minutes: 0 });
const atEnd = (): MaintenanceOffset => ({ kind: 'maintenance', anchor: 'end', minutes: 0 });

/**
 * The steps of the handbook's "Announcing scheduled maintenance" section, in order and in its
 * words; `generateCommsChecklist` turns them into a window's checklist.
 */
export const MAINTENANCE_COMMS_STEPS: readonly CommsStep[] = [
  {
    key: 'tell-teams',
    channel: 'internal-slack',
    team: 'Engineering',
    userFacing: false,
    title: () => 'Tell the Marketing and Customer Success teams about the maintenance',
    offset: () => ({ kind: 'maintenance', anchor: 'planned', minutes: 0 }),
    assignee: (window) => window.ownerId,
    notes: 'As soon as the work is planned, so Marketing can notify users as it is planned and completed.',
  },
  {
    key: 'advance-email',
    channel: 'email',
    team: 'Marketing',
    userFacing: true,
    title: (window, settings) =>
      `Email ${usersWord(window)} about the maintenance in advance${leadText(settings.emailLeadDays)}`,
    offset: (settings) => ({
      kind: 'maintenance',
      anchor: 'start',
      minutes: -wholeDays(settings.emailLeadDays) * DAY_MINUTES,
    }),
    assignee: nobody,
    notes: 'Tell the users who will be impacted what happens, when, and where to look during the work.',
  },
  {
    key: 'reminder-email',
    channel: 'email',
    team: 'Marketing',
    userFacing: true,
    title: (window, settings) =>
      `Remind ${usersWord(window)} by email ${daysBefore(wholeDays(settings.reminderLeadDays))}`,
    // A reminder sent before (or with) the first email would not remind anyone of anything.
    offset: (settings) => {
      const days = wholeDays(settings.reminderLeadDays);
      if (days < 1 || days >= wholeDays(settings.emailLeadDays)) return null;
      return { kind: 'maintenance', anchor: 'start', minutes: -days * DAY_MINUTES };
    },
    assignee: nobody,
    notes: '',
  },
  {
    key: 'notification-bar-on',
    channel: 'notification-bar',
    team: 'Marketing',
    userFacing: true,
    title: () => 'Turn on the Notification Bar in PostHog, directing users to /service-message',
    offset: atStart,
    assignee: nobody,
    notes: '',
  },
  {
    key: 'service-message-publish',
    channel: 'service-message',
    team: 'Website & Vibes',
    userFacing: true,
    title: () => 'Publish the maintenance notice on /service-message',
    offset: atStart,
    assignee: nobody,
    notes: '',
  },
  {
    key: 'customer-success-heads-up',
    channel: 'other',
    team: 'Customer Success',
    userFacing: true,
    title: () => 'Customer Success may wish to inform specific users at the time',
    offset: atStart,
    assignee: nobody,
    notes: 'Optional.',
  },
  {
    key: 'service-message-clear',
    channel: 'service-message',
    team: 'Website & Vibes',
    userFacing: true,
    title: () => 'Update /service-message to say no maintenance is underway',
    offset: atEnd,
    assignee: nobody,
    notes: '',
  },
  {
    key: 'notification-bar-off',
    channel: 'notification-bar',
    team: 'Marketing',
    userFacing: true,
    title: () => 'Remove the Notification Bar banner',
    offset: atEnd,
    assignee: nobody,
    notes: '',
  },
];
