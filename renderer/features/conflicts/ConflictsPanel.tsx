import { formatDayForPeople } from '../../../shared/calendar-day';
import type { Conflict } from '../../../shared/conflicts/conflict';
import type { Settings } from '../../../shared/types';
import type { PlanData } from '../../db/usePlanData';
import { useUiStore } from '../../stores/ui-store';
import { TeamCalendarConflicts } from '../team-calendar/TeamCalendarConflicts';
import { conflictFocus, conflictKindLabel } from './conflict-view';
import './conflicts.css';

type Props = { conflicts: readonly Conflict[]; plan: PlanData; settings: Settings };

/**
 * Every conflict in the plan, each with a jump to it. Warnings only: nothing here blocks a
 * change, and each entry disappears by itself once its cause is moved or resolved.
 */
export function ConflictsPanel({ conflicts, plan, settings }: Props) {
  const open = useUiStore((state) => state.conflictsOpen);
  const toggle = useUiStore((state) => state.toggleConflicts);
  if (!open) return null;
  const show = (conflict: Conflict) => {
    const focus = conflictFocus(conflict, plan, settings);
    const ui = useUiStore.getState();
    ui.jumpTo(focus.day, focus.time);
    if (focus.selection) ui.select(focus.selection);
  };
  return (
    <aside id="conflicts-panel" className="panel conflicts-panel" aria-label="Conflicts">
      <button type="button" className="panel__close" onClick={toggle} aria-label="Close conflicts">
        ×
      </button>
      <h2>Conflicts ({conflicts.length})</h2>
      <p className="conflicts-panel__hint">
        Warnings, not rules: nothing is blocked. Each one clears by itself when its cause is moved or
        resolved.
      </p>
      {conflicts.length === 0 ? (
        <p className="conflicts-panel__empty">No conflicts in the plan.</p>
      ) : (
        <ul className="conflicts-panel__list" aria-label="Conflict list">
          {conflicts.map((conflict) => (
            <li key={conflict.key} className={`conflict conflict--${conflict.kind}`}>
              <div className="conflict__head">
                <span className="conflict__kind">
                  <span aria-hidden="true">⚠ </span>
                  {conflictKindLabel(conflict.kind)}
                </span>
                <span className="conflict__day">{formatDayForPeople(conflict.day)}</span>
              </div>
              <p className="conflict__message">{conflict.message}</p>
              <button
                type="button"
                className="conflict__show"
                onClick={() => show(conflict)}
                aria-label={`Show ${conflictKindLabel(conflict.kind).toLowerCase()} on ${formatDayForPeople(conflict.day)}`}
              >
                Show
              </button>
            </li>
          ))}
        </ul>
      )}
      <TeamCalendarConflicts />
    </aside>
  );
}
