import Dexie, { type EntityTable } from 'dexie';
import type {
  Announcement,
  ChecklistItem,
  MaintenanceWindow,
  Settings,
  TemplateSet,
} from '../../shared/types';
import type { SyncedRow, TeamCalendarAccount, Tombstone } from '../../shared/sync/app-state';
import type { ImportSource } from '../../shared/import/source-identity';

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
  /*
   * Team-calendar sync state (issue 12). It describes one laptop's conversation with one server
   * (hrefs, ETags), not the plan: it stays out of plan files and backups, since restoring it on
   * another machine or after a restore would make the sync trust ETags it never saw.
   */
  syncState!: EntityTable<SyncedRow, 'uid'>;
  tombstones!: EntityTable<Tombstone, 'uid'>;
  teamCalendar!: EntityTable<TeamCalendarAccount, 'id'>;
  /*
   * Where imported records came from (issue 11): which file's event made which record, and a hash of
   * it as imported. Not in plan files (they carry plans, not this laptop's import history) nor in
   * backups: a restore that leaves these rows behind is safe, since an event whose record is gone
   * imports as new again and one whose record differs shows as edited here (kept unless chosen).
   */
  importSources!: EntityTable<ImportSource, 'id'>;

  constructor(name = 'tierline') {
    super(name);
    this.version(1).stores({
      announcements: 'id, launchDate, status, tierKey',
      checklistItems: 'id, parentId, dueDate, assignee',
      maintenanceWindows: 'id, start, end',
      templateSets: 'id',
      settings: 'id',
    });
    // Version 2 is another change's step; Dexie accepts the gap and keeps the steps in order.
    this.version(3).stores({
      syncState: 'uid',
      tombstones: 'uid',
      teamCalendar: 'id',
    });
    this.version(4).stores({ importSources: 'id, recordId, calendar' });
  }
}

export const db = new TierlineDb();
