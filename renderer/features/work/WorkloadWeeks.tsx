import type { CalendarDay, WeekStart } from '../../../shared/types';
import { plural } from '../../../shared/plural';
import { workloadFor } from '../../../shared/work/workload';
import type { WorkRow } from '../../../shared/work/work-rows';
import { shortDay } from '../../../shared/work/weeks';
import { useWorkStore } from '../../stores/work-store';

type Props = {
  rows: readonly WorkRow[];
  owner: { key: string; name: string };
  today: CalendarDay;
  weekStart: WeekStart;
  maxPerDay: number;
};

/**
 * A person's workload, a row per week: items due, and a bar per day against the daily limit
 * the "too much due on one day" conflict uses. An over-limit day is drawn in the warning colour
 * and marked with "!" and counted in words, so colour is never the only sign. A click filters
 * to that person and week.
 */
export function WorkloadWeeks({ rows, owner, today, weekStart, maxPerDay }: Props) {
  const weeks = workloadFor(rows, owner.key, { weekStart, maxPerDay });
  const showOnly = useWorkStore((state) => state.setFilter);
  if (weeks.length === 0) return null;
  return (
    <ul className="workload" aria-label={`Workload of ${owner.name}`}>
      {weeks.map((week) => {
        const over = week.days.filter((day) => day.over).length;
        return (
          <li key={week.weekStart}>
            <button
              type="button"
              className={`workload__week${over > 0 ? ' workload__week--over' : ''}`}
              title="Show only these"
              onClick={() => {
                showOnly('owner', owner.key);
                showOnly('due', { from: week.weekStart, to: week.weekEnd });
              }}
            >
              {/* The group heading names the person for the eye; the button's own name needs it too. */}
              <span className="visually-hidden">{owner.name}: </span>
              <span className="workload__range">Week of {shortDay(week.weekStart, today)}</span>
              <span className="workload__count">{plural(week.count, 'item')} due</span>
              <span className="workload__bars" aria-hidden="true">
                {week.days.map((day) => (
                  <span
                    key={day.day}
                    className={`workload__day${day.over ? ' workload__day--over' : ''}`}
                    title={`${shortDay(day.day, today)}: ${day.count}`}
                  >
                    <span
                      className="workload__fill"
                      style={{ height: `${Math.min(100, (day.count / maxPerDay) * 100)}%` }}
                    />
                    {day.over ? <span className="workload__mark">!</span> : null}
                  </span>
                ))}
              </span>
              {over > 0 ? (
                <span className="workload__over">
                  {plural(over, 'day')} over the limit of {maxPerDay}
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
