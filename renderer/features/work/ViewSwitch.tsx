import { useUiStore, type CalendarViewName } from '../../stores/ui-store';
import { useWorkStore } from '../../stores/work-store';

const VIEWS: { name: CalendarViewName; label: string }[] = [
  { name: 'dayGridMonth', label: 'Month' },
  { name: 'timeGridWeek', label: 'Week' },
  { name: 'timeGridDay', label: 'Day' },
  { name: 'listMonth', label: 'List' },
];

/**
 * The five view switches as the Work view shows them (the calendar shows the same five in its
 * own header): a calendar view brings the calendar back in that view.
 */
export function ViewSwitch() {
  const setWorkOpen = useWorkStore((state) => state.setWorkOpen);
  const show = (name: CalendarViewName) => {
    useUiStore.getState().setView(name);
    setWorkOpen(false);
  };
  return (
    <div className="view-switch" role="group" aria-label="View">
      {VIEWS.map((view) => (
        <button key={view.name} type="button" onClick={() => show(view.name)}>
          {view.label}
        </button>
      ))}
      <button type="button" aria-pressed="true">
        Work
      </button>
    </div>
  );
}
