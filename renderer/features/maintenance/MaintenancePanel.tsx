import { formatInstantInZone } from '../../../shared/zoned-time';
import type { MaintenanceWindow, Settings } from '../../../shared/types';
import { PanelFrame } from '../../app/PanelFrame';
import type { PlanData } from '../calendar/usePlanData';

type Props = { window: MaintenanceWindow; plan: PlanData; settings: Settings; now: Date };

/** A maintenance window, its times in both zones and its communications checklist. */
export function MaintenancePanel({ window, plan, settings }: Props) {
  const items = plan.items.filter((item) => item.parentId === window.id).sort((a, b) => a.order - b.order);
  return (
    <PanelFrame label="Maintenance details">
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
    </PanelFrame>
  );
}
