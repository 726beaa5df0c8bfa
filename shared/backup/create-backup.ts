import type {
  Announcement,
  ChecklistItem,
  Instant,
  MaintenanceWindow,
  Person,
  Settings,
  TemplateSet,
  WindowOccurrence,
} from '../types';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from './format';
import type { Backup } from './schema';

// Apart from validate.ts, which checks backups with zod: the start snapshot makes a backup of the
// plan as it opened, and that needs no check, so opening the plan loads no zod (issue 13).

/** A backup of everything, stamped `exportedAt`, in the current schema version. */
export function createBackup(
  data: {
    announcements: Announcement[];
    checklistItems: ChecklistItem[];
    maintenanceWindows: MaintenanceWindow[];
    templateSets: TemplateSet[];
    settings: Settings;
    people: Person[];
    windowOccurrences?: WindowOccurrence[];
  },
  exportedAt: Instant,
): Backup {
  return { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, exportedAt, data };
}
