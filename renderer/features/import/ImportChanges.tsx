import { formatDayForPeople, trustedCalendarDay } from '../../../shared/calendar-day';
import type { DiffRow } from '../../../shared/import/import-diff';
import type { ChangeDecision } from '../../../shared/import/import-plan';
import { decisionFor } from '../../../shared/import/import-plan';
import type { Face } from '../../../shared/import/record-face';
import type { StepChange } from '../../../shared/import/step-diff';
import { exceptionChanges } from '../../../shared/recurrence/import-exceptions';
import { formatInstantInZone, trustedInstant } from '../../../shared/zoned-time';
import type { Instant } from '../../../shared/types';

type Props = {
  rows: readonly DiffRow[];
  decisions: Readonly<Record<string, ChangeDecision>>;
  onDecide: (key: string, decision: ChangeDecision) => void;
  zone: string;
};

// Day-only starts are launch days; instants are shown in the planner's zone, with the end for windows.
function when(face: Face, zone: string): string {
  // A face holds the day or the instants the importer (or the stored record) wrote.
  const start = face.start.includes('T')
    ? formatInstantInZone(trustedInstant(face.start), zone)
    : formatDayForPeople(trustedCalendarDay(face.start));
  return face.end === null ? start : `${start} – ${formatInstantInZone(trustedInstant(face.end), zone)}`;
}

function Fields({ fields }: { fields: [string, string, string][] }) {
  return (
    <dl className="import-change__fields">
      {fields.map(([field, was, now]) => (
        <div key={`${field} ${was}`}>
          <dt>{field}</dt>
          <dd>
            {was} → {now}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One line per field the file changes: "Time: Dec 10 → Dec 17". */
function differences(before: Face, after: Face, zone: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  if (before.title !== after.title) out.push(['Title', before.title, after.title]);
  const [was, now] = [when(before, zone), when(after, zone)];
  if (was !== now) out.push(['Time', was, now]);
  if (before.cancelled !== after.cancelled)
    out.push([
      'Status',
      before.cancelled ? 'cancelled' : 'planned',
      after.cancelled ? 'cancelled' : 'planned',
    ]);
  // A repeating window's occurrences, one line each, named by the time they were planned for.
  const series = exceptionChanges(before.exceptions, after.exceptions);
  const each = (starts: Instant[], was: string, now: string) => {
    for (const start of starts) out.push([formatInstantInZone(start, zone), was, now]);
  };
  each(series.cancelled, 'planned', 'cancelled');
  each(series.restored, 'cancelled', 'planned');
  each(series.unmoved, 'moved', 'at its time');
  each(series.moved, 'at its time', 'moved');
  return out;
}

// A series' occurrence step: what the file changes on it, in words a planner uses.
function stepDifferences(step: StepChange): [string, string, string][] {
  const { before, after } = step;
  const out: [string, string, string][] = [];
  if (before.done !== after.done)
    out.push(['Done', before.done ? 'done' : 'not done', after.done ? 'done' : 'not done']);
  if (before.dueDate !== after.dueDate)
    out.push(['Due', before.dueDate ?? 'as planned', after.dueDate ?? 'as planned']);
  if (before.assigneeId !== after.assigneeId) out.push(['Assignee', 'as planned', 'as in the file']);
  return out;
}

/**
 * The records a newer version of a file changes, each with what changes (before → after). A record
 * edited here since its import asks: keep mine (the default) or take the file's.
 */
export function ImportChanges({ rows, decisions, onDecide, zone }: Props) {
  const changed = rows.filter(
    (row) => (row.match || row.step) && (row.status === 'changed' || row.status === 'cancelled'),
  );
  if (changed.length === 0) return null;
  return (
    <section className="import-changes" aria-label="Changes from the file">
      <h3>Changes from the file ({changed.length})</h3>
      <ul>
        {changed.map((row) => {
          if (row.step)
            return (
              <li key={row.key} className="import-change">
                <strong>{row.step.title}</strong>
                <span> ({formatInstantInZone(row.step.occurrenceStart, zone)})</span>
                <Fields fields={stepDifferences(row.step)} />
              </li>
            );
          if (!row.match) return null;
          const { before, after } = row.match;
          return (
            <li key={row.key} className="import-change">
              <strong>{before.title}</strong>
              {row.status === 'cancelled' ? <span className="import-tag">cancelled</span> : null}
              <Fields fields={differences(before, after, zone)} />
              {row.editedHere ? (
                <p className="import-change__conflict">
                  Edited here since it was imported.{' '}
                  <select
                    aria-label={`Keep or replace “${before.title}”`}
                    value={decisionFor(row, decisions)}
                    onChange={(event) => onDecide(row.key, event.target.value as ChangeDecision)}
                  >
                    <option value="mine">Keep mine</option>
                    <option value="theirs">Take the file’s</option>
                  </select>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
