import { useMemo, useState } from 'react';
import { addCalendarDays, formatDayForPeople } from '../../../shared/calendar-day';
import { fitsMaintenanceWindow } from '../../../shared/import/event-times';
import type { IcsImportResult, ImportedEvent } from '../../../shared/import/ics-import';
import type { ImportChoice } from '../../../shared/import/to-records';
import type { Settings, TemplateSet } from '../../../shared/types';
import { formatInstantInZone, instantToDay } from '../../../shared/zoned-time';
import { Field } from '../../components/Field';
import { importIcsEvents } from '../../db/import-repo';
import { useUiStore } from '../../stores/ui-store';
import { ProblemList, lineProblems } from './ProblemList';
import { plural } from '../../../shared/plural';
import { findTierByRank } from '../../../shared/templates/built-in-sets';

type Props = {
  name: string;
  result: IcsImportResult;
  templateSets: TemplateSet[];
  settings: Settings;
  onDone: () => void;
};

const CHOICE_LABELS: Record<ImportChoice, string> = {
  maintenance: 'Maintenance window',
  announcement: 'Announcement',
  skip: 'Skip',
};
const CHOICES = Object.keys(CHOICE_LABELS) as ImportChoice[];
// Rendering thousands of rows with a select each would freeze the dialog; "Set all" reaches the rest.
const ROWS_SHOWN = 300;

/** Timed events look like work with a start and an end; all-day ones (and marathons) like a launch day. */
function guess(event: ImportedEvent): ImportChoice {
  return event.allDay || !fitsMaintenanceWindow(event) ? 'announcement' : 'maintenance';
}

/** What "Set every event" gives one event: never a window it is too long to be. */
function bulkChoice(event: ImportedEvent, choice: ImportChoice): ImportChoice {
  return choice === 'maintenance' && !fitsMaintenanceWindow(event) ? 'announcement' : choice;
}

function when(event: ImportedEvent, zone: string): string {
  if (event.allDay) {
    const last = addCalendarDays(event.end, -1);
    return last > event.start
      ? `${formatDayForPeople(event.start)} – ${formatDayForPeople(last)}`
      : formatDayForPeople(event.start);
  }
  const end = formatInstantInZone(event.end, zone);
  const sameDay = instantToDay(event.start, zone) === instantToDay(event.end, zone);
  return `${formatInstantInZone(event.start, zone)} – ${sameDay ? end.slice(end.indexOf(', ') + 2) : end}`;
}

/** The preview of a calendar file: what each event becomes, what was skipped and why, then one import. */
export function IcsPreview({ name, result, templateSets, settings, onDone }: Props) {
  const set = templateSets.find((candidate) => candidate.id === settings.activeTemplateSetId);
  const tiers = set?.tiers ?? [];
  const [tierKey, setTierKey] = useState(() => ((set && findTierByRank(set, 3)) ?? tiers[0])?.key ?? '');
  const [choices, setChoices] = useState<Record<string, ImportChoice>>(() =>
    Object.fromEntries(result.events.map((event) => [event.key, guess(event)])),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const kept = useMemo(
    () => result.events.filter((event) => choices[event.key] !== 'skip'),
    [result.events, choices],
  );
  const needsTier = kept.some((event) => choices[event.key] === 'announcement');
  const zone = settings.timeZone;

  const setAll = (choice: ImportChoice) =>
    setChoices(Object.fromEntries(result.events.map((event) => [event.key, bulkChoice(event, choice)])));
  const submit = () => {
    setBusy(true);
    setError(null);
    importIcsEvents({ events: result.events, choices, tierKey }).then(
      (counts) => {
        const first = [...kept].sort((a, b) => (a.start < b.start ? -1 : 1))[0];
        const ui = useUiStore.getState();
        if (first) ui.jumpTo(first.allDay ? first.start : instantToDay(first.start, zone));
        ui.showToast(`Imported ${plural(counts.announcements + counts.windows, 'item')} from ${name}.`, true);
        onDone();
      },
      (reason: unknown) => {
        setBusy(false);
        setError(`Nothing was imported: ${reason instanceof Error ? reason.message : String(reason)}`);
      },
    );
  };

  return (
    <div className="import-preview" aria-label="Import preview" role="region">
      <p className="import-summary">
        <strong>{name}</strong>: {plural(result.events.length, 'event')} to import
        {result.skipped.length > 0 ? `, ${result.skipped.length} skipped` : ''}. Times are shown in your zone
        ({zone}).
      </p>
      {result.events.length > 0 ? (
        <>
          <div className="import-bulk" role="group" aria-label="Set every event">
            <span>Set every event to:</span>
            {CHOICES.map((choice) => (
              <button key={choice} type="button" onClick={() => setAll(choice)}>
                {CHOICE_LABELS[choice]}
              </button>
            ))}
          </div>
          <div className="import-table-wrap">
            <table className="import-table">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">When</th>
                  <th scope="col">Import as</th>
                </tr>
              </thead>
              <tbody>
                {result.events.slice(0, ROWS_SHOWN).map((event) => (
                  <tr
                    key={event.key}
                    className={choices[event.key] === 'skip' ? 'import-table__skipped' : undefined}
                  >
                    <td>
                      {event.title || 'Untitled event'}
                      {event.status === 'cancelled' ? <span className="import-tag">cancelled</span> : null}
                    </td>
                    <td>{when(event, zone)}</td>
                    <td>
                      <select
                        aria-label={`Import “${event.title || 'Untitled event'}” as`}
                        value={choices[event.key] ?? 'skip'}
                        onChange={(change) =>
                          setChoices((current) => ({
                            ...current,
                            [event.key]: change.target.value as ImportChoice,
                          }))
                        }
                      >
                        {CHOICES.map((choice) => (
                          <option
                            key={choice}
                            value={choice}
                            disabled={choice === 'maintenance' && !fitsMaintenanceWindow(event)}
                          >
                            {CHOICE_LABELS[choice]}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.events.length > ROWS_SHOWN ? (
            <p className="import-note">
              Showing the first {ROWS_SHOWN}; the other {result.events.length - ROWS_SHOWN} keep their guess
              (timed → maintenance, all day → announcement) unless you use “Set every event”.
            </p>
          ) : null}
          {needsTier ? (
            <div className="import-tier">
              <Field
                label="Tier for announcements"
                hint={`Imported announcements get this tier's checklist (${set?.name ?? 'active template set'})`}
              >
                <select value={tierKey} onChange={(event) => setTierKey(event.target.value)}>
                  {tiers.map((tier) => (
                    <option key={tier.key} value={tier.key}>
                      {tier.name}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          ) : null}
        </>
      ) : null}
      <ProblemList label="Skipped events" problems={lineProblems(result.skipped)} tone="error" />
      <ProblemList label="Warnings" problems={lineProblems(result.warnings)} tone="warning" />
      {error ? (
        <p className="import-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="import-actions">
        <button
          type="button"
          className="button--primary"
          onClick={submit}
          disabled={busy || kept.length === 0 || (needsTier && tierKey === '')}
        >
          Import {plural(kept.length, 'item')}
        </button>
      </div>
    </div>
  );
}
