import { buildSamplePlan, sampleRemoval } from '../../shared/sample/sample-plan';
import type { CalendarDay } from '../../shared/types';
import { db } from './db';
import { recordedChange } from './recorded-change';
import { loadSettings } from './settings-repo';

/**
 * Writes the sample quarter (shared/sample) around `today` in one transaction and one undo step.
 * People of the same names already in the list are used rather than added twice. Returns how
 * many launches and windows it added.
 */
export async function loadSamplePlan(today: CalendarDay): Promise<number> {
  let count = 0;
  await recordedChange('Load sample plan', async () => {
    const [settings, templateSets, existingPeople] = await Promise.all([
      loadSettings(),
      db.templateSets.toArray(),
      db.people.toArray(),
    ]);
    const sample = buildSamplePlan({ today, settings, templateSets, existingPeople });
    count = sample.announcements.length + sample.maintenanceWindows.length;
    return {
      people: { put: sample.people },
      announcements: { put: sample.announcements },
      maintenanceWindows: { put: sample.maintenanceWindows },
      checklistItems: { put: sample.checklistItems },
    };
  });
  return count;
}

/**
 * Deletes exactly the sample's rows (shared/sample sampleRemoval reads what is stored at the
 * moment of the click, inside the transaction), in one transaction and one undo step: the
 * planner's own launches, windows and items stay, and so do sample people still working on them.
 */
export async function removeSamplePlan(): Promise<void> {
  await recordedChange('Remove sample plan', async () => {
    const [announcements, maintenanceWindows, checklistItems, people, settings] = await Promise.all([
      db.announcements.toArray(),
      db.maintenanceWindows.toArray(),
      db.checklistItems.toArray(),
      db.people.toArray(),
      loadSettings(),
    ]);
    const removal = sampleRemoval({
      announcements,
      maintenanceWindows,
      checklistItems,
      people,
      teamDefaultOwners: settings.teamDefaultOwners,
    });
    return {
      announcements: { delete: removal.announcements },
      maintenanceWindows: { delete: removal.maintenanceWindows },
      checklistItems: { delete: removal.checklistItems },
      people: { delete: removal.people },
    };
  });
}
