import { formatDayForPeople } from '../../shared/calendar-day';
import { formatInstantInZone } from '../../shared/zoned-time';
import { tierOf } from '../features/calendar/calendar-events';
import type { PlanData } from '../features/calendar/usePlanData';
import { useUiStore } from '../stores/ui-store';
import type { Settings } from '../../shared/types';

/** The side panel: what the planner selected on the calendar, and its checklist. */
export function DetailsPanel({ plan, settings }: { plan: PlanData; settings: Settings }) {
  const selection = useUiStore((state) => state.selection);
  const select = useUiStore((state) => state.select);
  if (!selection) return null;
  const items = plan.items.filter((item) => item.parentId === selection.id).sort((a, b) => a.order - b.order);
  const close = (
    <button type="button" className="panel__close" onClick={() => select(null)} aria-label="Close details">
      ×
    </button>
  );
  if (selection.kind === 'announcement') {
    const announcement = plan.announcements.find((candidate) => candidate.id === selection.id);
    if (!announcement) return null;
    return (
      <aside className="panel" aria-label="Announcement details">
        {close}
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
      </aside>
    );
  }
  const window = plan.windows.find((candidate) => candidate.id === selection.id);
  if (!window) return null;
  return (
    <aside className="panel" aria-label="Maintenance details">
      {close}
      <h2>{window.title}</h2>
      <p>
        {formatInstantInZone(window.start, settings.timeZone)} – {formatInstantInZone(window.end, settings.timeZone)}
      </p>
      {window.timeZone !== settings.timeZone ? (
        <p>
          In {window.timeZone}: {formatInstantInZone(window.start, window.timeZone)} – {formatInstantInZone(window.end, window.timeZone)}
        </p>
      ) : null}
      <p>Services: {window.services.join(', ') || 'none listed'}</p>
      <ul className="checklist" aria-label="Communications checklist">
        {items.map((item) => (
          <li key={item.id}>
            <span>{item.done ? '☑' : '☐'}</span> {item.title}
          </li>
        ))}
      </ul>
    </aside>
  );
}
