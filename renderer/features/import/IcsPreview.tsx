import { errorMessage } from '../../../shared/error-message';
import { useMemo, useState } from 'react';
import { addCalendarDays, formatDayForPeople, trustedCalendarDay } from '../../../shared/calendar-day';
import { fitsMaintenanceWindow } from '../../../shared/import/event-times';
import type { IcsImportResult, ImportedEvent } from '../../../shared/import/ics-import';
import type { ImportChoice } from '../../../shared/import/to-records';
import { diffSummary } from '../../../shared/import/import-diff';
import type { ChangeDecision } from '../../../shared/import/import-plan';
import type { Settings, TemplateSet } from '../../../shared/types';
import { formatInstantInZone, instantToDay, trustedInstant } from '../../../shared/zoned-time';
import { Field } from '../../components/Field';
import { importIcsEvents } from '../../db/import-repo';
import { useUiStore } from '../../stores/ui-store';
import { ImportChanges } from './ImportChanges';
import { ProblemList, lineProblems } from './ProblemList';
import { TodoImport } from './TodoImport';
import { useImportDiff } from './useImportDiff';
import { plural } from '../../../shared/plural';
import { findTierByRank } from '../../../shared/templates/built-in-sets';

type Props = {
  name: string;
  /** The calendar the file says it is (calendarIdentity), for the planner to confirm. */
  calendar: string;
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
    // An all-day event's start and end are days the importer wrote.
    const start = trustedCalendarDay(event.start);
    const last = addCalendarDays(trustedCalendarDay(event.end), -1);
    return last > start
      ? `${formatDayForPeople(start)} – ${formatDayForPeople(last)}`
      : formatDayForPeople(start);
  }
  // A timed event's start and end are instants the importer wrote.
  const [from, to] = [trustedInstant(event.start), trustedInstant(event.end)];
  const end = formatInstantInZone(to, zone);
  const sameDay = instantToDay(from, zone) === instantToDay(to, zone);
  return `${formatInstantInZone(from, zone)} – ${sameDay ? end.slice(end.indexOf(', ') + 2) : end}`;
}

/** The preview of a calendar file: what each event becomes, what was skipped and why, then one import. */
export function IcsPreview({ name, calendar, result, templateSets, settings, onDone }: Props) {
  const set = templateSets.find((candidate) => candidate.id === settings.activeTemplateSetId);
  const tiers = set?.tiers ?? [];
  const [tierKey, setTierKey] = useState(() => ((set && findTierByRank(set, 3)) ?? tiers[0])?.key ?? '');
  const [choices, setChoices] = useState<Record<string, ImportChoice>>(() =>
    Object.fromEntries(result.events.map((event) => [event.key, guess(event)])),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [calendarName, setCalendarName] = useState(calendar);
  const [decisions, setDecisions] = useState<Record<string, ChangeDecision>>({});
  const compared = useImportDiff(result.events, calendarName.trim() || name);
  // Only events the plan does not have yet are offered as new records; the rest are compared.
  const fresh = useMemo(() => {
    const keys = new Set(compared?.diff.rows.filter((row) => row.status === 'new').map((row) => row.key));
    return result.events.filter((event) => keys.has(event.key));
  }, [compared, result.events]);
  const kept = useMemo(() => fresh.filter((event) => choices[event.key] !== 'skip'), [fresh, choices]);
  const todos = result.todos ?? [];
  const [todoParent, setTodoParent] = useState('');
  const todoCount = todoParent === '' ? 0 : todos.length;
  const changes = compared ? compared.diff.counts.changed + compared.diff.counts.cancelled : 0;
  const needsTier = kept.some((event) => choices[event.key] === 'announcement');
  const zone = settings.timeZone;

  const setAll = (choice: ImportChoice) =>
    setChoices((current) => ({
      ...current,
      ...Object.fromEntries(fresh.map((event) => [event.key, bulkChoice(event, choice)])),
    }));
  const submit = () => {
    setBusy(true);
    setError(null);
    const calendarKey = calendarName.trim() || name;
    const todoRequest = todoParent === '' ? {} : { todos: { todos, announcementId: todoParent } };
    importIcsEvents({
      events: result.events,
      choices,
      tierKey,
      calendar: calendarKey,
      decisions,
      ...todoRequest,
    }).then(
      (counts) => {
        const first = [...kept].sort((a, b) => (a.start < b.start ? -1 : 1))[0];
        const ui = useUiStore.getState();
        if (first)
          ui.jumpTo(
            first.allDay ? trustedCalendarDay(first.start) : instantToDay(trustedInstant(first.start), zone),
          );
        const updated =
          (counts.updated > 0 ? `, updated ${counts.updated}` : '') +
          (counts.todos > 0 ? `, added ${plural(counts.todos, 'to-do')}` : '');
        ui.showToast(
          `Imported ${plural(counts.announcements + counts.windows, 'item')}${updated} from ${name}.`,
          true,
        );
        onDone();
      },
      (reason: unknown) => {
        setBusy(false);
        setError(`Nothing was imported: ${errorMessage(reason)}`);
      },
    );
  };

  return (
    <div className="import-preview" aria-label="Import preview" role="region">
      <p className="import-summary">
        <strong>{name}</strong>: {plural(result.events.length, 'event')} read
        {result.skipped.length > 0 ? `, ${result.skipped.length} skipped` : ''}. Times are shown in your zone
        ({zone}).
      </p>
      {result.events.length === 0 && todos.length > 0 ? (
        <p className="import-only-todos" role="note">
          This file holds only to-dos ({todos.length}) and no events: choose an announcement below to add them
          to its checklist, or nothing is imported.
        </p>
      ) : null}
      {result.events.length > 0 ? (
        <>
          <div className="import-calendar">
            <Field
              label="Calendar"
              hint="Events are matched with what you imported from this calendar before"
            >
              <input value={calendarName} onChange={(event) => setCalendarName(event.target.value)} />
            </Field>
          </div>
          <p className="import-diff-summary" role="status">
            {compared
              ? `Compared with your plan: ${diffSummary(compared.diff.counts)}.`
              : 'Comparing with your plan…'}
          </p>
        </>
      ) : null}
      {compared ? (
        <ImportChanges
          rows={compared.diff.rows}
          decisions={decisions}
          onDecide={(key, decision) => setDecisions((current) => ({ ...current, [key]: decision }))}
          zone={zone}
        />
      ) : null}
      {fresh.length > 0 ? (
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
                {fresh.slice(0, ROWS_SHOWN).map((event) => (
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
          {fresh.length > ROWS_SHOWN ? (
            <p className="import-note">
              Showing the first {ROWS_SHOWN}; the other {fresh.length - ROWS_SHOWN} keep their guess (timed →
              maintenance, all day → announcement) unless you use “Set every event”.
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
      <TodoImport
        todos={todos}
        announcements={compared?.plan.announcements ?? []}
        parentId={todoParent}
        onChange={setTodoParent}
      />
      <ProblemList label="Skipped events" problems={lineProblems(result.skipped)} tone="error" />
      <ProblemList
        label="Warnings"
        problems={lineProblems([
          // With to-dos listed above, the reader's "to-dos not imported" warning would say too little.
          ...result.warnings.filter((warning) => todos.length === 0 || !warning.reason.includes('(VTODO)')),
          ...(compared?.diff.problems ?? []),
        ])}
        tone="warning"
      />
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
          disabled={
            busy || !compared || kept.length + changes + todoCount === 0 || (needsTier && tierKey === '')
          }
        >
          Import {plural(kept.length + changes + todoCount, 'item')}
        </button>
      </div>
    </div>
  );
}
