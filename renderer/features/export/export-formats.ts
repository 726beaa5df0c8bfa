import { plural } from '../../../shared/plural';
import { backupToText } from '../../../shared/backup/snapshot';
import { createBackup } from '../../../shared/backup/create-backup';
import { applyExportFilters } from '../../../shared/export/filters';
import { exportIcs } from '../../../shared/export/ics-export';
import { arrayDraftMarkdown } from '../../../shared/export/markdown-array';
import { checklistsMarkdown } from '../../../shared/export/markdown-checklist';
import { scheduleMarkdown } from '../../../shared/export/markdown-schedule';
import type { IcsReminder } from '../../../shared/export/ics-reminders';
import type { ExportFilters, ExportInput, IcsTaskMode } from '../../../shared/export/types';
import type { FileFilter } from '../../../shared/ipc';
import { recordsToPlan } from '../../../shared/plan-file/from-records';
import type { CalendarDay } from '../../../shared/types';

export type ExportFormat = 'ics' | 'md-schedule' | 'md-checklists' | 'md-array' | 'plan' | 'backup';

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  ics: 'Calendar (ICS)',
  'md-schedule': 'Schedule (Markdown)',
  'md-checklists': 'Checklists (Markdown)',
  'md-array': 'Array draft (Markdown)',
  plan: 'Plan file (JSON)',
  backup: 'Full backup (JSON)',
};

export const FORMATS = Object.keys(FORMAT_LABELS) as ExportFormat[];

export function isMarkdown(format: ExportFormat): boolean {
  return format.startsWith('md-');
}

/** Which filters a format honours: a backup holds everything; an Array draft is chosen by month. */
export function formatUsesFilters(format: ExportFormat): { range: boolean; other: boolean } {
  if (format === 'backup') return { range: false, other: false };
  if (format === 'md-array') return { range: false, other: true };
  return { range: true, other: true };
}

export type ExportChoice = {
  format: ExportFormat;
  filters: ExportFilters & { from: CalendarDay; to: CalendarDay };
  tasks: IcsTaskMode;
  /** A reminder on each open checklist item in ICS; none when absent. */
  reminders?: IcsReminder;
  /** `yyyy-MM`, for the Array draft. */
  month: string;
};

export type ExportResult = { text: string; fileName: string; count: string; filters: FileFilter[] };

const FILE_FILTERS: Record<'ics' | 'md' | 'json', FileFilter[]> = {
  ics: [{ name: 'Calendar', extensions: ['ics'] }],
  md: [{ name: 'Markdown', extensions: ['md'] }],
  json: [{ name: 'JSON', extensions: ['json'] }],
};

/** The filters the shared exporters take: date range only where the format honours it. */
function filtersFor(choice: ExportChoice): ExportFilters {
  const uses = formatUsesFilters(choice.format);
  if (!uses.other) return {};
  const { from, to, ...rest } = choice.filters;
  return uses.range ? { from, to, ...rest } : rest;
}

/**
 * The file one export produces (`today` is the planner's day, for file names), its suggested name and a count for the planner ("12 events"). Every
 * format is built by the shared exporters from the same filtered input the preview shows.
 */
export function buildExport(input: ExportInput, choice: ExportChoice, today: CalendarDay): ExportResult {
  const filters = filtersFor(choice);
  const { from, to } = choice.filters;
  switch (choice.format) {
    case 'ics': {
      const shown = applyExportFilters(input, filters);
      const tasks = choice.tasks === 'none' ? 0 : shown.items.length;
      const events =
        shown.announcements.length + shown.windows.length + (choice.tasks === 'events' ? tasks : 0);
      const count =
        choice.tasks === 'todos'
          ? `${plural(events, 'event')}, ${plural(tasks, 'task')}`
          : plural(events, 'event');
      return {
        text: exportIcs(input, {
          filters,
          tasks: choice.tasks,
          reminders: choice.reminders ?? 'none',
          calendarName: 'Tierline plan',
        }),
        // The real range, both ends: a name with only the first month hid what the file spans.
        fileName: `tierline-${from}--${to}.ics`,
        count,
        filters: FILE_FILTERS.ics,
      };
    }
    case 'md-schedule': {
      const shown = applyExportFilters(input, filters);
      const rows = shown.announcements.length + shown.windows.length + shown.items.length;
      return {
        text: scheduleMarkdown(input, { ...filters, from, to }),
        fileName: `tierline-schedule-${from}-to-${to}.md`,
        count: plural(rows, 'row'),
        filters: FILE_FILTERS.md,
      };
    }
    case 'md-checklists': {
      const text = checklistsMarkdown(input, filters);
      const lists = (text.match(/^## /gm) ?? []).length;
      const tasks = (text.match(/^- \[[ x]\] /gm) ?? []).length;
      return {
        text,
        fileName: `tierline-checklists-${from}-to-${to}.md`,
        count: `${plural(lists, 'checklist')}, ${plural(tasks, 'task')}`,
        filters: FILE_FILTERS.md,
      };
    }
    case 'md-array': {
      const text = arrayDraftMarkdown(
        applyExportFilters(input, { ...filters, kinds: ['announcement'] }),
        choice.month,
      );
      const features = (text.match(/^(### |- )/gm) ?? []).length;
      return {
        text,
        fileName: `tierline-array-${choice.month}.md`,
        count: plural(features, 'announcement'),
        filters: FILE_FILTERS.md,
      };
    }
    case 'plan': {
      const shown = applyExportFilters(input, { ...filters, kinds: undefined });
      const wanted = filters.kinds;
      const { plan } = recordsToPlan({
        announcements: !wanted || wanted.includes('announcement') ? shown.announcements : [],
        windows: !wanted || wanted.includes('maintenance') ? shown.windows : [],
        items: input.items,
        people: input.people ?? [],
        timeZone: input.settings.timeZone,
        occurrences: input.occurrences ?? [],
      });
      return {
        text: `${JSON.stringify(plan, null, 2)}\n`,
        fileName: `tierline-plan-${today}.json`,
        count: `${plural(plan.announcements.length, 'announcement')}, ${plural(plan.maintenance.length, 'maintenance window')}`,
        filters: FILE_FILTERS.json,
      };
    }
    case 'backup': {
      const backup = createBackup(
        {
          announcements: input.announcements,
          checklistItems: input.items,
          maintenanceWindows: input.windows,
          templateSets: input.templateSets,
          settings: input.settings,
          people: input.people ?? [],
        },
        input.now,
      );
      const { data } = backup;
      return {
        text: backupToText(backup),
        fileName: `tierline-backup-${today}.json`,
        count: `${plural(data.announcements.length, 'announcement')}, ${plural(data.maintenanceWindows.length, 'maintenance window')}, ${plural(data.checklistItems.length, 'checklist item')}`,
        filters: FILE_FILTERS.json,
      };
    }
  }
}

/** The first `limit` lines of an export, and how many more there are. */
export function previewLines(text: string, limit = 60): { shown: string; more: number } {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return { shown: lines.slice(0, limit).join('\n'), more: Math.max(0, lines.length - limit) };
}
