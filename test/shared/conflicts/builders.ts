import type { Announcement, ChecklistItem, MaintenanceWindow } from '../../../shared/types';

export function makeAnnouncement(overrides: Partial<Announcement> = {}): Announcement {
  return {
    id: 'a-1',
    title: 'Session replay for mobile',
    summary: '',
    launchDate: '2026-06-10',
    launchTime: null,
    timeZone: 'Europe/London',
    templateSetId: 'handbook-current',
    tierKey: 'major',
    productOwner: '',
    marketingOwner: '',
    status: 'planned',
    links: { pr: '', docs: '', blog: '' },
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    sequence: 0,
    ...overrides,
  };
}

export function makeWindow(overrides: Partial<MaintenanceWindow> = {}): MaintenanceWindow {
  return {
    id: 'w-1',
    title: 'Postgres upgrade',
    start: '2026-06-10T22:00:00.000Z',
    end: '2026-06-11T02:00:00.000Z',
    timeZone: 'Europe/London',
    services: ['Ingestion'],
    disruption: 'downtime',
    audience: 'affected',
    owner: '',
    status: 'planned',
    notes: '',
    audienceZones: [],
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    sequence: 0,
    ...overrides,
  };
}

export function makeItem(overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id: 'i-1',
    parentId: 'a-1',
    parentKind: 'announcement',
    templateItemId: null,
    title: 'Write the blog post',
    channel: 'blog',
    team: 'Content & Docs',
    assignee: '',
    offset: null,
    dueDate: '2026-06-10',
    dueAt: null,
    dueOverridden: false,
    done: false,
    doneAt: null,
    notes: '',
    custom: true,
    notInTier: false,
    order: 0,
    updatedAt: '2026-01-01T09:00:00.000Z',
    sequence: 0,
    ...overrides,
  };
}

/** Ranks by tier key, as the current handbook set names them. */
export const rankByTierKey = (a: Announcement): 1 | 2 | 3 | undefined =>
  a.tierKey === 'major' ? 1 : a.tierKey === 'medium' ? 2 : a.tierKey === 'minor' ? 3 : undefined;
