import Dexie, { type EntityTable } from 'dexie';
import type {
  Announcement,
  ChecklistItem,
  MaintenanceWindow,
  Settings,
  TemplateSet,
} from '../../shared/types';

/**
 * The one IndexedDB database of a plan. Every `version(n)` stays here forever: a user who skipped
 * releases upgrades through each step in order, and removing one would strand their data.
 */
export class TierlineDb extends Dexie {
  announcements!: EntityTable<Announcement, 'id'>;
  checklistItems!: EntityTable<ChecklistItem, 'id'>;
  maintenanceWindows!: EntityTable<MaintenanceWindow, 'id'>;
  templateSets!: EntityTable<TemplateSet, 'id'>;
  settings!: EntityTable<Settings, 'id'>;

  constructor(name = 'tierline') {
    super(name);
    this.version(1).stores({
      announcements: 'id, launchDate, status, tierKey',
      checklistItems: 'id, parentId, dueDate, assignee',
      maintenanceWindows: 'id, start, end',
      templateSets: 'id',
      settings: 'id',
    });
  }
}

export const db = new TierlineDb();
