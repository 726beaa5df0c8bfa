import { formatDayForPeople, isCalendarDay } from '../../../shared/calendar-day';
import { expandSeries, occurrenceAt, type WindowSeries } from '../../../shared/recurrence/expand';
import { occurrenceComms } from '../../../shared/recurrence/occurrence-comms';
import { occurrenceId, repeatsLabel, type WindowOccurrence } from '../../../shared/recurrence/rule';
import type { ChecklistItem, Settings, Instant } from '../../../shared/types';
import { useState } from 'react';
import { isPlannableInstant, outOfRangeMessage } from '../../../shared/plannable-range';
import {
  formatInstantInZone,
  instantToLocal,
  isLocalDateTime,
  localToInstant,
  instantOf,
} from '../../../shared/zoned-time';
import { Field } from '../../components/Field';
import { moveOccurrenceAsked } from '../recurrence/occurrence-moves';
import { PanelFrame } from '../../components/PanelFrame';
import { dateOccurrenceStep, setOccurrenceCancelled, tickOccurrenceStep } from '../../db/occurrence-repo';
import { useWindowOccurrences } from '../../db/useWindowOccurrences';
import { runWrite } from '../../components/run-write';
import { useUiStore } from '../../stores/ui-store';
import { DISRUPTION_LABELS } from './maintenance-format';
import './maintenance.css';

type Props = { series: WindowSeries; originalStart: Instant; settings: Settings; now: Date };

function report(write: Promise<void>, done: string): void {
  void runWrite(write, { done });
}

function dueText(item: ChecklistItem, zone: string): string {
  return item.dueAt ? formatInstantInZone(item.dueAt, zone) : formatDayForPeople(item.dueDate);
}

function Step({
  item,
  series,
  originalStart,
  zone,
}: {
  item: ChecklistItem;
  series: WindowSeries;
  originalStart: Instant;
  zone: string;
}) {
  const key = item.templateItemId ?? '';
  return (
    <li className={`occurrence-step${item.done ? ' occurrence-step--done' : ''}`}>
      <label>
        {/* Uncontrolled, so a tick shows at once; the stored value re-keys it when it lands. */}
        <input
          key={String(item.done)}
          type="checkbox"
          defaultChecked={item.done}
          onChange={(event) =>
            report(
              tickOccurrenceStep(series.id, originalStart, key, event.target.checked),
              event.target.checked ? 'Ticked for this window.' : 'Unticked.',
            )
          }
        />
        {item.title}
      </label>
      <span className="maint-hint">Due {dueText(item, zone)}</span>
      <input
        type="date"
        aria-label={`Due date for ${item.title}`}
        defaultValue={item.dueDate}
        key={item.dueDate}
        onKeyDown={(event) => {
          const value = event.currentTarget.value;
          if (event.key === 'Enter' && isCalendarDay(value) && value !== item.dueDate) {
            event.preventDefault();
            report(
              dateOccurrenceStep(series.id, originalStart, key, value),
              'Changed the due date of this window’s step.',
            );
          }
        }}
      />
    </li>
  );
}

/** Retimes this occurrence from the panel; like a drag, it asks "This one or all?" first. */
function MoveOccurrence(props: {
  series: WindowSeries;
  originalStart: Instant;
  start: Instant;
  zone: string;
}) {
  const { series, originalStart, start, zone } = props;
  const [local, setLocal] = useState<string>(() => instantToLocal(start, zone));
  const [error, setError] = useState<string | undefined>();
  const move = () => {
    if (!isLocalDateTime(local)) return setError('Not a date and time we can read.');
    const next = localToInstant(local, zone);
    if (!isPlannableInstant(next)) return setError(outOfRangeMessage(local));
    setError(undefined);
    void moveOccurrenceAsked(series.id, originalStart, series.title, next, () =>
      setLocal(instantToLocal(start, zone)),
    );
  };
  return (
    <div className="maint-actions">
      <Field label="Start of this window" error={error}>
        <input type="datetime-local" value={local} onChange={(event) => setLocal(event.target.value)} />
      </Field>
      <button type="button" onClick={move} disabled={local === instantToLocal(start, zone)}>
        Move…
      </button>
    </div>
  );
}

/**
 * One occurrence of a repeating window: its own times, the series' facts, and its own
 * communications steps (generated from its own start; ticks and dates stay with this occurrence).
 * Cancel this window makes it an exception, exported as an EXDATE.
 */
export function OccurrencePanel({ series, originalStart, settings, now }: Props) {
  const changes = useWindowOccurrences();
  const zone = settings.timeZone;
  const change: WindowOccurrence | undefined = changes.find(
    (row) => row.id === occurrenceId(series.id, originalStart),
  );
  const base = occurrenceAt(series, originalStart);
  const occurrence = base
    ? (expandSeries(
        series,
        change ? [change] : [],
        change?.start ?? base.start,
        change?.end ?? base.end,
      ).find((candidate) => candidate.originalStart === originalStart) ?? base)
    : null;
  const openDialog = useUiStore((state) => state.openDialog);
  if (!occurrence) return null;
  const items = occurrenceComms({ series, occurrence, change, settings, now: instantOf(now) });
  const headingId = `occurrence-comms-${series.id}`;
  return (
    <PanelFrame label="Maintenance details">
      <h2>{series.title}</h2>
      <p className="maint-chips">
        <span className={`maint-chip maint-chip--${series.disruption}`}>
          {DISRUPTION_LABELS[series.disruption]}
        </span>
        <span className="maint-chip">↻ {repeatsLabel(series.recurrence)}</span>
        {occurrence.cancelled ? (
          <span className="maint-chip maint-chip--status-cancelled">Cancelled</span>
        ) : null}
        {occurrence.moved ? <span className="maint-chip">Moved on its own</span> : null}
      </p>
      <dl className="maint-facts">
        <dt>This window ({zone})</dt>
        <dd>
          {formatInstantInZone(occurrence.start, zone)} – {formatInstantInZone(occurrence.end, zone)}
        </dd>
        <dt>Services</dt>
        <dd>{series.services.join(', ') || 'none listed'}</dd>
      </dl>
      <div className="maint-actions">
        <button type="button" onClick={() => openDialog({ kind: 'edit-maintenance', id: series.id })}>
          Edit series
        </button>
        <button
          type="button"
          className={occurrence.cancelled ? undefined : 'button--danger-quiet'}
          onClick={() =>
            report(
              setOccurrenceCancelled(series.id, originalStart, !occurrence.cancelled),
              occurrence.cancelled ? 'Restored this window.' : 'Cancelled this window only.',
            )
          }
        >
          {occurrence.cancelled ? 'Restore this window' : 'Cancel this window'}
        </button>
      </div>
      <MoveOccurrence
        key={`${originalStart}:${occurrence.start}`}
        series={series}
        originalStart={originalStart}
        start={occurrence.start}
        zone={zone}
      />
      <section className="maint-section" aria-labelledby={headingId}>
        <h3 id={headingId}>Communications for this window</h3>
        <p className="maint-hint">Each window of the series has its own steps and due dates.</p>
        <ul className="occurrence-steps" aria-label="Communications checklist">
          {items.map((item) => (
            <Step key={item.id} item={item} series={series} originalStart={originalStart} zone={zone} />
          ))}
        </ul>
      </section>
    </PanelFrame>
  );
}
