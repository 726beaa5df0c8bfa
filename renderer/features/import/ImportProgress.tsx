import { progressText } from '../../../shared/import/ics-preview-job';

type Props = { name: string; done: number; total: number; onCancel: () => void };

/** While a calendar is read in the background: how far it is, and a way to stop it. */
export function ImportProgress({ name, done, total, onCancel }: Props) {
  return (
    <div className="import-progress" role="region" aria-label="Reading the calendar">
      <p className="import-progress__name">
        Reading <strong>{name}</strong>…
      </p>
      <progress
        className="import-progress__bar"
        aria-label={`Reading ${name}`}
        max={Math.max(total, 1)}
        value={total === 0 ? undefined : done}
      />
      {/* Not a live region: a count announced every 250 events would drown everything else out. */}
      <p className="import-note">{total === 0 ? 'Reading events…' : progressText(done, total)}</p>
      <div>
        <button type="button" onClick={onCancel}>
          Cancel reading
        </button>
      </div>
    </div>
  );
}
