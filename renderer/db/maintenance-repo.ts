import { revised } from '../../shared/revised';
import {
  generateCommsChecklist,
  moveCommsChecklist,
  regenerateForWindowChange,
} from '../../shared/maintenance/comms-plan';
import type { ValidMaintenanceInput } from '../../shared/maintenance/window-input';
import { moveWindow, resizeWindow } from '../../shared/maintenance/window-moves';
import type { Instant, MaintenanceWindow } from '../../shared/types';
import type { WindowSeries } from '../../shared/recurrence/expand';
import { rekeyOccurrences } from '../../shared/recurrence/series-moves';
import type { RowChanges } from './change';
import { db } from './db';
import { newId, nowInstant } from './ids';
import { recordedChange } from './recorded-change';
import { loadSettings } from './settings-repo';

/** The stored maintenance window with this id, or undefined when it is gone. */
export function getMaintenanceWindow(id: string): Promise<MaintenanceWindow | undefined> {
  return db.maintenanceWindows.get(id);
}

/** Creates a maintenance window with the handbook's communications plan. Returns its id. */
export async function createMaintenanceWindow(input: ValidMaintenanceInput): Promise<string> {
  const id = newId();
  await recordedChange(`Create “${input.title}”`, async () => {
    const settings = await loadSettings();
    const now = nowInstant();
    const window: MaintenanceWindow = { id, ...input, createdAt: now, updatedAt: now, sequence: 0 };
    // A repeating window's steps are generated per occurrence as they are seen (issue 11), not stored.
    if (window.recurrence) return { maintenanceWindows: { put: [window] } };
    const items = generateCommsChecklist({ window, settings, now });
    return { maintenanceWindows: { put: [window] }, checklistItems: { put: items } };
  });
  return id;
}

async function replaceWindow(
  label: string,
  id: string,
  change: (window: MaintenanceWindow, now: Instant) => MaintenanceWindow,
): Promise<void> {
  await recordedChange(label, async () => {
    const before = await db.maintenanceWindows.get(id);
    if (!before) throw new Error('That maintenance window no longer exists.');
    const now = nowInstant();
    const after = change(before, now);
    const settings = await loadSettings();
    const items = await db.checklistItems.where('parentId').equals(id).toArray();
    const moved = moveCommsChecklist(items, before, after, settings, now);
    // Neither the window nor its items were altered (the change builds new rows): the undo
    // snapshot takes them as read, with no second round trip before the commit (issue 13).
    return {
      maintenanceWindows: { put: [after], read: [before] },
      checklistItems: { put: moved, read: items },
    };
  });
}

/** Moves a whole window to a new start, keeping its real duration; its messages follow. */
export async function moveMaintenanceWindow(id: string, start: Instant): Promise<void> {
  await replaceWindow('Move maintenance', id, (window, now) => moveWindow(window, start, now));
}

/** Changes when a window ends. Refuses an end that is not after the start. */
export async function resizeMaintenanceWindow(id: string, end: Instant): Promise<void> {
  await replaceWindow('Resize maintenance', id, (window, now) => {
    const result = resizeWindow(window, end, now);
    if (!result.ok) throw new Error(result.error);
    return result.window;
  });
}

const EDITABLE_FIELDS = [
  'title',
  'start',
  'end',
  'timeZone',
  'services',
  'disruption',
  'audience',
  'ownerId',
  'status',
  'notes',
  'audienceZones',
  'recurrence',
] as const satisfies readonly (keyof ValidMaintenanceInput)[];

function sameInput(window: MaintenanceWindow, input: ValidMaintenanceInput): boolean {
  return EDITABLE_FIELDS.every((field) => JSON.stringify(window[field]) === JSON.stringify(input[field]));
}

/**
 * Saves the edit form as one undoable change. When the times changed, the open, unpinned
 * communications items move with the window; when the disruption changed, the plan is brought in
 * line with it (steps that now apply are added, untouched ones that no longer apply are deleted,
 * done or edited ones are kept and flagged). Saving an unchanged form writes nothing.
 */
export async function updateMaintenanceWindow(id: string, input: ValidMaintenanceInput): Promise<void> {
  await recordedChange(`Edit “${input.title}”`, async () => {
    const before = await db.maintenanceWindows.get(id);
    if (!before) throw new Error('That maintenance window no longer exists.');
    if (sameInput(before, input)) return {};
    const now = nowInstant();
    const after: MaintenanceWindow = revised(before, now, input);
    // The form is the whole editable set: no rule in it means "Does not repeat", not "keep the rule".
    if (!input.recurrence) delete after.recurrence;
    if (before.recurrence && after.recurrence)
      return seriesEdit(before as WindowSeries, after as WindowSeries);
    const settings = await loadSettings();
    if (before.recurrence || after.recurrence) return repeatChanged(after, settings, now);
    let items = await db.checklistItems.where('parentId').equals(id).toArray();
    if (before.start !== after.start || before.end !== after.end) {
      items = moveCommsChecklist(items, before, after, settings, now);
    }
    // Disruption decides which steps apply; audience and owner decide their wording and assignee.
    const regenerated = regenerateForWindowChange(items, before, after, settings, now);
    return {
      maintenanceWindows: { put: [after] },
      checklistItems: { put: regenerated.items, delete: regenerated.removedIds },
    };
  });
}

/** A series edited as a whole: its changed occurrences follow their positions in the new pattern. */
async function seriesEdit(before: WindowSeries, after: WindowSeries): Promise<RowChanges> {
  const rows = await db.windowOccurrences.where('seriesId').equals(after.id).toArray();
  return { maintenanceWindows: { put: [after] }, windowOccurrences: rekeyOccurrences(before, after, rows) };
}

/**
 * A window that stops or starts repeating, in the same change as the edit (issue 11). A series
 * made "Does not repeat" loses its changed occurrences (nothing is left pointing at occurrences
 * that no longer exist) and gets its communications checklist, as a new one-off window does. A
 * window made to repeat gives up its stored checklist: each occurrence generates its own steps.
 */
async function repeatChanged(
  after: MaintenanceWindow,
  settings: Awaited<ReturnType<typeof loadSettings>>,
  now: Instant,
): Promise<RowChanges> {
  const itemIds = await db.checklistItems.where('parentId').equals(after.id).primaryKeys();
  const occurrenceIds = await db.windowOccurrences.where('seriesId').equals(after.id).primaryKeys();
  const items = after.recurrence ? [] : generateCommsChecklist({ window: after, settings, now });
  return {
    maintenanceWindows: { put: [after] },
    checklistItems: { delete: itemIds, put: items },
    windowOccurrences: { delete: occurrenceIds },
  };
}

/** Deletes a window and its communications checklist, as one undoable action. */
export async function deleteMaintenanceWindow(id: string): Promise<void> {
  await recordedChange('Delete maintenance', async () => {
    const itemIds = await db.checklistItems.where('parentId').equals(id).primaryKeys();
    const occurrenceIds = await db.windowOccurrences.where('seriesId').equals(id).primaryKeys();
    return {
      maintenanceWindows: { delete: [id] },
      checklistItems: { delete: itemIds },
      windowOccurrences: { delete: occurrenceIds },
    };
  });
}
