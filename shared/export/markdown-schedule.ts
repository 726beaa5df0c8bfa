import { addCalendarDays, weekdayOf } from '../calendar-day';
import type { CalendarDay, Settings } from '../types';
import { instantToDay, instantToLocal, localToInstant, toLocalDateTime } from '../zoned-time';
import { occurrenceStepsForExport } from './occurrence-steps';
import { windowsInRange } from '../recurrence/plan-occurrences';
import { personNameOf } from '../people/names';
import { compareText, namesOf, ownersOf, tierNameOf } from './context';
import { windowTimes } from './describe';
import { createDayTools } from '../day-tools';
import { applyExportFilters } from './filters';
import { escapeMarkdownInline, markdownTable } from './markdown-escape';
import type { ExportFilters, ExportInput } from './types';

export type ScheduleRange = { from: CalendarDay; to: CalendarDay };

type Row = { day: CalendarDay; order: number; id: string; cells: string[] };
type WindowNote = { day: CalendarDay; id: string; text: string };

/** The first day of the week `day` falls in, weeks starting on `weekStart` (Sunday = 0). */
export function weekStartOf(day: CalendarDay, weekStart: Settings['weekStart']): CalendarDay {
  return addCalendarDays(day, -((weekdayOf(day) - weekStart + 7) % 7));
}

/**
 * A schedule for `range` (inclusive days) as GitHub-flavoured Markdown: one level-2 section per week
 * (weeks start on the planner's week start) holding a five-column table (date, item, kind/tier, owner,
 * status), followed by that week's maintenance windows with their times in UTC and in the planner's
 * zone. Weeks with nothing in them are left out. Other filters apply as in every export.
 */
export function scheduleMarkdown(input: ExportInput, range: ScheduleRange & ExportFilters): string {
  const shown = applyExportFilters(input, range);
  const { settings, templateSets } = input;
  const zone = settings.timeZone;
  const tools = createDayTools();
  const names = namesOf(input);
  const titles = new Map<string, string>();
  const tierNames = new Map<string, string>();
  for (const announcement of input.announcements) {
    titles.set(announcement.id, announcement.title);
    tierNames.set(announcement.id, tierNameOf(announcement, templateSets));
  }
  for (const window of input.windows) titles.set(window.id, window.title);

  const rows: Row[] = [];
  const notes: WindowNote[] = [];
  for (const announcement of shown.announcements) {
    rows.push({
      day: announcement.launchDate,
      order: 0,
      id: announcement.id,
      cells: [
        announcement.launchTime ? `${announcement.launchTime} (${announcement.timeZone})` : '',
        announcement.title,
        `Announcement · ${tierNameOf(announcement, templateSets)}`,
        ownersOf(announcement, names).join(', '),
        announcement.status,
      ],
    });
  }
  // A repeating window is listed once per occurrence in the range (issue 11).
  const windows = windowsInRange(
    shown.windows,
    input.occurrences ?? [],
    localToInstant(toLocalDateTime(`${range.from}T00:00`), zone),
    localToInstant(toLocalDateTime(`${addCalendarDays(range.to, 1)}T00:00`), zone),
  );
  for (const window of windows) {
    // A window that began before the range is listed on the range's first day, so it is not lost.
    const startDay = instantToDay(window.start, zone);
    const day = startDay < range.from ? range.from : startDay;
    rows.push({
      day,
      order: 1,
      id: window.id,
      cells: [
        day === startDay ? instantToLocal(window.start, zone).slice(11) : 'ongoing',
        window.title,
        `Maintenance · ${window.disruption}`,
        personNameOf(names, window.ownerId),
        window.status,
      ],
    });
    notes.push({
      day,
      id: window.id,
      text: `**${escapeMarkdownInline(window.title) || 'Untitled'}**: ${escapeMarkdownInline(windowTimes(window, zone, tools))}`,
    });
  }
  // Each occurrence of a repeating window brings its own steps, ticked as the planner ticked them.
  const steps = occurrenceStepsForExport(input, range);
  for (const occurrence of steps.parents) titles.set(occurrence.id, occurrence.title);
  for (const item of [...shown.items, ...steps.items]) {
    const assignee = personNameOf(names, item.assigneeId);
    const who = assignee === '' ? item.team : `${item.team}: ${assignee}`;
    rows.push({
      day: item.dueDate,
      order: 2,
      id: item.id,
      cells: [
        item.dueAt ? instantToLocal(item.dueAt, zone).slice(11) : '',
        `${item.title} (${titles.get(item.parentId) ?? ''})`,
        `Checklist · ${tierNames.get(item.parentId) ?? 'Maintenance'}`,
        who,
        item.done ? 'done' : 'open',
      ],
    });
  }
  rows.sort((a, b) => compareText(a.day, b.day) || a.order - b.order || compareText(a.id, b.id));
  notes.sort((a, b) => compareText(a.day, b.day) || compareText(a.id, b.id));

  const weekCache = new Map<CalendarDay, CalendarDay>();
  const weekOf = (day: CalendarDay): CalendarDay => {
    let week = weekCache.get(day);
    if (week === undefined) {
      week = weekStartOf(day, settings.weekStart);
      weekCache.set(day, week);
    }
    return week;
  };
  const weeks = new Map<CalendarDay, { rows: Row[]; notes: WindowNote[] }>();
  const weekFor = (day: CalendarDay): { rows: Row[]; notes: WindowNote[] } => {
    const key = weekOf(day);
    let week = weeks.get(key);
    if (!week) {
      week = { rows: [], notes: [] };
      weeks.set(key, week);
    }
    return week;
  };
  for (const row of rows) weekFor(row.day).rows.push(row);
  for (const note of notes) weekFor(note.day).notes.push(note);

  const out: string[] = [
    `# Schedule: ${tools.formatDay(range.from)} to ${tools.formatDay(range.to)}`,
    `Dates are calendar days; times are in ${escapeMarkdownInline(zone)} unless marked UTC.`,
  ];
  if (weeks.size === 0) out.push('_Nothing planned in this range._');
  for (const [weekStart, week] of [...weeks.entries()].sort(([a], [b]) => compareText(a, b))) {
    out.push(`## Week of ${tools.formatDay(weekStart)}`);
    out.push(
      markdownTable(
        ['Date', 'Item', 'Kind / tier', 'Owner', 'Status'],
        week.rows.map((row) => [
          row.cells[0] ? `${tools.formatDay(row.day)}, ${row.cells[0]}` : tools.formatDay(row.day),
          ...row.cells.slice(1),
        ]),
      ),
    );
    if (week.notes.length > 0) {
      out.push('Maintenance windows:', week.notes.map((note) => `- ${note.text}`).join('\n'));
    }
  }
  return out.join('\n\n') + '\n';
}
