import { errorMessage } from '../../../shared/error-message';
import { useMemo, useState } from 'react';
import type { ExportFilters, ExportInput, IcsTaskMode } from '../../../shared/export/types';
import { defaultExportRange } from '../../../shared/export/filters';
import { ICS_REMINDERS, REMINDER_LABELS, type IcsReminder } from '../../../shared/export/ics-reminders';
import { EXPORT_KINDS } from '../../../shared/export/types';
import type { CalendarDay, Settings } from '../../../shared/types';
import { instantToDay, instantOf } from '../../../shared/zoned-time';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { copyText, saveTextFile } from '../../platform/platform';
import { useUiStore } from '../../stores/ui-store';
import type { PlanData } from '../../db/usePlanData';
import { PublishSection } from '../publish/PublishSection';
import { ExportFilterFields, type FilterOptions, type FilterState } from './ExportFilterFields';
import type { ExportFormat, ExportResult } from './export-formats';
import {
  FORMAT_LABELS,
  FORMATS,
  buildExport,
  formatUsesFilters,
  isMarkdown,
  previewLines,
} from './export-formats';
import './export.css';
import { useWindowOccurrences } from '../../db/useWindowOccurrences';
import { tierOf } from '../../../shared/templates/built-in-sets';
import { leftOutLine, nextArrayMonthWithLaunches, planDayRange } from '../../../shared/export/plan-range';
import { toCalendarDay } from '../../../shared/calendar-day';

type Props = { plan: PlanData; settings: Settings; now: Date };

export const TASK_LABELS: Record<IcsTaskMode, string> = {
  events: 'All-day due events (Google Calendar, Outlook)',
  todos: 'Tasks (VTODO: Thunderbird, Apple Reminders)',
  none: 'Leave out',
};

/** The tiers, teams and people the plan has, for the filter fields. */
export function filterOptions(plan: PlanData, settings: Settings): FilterOptions {
  const names = new Map<string, string>();
  const active = plan.templateSets.find((set) => set.id === settings.activeTemplateSetId);
  for (const tier of active?.tiers ?? []) names.set(tier.key, tier.name);
  for (const announcement of plan.announcements) {
    if (names.has(announcement.tierKey)) continue;
    names.set(announcement.tierKey, tierOf(announcement, plan.templateSets)?.name ?? announcement.tierKey);
  }
  const sorted = (values: string[]) =>
    [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))].sort((a, b) =>
      a.localeCompare(b),
    );
  return {
    tiers: [...names].map(([key, name]) => ({ key, name })),
    teams: sorted(plan.items.map((item) => item.team)),
    // Everyone in the people list, as the filter matches owners by person (issue 9).
    people: sorted(plan.people.map((person) => person.name)),
  };
}

function toExportFilters(
  state: FilterState,
  options: FilterOptions,
): ExportFilters & { from: CalendarDay; to: CalendarDay } {
  const shown = <T,>(all: readonly T[], hidden: T[]): T[] | undefined =>
    hidden.length === 0 ? undefined : all.filter((entry) => !hidden.includes(entry));
  return {
    // Only called once both dates are chosen (rangeError): a date input gives a real day or ''.
    from: toCalendarDay(state.from),
    to: toCalendarDay(state.to),
    tierKeys: shown(
      options.tiers.map((tier) => tier.key),
      state.hiddenTiers,
    ),
    teams: shown(options.teams, state.hiddenTeams),
    kinds: shown(EXPORT_KINDS, state.hiddenKinds),
    owner: state.owner.trim() === '' ? undefined : state.owner,
  };
}

/** The Export dialog: pick a format and filters, see the file before saving or copying it. */
export function ExportDialog({ plan, settings, now }: Props) {
  const close = useUiStore((state) => state.closeDialog);
  const today = instantToDay(instantOf(now), settings.timeZone);
  const occurrences = useWindowOccurrences();
  const input = useMemo(
    (): ExportInput => ({
      announcements: plan.announcements,
      items: plan.items,
      windows: plan.windows,
      templateSets: plan.templateSets,
      people: plan.people,
      settings,
      now: instantOf(now),
      occurrences,
    }),
    [plan, settings, now, occurrences],
  );
  const [format, setFormat] = useState<ExportFormat>('ics');
  const [tasks, setTasks] = useState<IcsTaskMode>('events');
  // Off by default: a calendar that starts buzzing is a surprise nobody asked for.
  const [reminders, setReminders] = useState<IcsReminder>('none');
  // The Array draft opens on the next edition that has launches, not on an empty month.
  const [month, setMonth] = useState(() => nextArrayMonthWithLaunches(input, today));
  // The whole plan by default, so nothing is left out unless the planner narrows it (issue 10).
  const [filters, setFilters] = useState<FilterState>(() => ({
    ...(planDayRange(input) ?? defaultExportRange(today)),
    hiddenTiers: [],
    hiddenTeams: [],
    hiddenKinds: [],
    owner: '',
  }));
  const [message, setMessage] = useState<string | null>(null);
  const options = useMemo(() => filterOptions(plan, settings), [plan, settings]);
  const uses = formatUsesFilters(format);
  const rangeError =
    filters.from === '' || filters.to === ''
      ? 'Choose both dates'
      : filters.from > filters.to
        ? 'From must be on or before To'
        : undefined;
  const monthError = /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? undefined : 'Choose a month';
  const blocked = (uses.range && rangeError) || (format === 'md-array' && monthError);

  const result = useMemo((): ExportResult | { error: string } | null => {
    if (blocked) return null;
    try {
      return buildExport(
        input,
        { format, filters: toExportFilters(filters, options), tasks, reminders, month },
        today,
      );
    } catch (error) {
      return { error: errorMessage(error, 'This export could not be made.') };
    }
  }, [blocked, input, format, filters, options, tasks, reminders, month, today]);
  const ready = result && !('error' in result) ? result : null;
  const preview = ready ? previewLines(ready.text) : null;
  // Said whenever the range or a filter leaves something out; the Array draft picks by month and
  // a backup holds everything, so neither has such a line.
  const leftOut = useMemo(
    () => (ready && uses.range ? leftOutLine(input, toExportFilters(filters, options)) : null),
    [ready, uses.range, input, filters, options],
  );

  const save = () => {
    if (!ready) return;
    setMessage(null);
    saveTextFile(ready.fileName, ready.text, ready.filters).then(
      (saved) => {
        if (saved.status === 'saved') useUiStore.getState().showToast(`Saved ${saved.path}`);
      },
      (error: unknown) =>
        setMessage(`Could not save: ${errorMessage(error, 'the file could not be written.')}`),
    );
  };
  const copy = () => {
    if (!ready) return;
    void copyText(ready.text).then((copied) =>
      copied
        ? useUiStore.getState().showToast(`Copied ${FORMAT_LABELS[format]} to the clipboard`)
        : setMessage(
            'This browser did not allow copying to the clipboard. Use Save file… and open the file instead.',
          ),
    );
  };

  return (
    <Dialog title="Export" onClose={close} wide>
      <div className="export-dialog">
        <div className="export-dialog__controls">
          <fieldset className="export-formats">
            <legend>Format</legend>
            {FORMATS.map((candidate) => (
              <label key={candidate} className="checkbox">
                <input
                  type="radio"
                  name="export-format"
                  checked={format === candidate}
                  onChange={() => setFormat(candidate)}
                />
                {FORMAT_LABELS[candidate]}
              </label>
            ))}
          </fieldset>
          {format === 'ics' ? (
            <fieldset className="export-formats">
              <legend>Checklist items</legend>
              {(Object.keys(TASK_LABELS) as IcsTaskMode[]).map((mode) => (
                <label key={mode} className="checkbox">
                  <input
                    type="radio"
                    name="export-tasks"
                    checked={tasks === mode}
                    onChange={() => setTasks(mode)}
                  />
                  {TASK_LABELS[mode]}
                </label>
              ))}
            </fieldset>
          ) : null}
          {format === 'ics' && tasks !== 'none' ? (
            <Field
              label="Reminders"
              hint="On open checklist items, so owners' calendars remind them. All-day items remind at 09:00."
            >
              <select value={reminders} onChange={(event) => setReminders(event.target.value as IcsReminder)}>
                {ICS_REMINDERS.map((choice) => (
                  <option key={choice} value={choice}>
                    {REMINDER_LABELS[choice]}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          {format === 'md-array' ? (
            <Field
              label="Month"
              error={monthError}
              hint={`The edition goes out on day ${settings.arrayDayOfMonth} of the month`}
            >
              <input type="month" value={month} onChange={(event) => setMonth(event.target.value)} />
            </Field>
          ) : null}
          {uses.other ? (
            <ExportFilterFields
              value={filters}
              options={options}
              showRange={uses.range}
              showKinds={format !== 'md-array'}
              rangeError={rangeError}
              onChange={(patch) => setFilters((current) => ({ ...current, ...patch }))}
            />
          ) : (
            <p className="export-note">
              A full backup holds everything: every record, template, setting and tick. Filters do not apply.
            </p>
          )}
        </div>
        <div className="export-dialog__preview">
          <div className="export-dialog__head">
            <strong>{ready ? ready.fileName : 'Nothing to export'}</strong>
            <span className="export-count" aria-live="polite">
              {ready?.count ?? ''}
            </span>
          </div>
          <pre className="export-preview" aria-label="Preview" tabIndex={0}>
            {preview
              ? preview.shown
              : result && 'error' in result
                ? result.error
                : 'Fix the highlighted fields to see the file.'}
          </pre>
          {leftOut ? <p className="export-left-out">{leftOut}</p> : null}
          {preview && preview.more > 0 ? (
            <p className="export-note">…and {preview.more} more lines in the file.</p>
          ) : null}
          <div className="export-dialog__buttons">
            <button type="button" className="button--primary" onClick={save} disabled={!ready}>
              Save file…
            </button>
            {isMarkdown(format) ? (
              <button type="button" onClick={copy} disabled={!ready}>
                Copy
              </button>
            ) : null}
          </div>
          {message ? (
            <p className="export-message" role="alert">
              {message}
            </p>
          ) : null}
          <PublishSection timeZone={settings.timeZone} />
        </div>
      </div>
    </Dialog>
  );
}
