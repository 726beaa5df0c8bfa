import type { CalendarDay } from '../../shared/types';
import { db } from './db';
import { nowInstant } from './ids';
import { recordedChange } from './recorded-change';

/** Sets a checklist item's own due date; from then on moving its launch leaves it where it is. */
export async function moveChecklistItemDue(id: string, dueDate: CalendarDay): Promise<void> {
  await recordedChange('Change due date', async () => {
    const item = await db.checklistItems.get(id);
    if (!item) throw new Error('That checklist item no longer exists.');
    if (item.dueDate === dueDate) return {};
    return {
      checklistItems: {
        put: [{ ...item, dueDate, dueOverridden: true, updatedAt: nowInstant(), sequence: item.sequence + 1 }],
      },
    };
  });
}
