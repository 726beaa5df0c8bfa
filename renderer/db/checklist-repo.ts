import { newChecklistItem } from '../../shared/checklist/new-item';
import { revised } from '../../shared/revised';
import { dueDateForOffset, isLaunchRelative } from '../../shared/checklist/due-dates';
import { maintenanceDueAt } from '../../shared/maintenance/comms-plan';
import type { CalendarDay, Channel, ChecklistItem, ChecklistParentKind, Instant } from '../../shared/types';
import { instantToDay, sameTimeOnDay } from '../../shared/zoned-time';
import { isCalendarDay } from '../../shared/calendar-day';
import { isPlannableDay, isPlannableInstant, outOfRangeMessage } from '../../shared/plannable-range';
import { TEXT_LIMITS, tooLongMessage } from '../../shared/text-limits';
import { db } from './db';
import { newId, nowInstant } from './ids';
import { recordedChange } from './recorded-change';
import { loadSettings } from './settings-repo';

/** The longest title of an item the planner adds; template titles can be long sentences. */
export const MAX_CUSTOM_TITLE = 1000;

// Text over a limit is refused with the reason, never cut: the planner's words are not ours to drop.
function refuseTooLong(text: string, max: number): void {
  const message = tooLongMessage(text, max);
  if (message) throw new Error(message);
}

async function itemOrThrow(id: string): Promise<ChecklistItem> {
  const item = await db.checklistItems.get(id);
  if (!item) throw new Error('That checklist item no longer exists.');
  return item;
}

/**
 * Applies `patch` to one item in one undoable transaction. A patch that changes nothing writes
 * nothing, so a blur without an edit does not land on the undo stack as an empty step.
 */
async function updateItem(
  label: string,
  id: string,
  patch: (item: ChecklistItem, now: Instant) => Partial<ChecklistItem> | Promise<Partial<ChecklistItem>>,
): Promise<void> {
  await recordedChange(label, async () => {
    const item = await itemOrThrow(id);
    const now = nowInstant();
    const changes = await patch(item, now);
    const changed = (Object.keys(changes) as (keyof ChecklistItem)[]).some(
      (key) => changes[key] !== item[key],
    );
    if (!changed) return {};
    // The item itself was not altered (the revision is a new row): the undo snapshot takes it as
    // read, with no second round trip before the write (issue 13: a marker's drop waits for it).
    return {
      checklistItems: { put: [revised(item, now, changes)], read: [item] },
    };
  });
}

/** Ticks an item off (recording when) or unticks it (clearing that date). */
export async function toggleItemDone(id: string, done: boolean): Promise<void> {
  await updateItem(done ? 'Tick off item' : 'Untick item', id, (item, now) =>
    item.done === done ? {} : { done, doneAt: done ? now : null },
  );
}

/** Assigns the person doing the item (an id from the people list); null unassigns it. */
export async function assignItem(id: string, personId: string | null): Promise<void> {
  const person = personId === null ? undefined : await db.people.get(personId);
  if (personId !== null && !person) throw new Error('That person is no longer in the people list.');
  await updateItem(person ? `Assign ${person.name}` : 'Unassign item', id, () => ({ assigneeId: personId }));
}

/** Sets an item's due day by hand; from then on moving its launch leaves it where it is. */
export async function setItemDueDate(id: string, dueDate: CalendarDay): Promise<void> {
  // Still checked at run time: a damaged value can arrive typed as a day (hostile-input tests).
  if (!isCalendarDay(dueDate)) throw new Error(`Not a date we can read: ${String(dueDate)}`);
  if (!isPlannableDay(dueDate)) throw new Error(outOfRangeMessage(dueDate));
  await updateItem('Change due date', id, async (item) => {
    if (item.dueDate === dueDate && item.dueOverridden) return {};
    if (item.dueAt === null) return { dueDate, dueOverridden: true };
    // A timed item (a maintenance message) keeps its time of day on the new day; moving only the day
    // left its due moment, which the checklist shows, on the old one (issue 14's repo tests found it).
    const { timeZone } = await loadSettings();
    const dueAt = sameTimeOnDay(item.dueAt, dueDate, timeZone);
    if (!isPlannableInstant(dueAt)) throw new Error(outOfRangeMessage(dueAt));
    return { dueDate: instantToDay(dueAt, timeZone), dueAt, dueOverridden: true };
  });
}

/** Sets a timed item's due moment by hand (maintenance messages); its day follows in the planner's zone. */
export async function setItemDueAt(id: string, dueAt: Instant): Promise<void> {
  if (Number.isNaN(Date.parse(dueAt))) throw new Error(`Not a time we can read: ${dueAt}`);
  if (!isPlannableInstant(dueAt)) throw new Error(outOfRangeMessage(dueAt));
  await updateItem('Change due time', id, async () => {
    const settings = await loadSettings();
    return { dueAt, dueDate: instantToDay(dueAt, settings.timeZone), dueOverridden: true };
  });
}

/** The calendar drags an item's marker through this: the same as setting its due day by hand. */
export async function moveChecklistItemDue(id: string, dueDate: CalendarDay): Promise<void> {
  await setItemDueDate(id, dueDate);
}

/**
 * Puts an item's due date back to where its template rule puts it for its parent's current
 * launch (or maintenance window), and clears the manual override. Items without a rule (the
 * planner's own) have nothing to go back to.
 */
export async function resetItemDue(id: string): Promise<void> {
  await updateItem('Reset due date', id, async (item) => {
    const settings = await loadSettings();
    if (item.parentKind === 'announcement') {
      if (!isLaunchRelative(item.offset)) throw new Error('This item has no template rule to reset to.');
      const announcement = await db.announcements.get(item.parentId);
      if (!announcement) throw new Error('The announcement of this item no longer exists.');
      return {
        dueDate: dueDateForOffset(item.offset, announcement.launchDate, settings),
        dueOverridden: false,
      };
    }
    if (item.offset?.kind !== 'maintenance') throw new Error('This item has no template rule to reset to.');
    const window = await db.maintenanceWindows.get(item.parentId);
    if (!window) throw new Error('The maintenance window of this item no longer exists.');
    const dueAt = maintenanceDueAt(window, item.offset);
    return { dueAt, dueDate: instantToDay(dueAt, settings.timeZone), dueOverridden: false };
  });
}

/** Saves an item's notes. */
export async function setItemNotes(id: string, notes: string): Promise<void> {
  refuseTooLong(notes, TEXT_LIMITS.notes);
  await updateItem('Edit notes', id, () => ({ notes }));
}

/** Keeps an item that is "not in this tier": the planner decided it stays, so the flag goes. */
export async function keepNotInTierItem(id: string): Promise<void> {
  await updateItem('Keep item', id, () => ({ notInTier: false }));
}

export type CustomItemInput = { title: string; dueDate: CalendarDay; team: string; channel?: Channel };

/**
 * Adds the planner's own item at the end of a checklist. It has no template rule to reset to;
 * while open it moves with its launch by the same number of days. Returns its id.
 */
export async function addCustomItem(
  parentId: string,
  parentKind: ChecklistParentKind,
  input: CustomItemInput,
): Promise<string> {
  const title = input.title.trim().replace(/\s+/g, ' ');
  if (title === '') throw new Error('Give the item a title.');
  refuseTooLong(title, MAX_CUSTOM_TITLE);
  if (!isCalendarDay(input.dueDate)) throw new Error('Pick a due date.');
  if (!isPlannableDay(input.dueDate)) throw new Error(outOfRangeMessage(input.dueDate));
  const id = newId();
  await recordedChange(`Add “${title}”`, async () => {
    const siblings = await db.checklistItems.where('parentId').equals(parentId).toArray();
    const order = siblings.reduce((max, item) => Math.max(max, item.order), -1) + 1;
    const now = nowInstant();
    const item = newChecklistItem(
      {
        id,
        parentId,
        parentKind,
        title,
        channel: input.channel ?? 'other',
        team: input.team.trim() || 'Marketing',
        dueDate: input.dueDate,
        custom: true,
        order,
      },
      now,
    );
    return { checklistItems: { put: [item] } };
  });
  return id;
}

/** Deletes one checklist item, as one undoable action. */
export async function deleteItem(id: string): Promise<void> {
  await recordedChange('Delete item', async () => {
    const item = await itemOrThrow(id);
    return { checklistItems: { delete: [item.id] } };
  });
}
