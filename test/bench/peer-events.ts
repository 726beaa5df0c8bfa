import type { ICalEventData } from 'ical-generator';
import { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { addCalendarDays } from '../../shared/calendar-day';
import { itemsByParent, primaryLinkOf, tierNameOf } from '../../shared/export/context';
import { describeAnnouncement, describeItem, describeWindow } from '../../shared/export/describe';
import { createDayTools } from '../../shared/day-tools';
import type { ExportInput } from '../../shared/export/types';
import { localToInstant, toLocalDateTime } from '../../shared/zoned-time';

/**
 * The same entries our ICS export writes, as ical-generator event data. The texts are computed
 * here, outside the timed peer run's library calls but inside its timing, exactly as our exporter
 * computes them inside its own: both sides do the same domain work.
 */
export function peerEvents(input: ExportInput): ICalEventData[] {
  const tools = createDayTools();
  const checklists = itemsByParent(input.items);
  const events: ICalEventData[] = [];
  const titles = new Map<string, string>();
  for (const a of input.announcements) {
    titles.set(a.id, a.title);
    const timed = a.launchTime !== null;
    const start = timed
      ? new Date(localToInstant(toLocalDateTime(`${a.launchDate}T${a.launchTime}`), a.timeZone))
      : new Date(`${a.launchDate}T00:00:00Z`);
    events.push({
      id: `${a.id}@tierline`,
      start,
      end: timed
        ? new Date(start.getTime() + 3_600_000)
        : new Date(`${addCalendarDays(a.launchDate, 1)}T00:00:00Z`),
      allDay: !timed,
      stamp: new Date(input.now),
      summary: a.title,
      description: describeAnnouncement(a, checklists.get(a.id) ?? [], input.templateSets, tools),
      categories: [{ name: tierNameOf(a, input.templateSets) }, { name: 'Announcement' }],
      status: a.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      sequence: a.sequence,
      lastModified: new Date(a.updatedAt),
      url: primaryLinkOf(a) || null,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  for (const w of input.windows) {
    titles.set(w.id, w.title);
    events.push({
      id: `${w.id}@tierline`,
      start: new Date(w.start),
      end: new Date(w.end),
      stamp: new Date(input.now),
      summary: w.title,
      description: describeWindow(w, checklists.get(w.id) ?? [], input.settings.timeZone, tools),
      categories: [{ name: 'Maintenance' }, ...w.services.map((name) => ({ name }))],
      status: ICalEventStatus.CONFIRMED,
      sequence: w.sequence,
      lastModified: new Date(w.updatedAt),
    });
  }
  for (const item of input.items) {
    const parentTitle = titles.get(item.parentId) ?? '';
    events.push({
      id: `${item.id}@tierline`,
      start: new Date(`${item.dueDate}T00:00:00Z`),
      end: new Date(`${tools.addDays(item.dueDate, 1)}T00:00:00Z`),
      allDay: true,
      stamp: new Date(input.now),
      summary: `${item.title} (${parentTitle})`,
      description: describeItem(item, parentTitle, tools),
      categories: [{ name: item.team }, { name: 'Checklist' }],
      status: ICalEventStatus.CONFIRMED,
      sequence: item.sequence,
      lastModified: new Date(item.updatedAt),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return events;
}
