import Dexie, { type EntityTable } from 'dexie';
import { upgradeOwnersToPeople } from '../../shared/people/upgrade-v2';
import type {
  Announcement,
  ChecklistItem,
  MaintenanceWindow,
  Person,
  Settings,
  TemplateSet,
} from '../../shared/types';
import type { SyncedRow, TeamCalendarAccount, Tombstone } from '../../shared/sync/app-state';
import type { ImportSource } from '../../shared/import/source-identity';
import type { WindowOccurrence } from '../../shared/types';
import { instantOf } from '../../shared/zoned-time';

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
  people!: EntityTable<Person, 'id'>;
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
  /*
   * Occurrences of a repeating window that a planner changed (issue 11): moved, cancelled, or with
   * a communications step ticked, reassigned or redated. Untouched occurrences have no row.
   */
  windowOccurrences!: EntityTable<WindowOccurrence, 'id'>;

  constructor(name = 'tierline') {
    // No live-query cache (issue 13): its default mode deep-clones every row of every live read
    // (about 55 ms at start with 10,000 items) and signals a write's readers twice, optimistically
    // and on commit, so the whole plan was read and restored twice per drop. The restore memo
    // (shared/restore/restore-memo.ts) already keeps unchanged rows' objects between reads.
    super(name, { cache: 'disabled' });
    this.version(1).stores({
      announcements: 'id, launchDate, status, tierKey',
      checklistItems: 'id, parentId, dueDate, assignee',
      maintenanceWindows: 'id, start, end',
      templateSets: 'id',
      settings: 'id',
    });
    // Issue 9: free-text owners become people; records point at them by id. The unique name key
    // lets IndexedDB itself refuse a second "ben" however two windows race.
    this.version(2)
      .stores({ people: 'id, &nameKey', checklistItems: 'id, parentId, dueDate, assigneeId' })
      .upgrade(async (tx) => {
        const [announcements, checklistItems, maintenanceWindows] = await Promise.all([
          tx.table('announcements').toArray(),
          tx.table('checklistItems').toArray(),
          tx.table('maintenanceWindows').toArray(),
        ]);
        const next = upgradeOwnersToPeople(
          { announcements, checklistItems, maintenanceWindows },
          instantOf(new Date()),
        );
        await tx.table('people').bulkAdd(next.people);
        await tx.table('announcements').bulkPut(next.announcements);
        await tx.table('checklistItems').bulkPut(next.checklistItems);
        await tx.table('maintenanceWindows').bulkPut(next.maintenanceWindows);
      });
    // Issue 12: the team calendar's sync state, tombstones and account (no secrets).
    this.version(3).stores({
      syncState: 'uid',
      tombstones: 'uid',
      teamCalendar: 'id',
    });
    this.version(4).stores({ importSources: 'id, recordId, calendar' });
    // Issue 11: repeating windows keep their rule on the window row (an optional field, so no row
    // is rewritten); the occurrences a planner changed get their own table.
    this.version(5).stores({ windowOccurrences: 'id, seriesId' });
  }
}

export const db = new TierlineDb();
