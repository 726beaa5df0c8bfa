import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import type {
  Announcement,
  ChecklistItem,
  MaintenanceWindow,
  Settings,
  TemplateSet,
} from '../../../shared/types';

export type PlanData = {
  announcements: Announcement[];
  windows: MaintenanceWindow[];
  items: ChecklistItem[];
  templateSets: TemplateSet[];
  settings: Settings | undefined;
};

/**
 * The whole plan, live: any write (this window, another window, an import) re-renders its readers.
 * Undefined until the first read has answered, so the UI can tell "loading" from "empty".
 */
export function usePlanData(): PlanData | undefined {
  return useLiveQuery(async () => {
    const [announcements, windows, items, templateSets, settings] = await Promise.all([
      db.announcements.toArray(),
      db.maintenanceWindows.toArray(),
      db.checklistItems.toArray(),
      db.templateSets.toArray(),
      db.settings.get('settings'),
    ]);
    return { announcements, windows, items, templateSets, settings };
  }, []);
}
