import type {
  Announcement,
  ChecklistItem,
  MaintenanceWindow,
  Settings,
  TemplateSet,
} from '../../../shared/types';
import type { ExportInput } from '../../../shared/export/types';
import {
  makeAnnouncement,
  makeChecklistItem,
  makeMaintenanceWindow,
  makeSettings,
  makePerson,
} from '../../builders';
import { calendarDay, utcInstant } from '../../dates';

export const NOW = utcInstant('2026-11-20T09:30:00.000Z');

export const settings: Settings = makeSettings({ activeTemplateSetId: 'test-set' });

/** A small template set of our own, so these tests do not depend on the built-in data. */
export const templateSets: TemplateSet[] = [
  {
    id: 'test-set',
    name: 'Test set',
    builtIn: false,
    updatedAt: utcInstant('2026-01-01T00:00:00.000Z'),
    tiers: [
      { key: 'major', name: 'Major', description: '', rank: 1, color: '#ff0000', items: [] },
      { key: 'medium', name: 'Medium', description: '', rank: 2, color: '#00ff00', items: [] },
      { key: 'minor', name: 'Minor', description: '', rank: 3, color: '#0000ff', items: [] },
    ],
  },
];

export function announcement(overrides: Partial<Announcement> = {}): Announcement {
  return makeAnnouncement({
    id: 'a1',
    summary: 'Replays on phones',
    launchDate: calendarDay('2026-12-01'),
    templateSetId: 'test-set',
    productOwnerId: 'p-bo',
    marketingOwnerId: 'p-ana',
    links: { pr: '', docs: 'https://example.com/docs', blog: 'https://example.com/blog/replay' },
    createdAt: utcInstant('2026-11-01T10:00:00.000Z'),
    updatedAt: utcInstant('2026-11-02T10:00:00.000Z'),
    sequence: 3,
    ...overrides,
  });
}

export function item(overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return makeChecklistItem({
    id: 'a1:blog',
    parentId: 'a1',
    templateItemId: 'blog',
    title: 'Writing a dedicated blog post',
    offset: { kind: 'launch', days: 0 },
    dueDate: calendarDay('2026-12-01'),
    custom: false,
    updatedAt: utcInstant('2026-11-02T10:00:00.000Z'),
    sequence: 1,
    ...overrides,
  });
}

export function maintenanceWindow(overrides: Partial<MaintenanceWindow> = {}): MaintenanceWindow {
  return makeMaintenanceWindow({
    id: 'w1',
    title: 'EU Cloud database upgrade',
    start: utcInstant('2026-12-05T22:00:00.000Z'),
    end: utcInstant('2026-12-06T02:00:00.000Z'),
    timeZone: 'UTC',
    services: ['EU Cloud'],
    ownerId: 'p-ops',
    createdAt: utcInstant('2026-11-01T10:00:00.000Z'),
    updatedAt: utcInstant('2026-11-03T10:00:00.000Z'),
    ...overrides,
  });
}

export function exportInput(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    announcements: [announcement()],
    items: [
      item(),
      item({
        id: 'a1:social',
        templateItemId: 'social',
        title: 'Twitter thread',
        channel: 'twitter',
        team: 'Words & Pictures',
        assigneeId: 'p-cy',
        order: 1,
        done: true,
        doneAt: utcInstant('2026-11-30T12:00:00.000Z'),
      }),
    ],
    windows: [maintenanceWindow()],
    templateSets,
    settings,
    people: ['Bo', 'Ana', 'Ops', 'Cy'].map((name) => makePerson(name)),
    now: NOW,
    ...overrides,
  };
}
