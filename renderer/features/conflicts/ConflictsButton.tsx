import { useUiStore } from '../../stores/ui-store';
import './conflicts.css';

/** The toolbar's Conflicts toggle; the count is in its name, so a screen reader hears it too. */
export function ConflictsButton({ count }: { count: number }) {
  const open = useUiStore((state) => state.conflictsOpen);
  const toggle = useUiStore((state) => state.toggleConflicts);
  return (
    <button
      type="button"
      className={`conflicts-button${count > 0 ? ' conflicts-button--warn' : ''}`}
      aria-expanded={open}
      aria-controls="conflicts-panel"
      onClick={toggle}
    >
      {count > 0 ? <span aria-hidden="true">⚠ </span> : null}
      Conflicts ({count})
    </button>
  );
}
