import { formatDayForPeople } from '../../../shared/calendar-day';
import type { Announcement, Settings } from '../../../shared/types';
import { PanelFrame } from '../../app/PanelFrame';
import { tierOf } from '../calendar/calendar-events';
import type { PlanData } from '../calendar/usePlanData';

type Props = { announcement: Announcement; plan: PlanData; settings: Settings; now: Date };

/** An announcement and its checklist, in the side panel. */
export function AnnouncementPanel({ announcement, plan }: Props) {
  const items = plan.items.filter((item) => item.parentId === announcement.id).sort((a, b) => a.order - b.order);
  return (
    <PanelFrame label="Announcement details">
      <h2>{announcement.title}</h2>
      <p>
        {tierOf(announcement, plan.templateSets)?.name ?? announcement.tierKey} · launches {formatDayForPeople(announcement.launchDate)}
        {announcement.launchTime ? ` at ${announcement.launchTime} (${announcement.timeZone})` : ''}
      </p>
      <ul className="checklist" aria-label="Checklist">
        {items.map((item) => (
          <li key={item.id}>
            <span>{item.done ? '☑' : '☐'}</span> {item.title} <span className="checklist__due">due {formatDayForPeople(item.dueDate)}</span>
          </li>
        ))}
      </ul>
    </PanelFrame>
  );
}
