import type { Announcement, CalendarDay, ChecklistItem, Instant } from '../types';
import { addMinutesToInstant, localToInstant, toLocalDateTime } from '../zoned-time';
import {
  compareAnnouncements,
  compareItems,
  compareText,
  compareWindows,
  isSafeUrl,
  itemsByParent,
  namesOf,
  primaryLinkOf,
  tierNameOf,
  type PeopleNames,
} from './context';
import { describeAnnouncement, describeItem, describeWindow } from './describe';
import { applyExportFilters } from './filters';
import type { TierlineIdentity } from './ics-identity';
import {
  X_KIND,
  X_PARENT,
  X_RECORD,
  X_TEMPLATE_SET,
  X_TIER,
  canonicalJson,
  oneLineSummary,
} from './ics-identity';
import { reminderLines, type IcsReminder } from './ics-reminders';
import { occurrenceStepsForExport } from './occurrence-steps';
import { recurrenceIdLine, seriesTimeLines } from '../recurrence/ics-series';
import { vtimezoneLines } from '../recurrence/ics-timezone';
import { escapeIcsText, foldIcsLine, icsDate, icsUtc } from './ics-text';
import type { DayTools } from '../day-tools';
import { createDayTools } from '../day-tools';
import type { ExportFilters, ExportInput, IcsTaskMode } from './types';

export type IcsExportOptions = {
  filters?: ExportFilters;
  /** Checklist items as all-day "due" events (default), as VTODOs, or not at all. */
  tasks?: IcsTaskMode;
  calendarName?: string;
  /** A reminder (VALARM) on each open checklist item; none by default. */
  reminders?: IcsReminder;
};

/** The PRODID every Tierline calendar carries (RFC 5545 §3.7.3). */
export const ICS_PRODID = '-//Tierline//Tierline planner//EN';

// A launch has no length; an hour shows as a readable block in every calendar app.
const TIMED_LAUNCH_MINUTES = 60;
// Timed checklist items (maintenance communications) are short actions at a set time.
const TIMED_ITEM_MINUTES = 30;

/** The UID of a record's calendar component: the same id always gives the same UID. */
export function icsUid(recordId: string): string {
  return `${recordId}@tierline`;
}

class Lines {
  readonly out: string[] = [];
  raw(line: string): void {
    this.out.push(line);
  }
  prop(name: string, value: string): void {
    this.out.push(foldIcsLine(`${name}:${value}`));
  }
  text(name: string, value: string): void {
    this.out.push(foldIcsLine(`${name}:${escapeIcsText(value)}`));
  }
}

type Common = {
  id: string;
  stamp: string;
  summary: string;
  description: string;
  categories: string[];
  status: string;
  sequence: number;
  updatedAt: Instant;
  url?: string;
  identity: TierlineIdentity;
};

function writeCommon(lines: Lines, common: Common): void {
  lines.text('UID', icsUid(common.id));
  lines.raw(`DTSTAMP:${common.stamp}`);
  const summary = oneLineSummary(common.summary);
  lines.text('SUMMARY', summary);
  // A title folded onto one line is kept whole in DESCRIPTION, so nothing the planner wrote is lost.
  const description =
    summary === common.summary
      ? common.description
      : [common.summary, common.description].filter(Boolean).join('\n\n');
  if (description !== '') lines.text('DESCRIPTION', description);
  const categories = common.categories.filter((category) => category.trim() !== '');
  if (categories.length > 0) lines.prop('CATEGORIES', categories.map(escapeIcsText).join(','));
  lines.raw(`STATUS:${common.status}`);
  lines.raw(`SEQUENCE:${Math.max(0, Math.trunc(common.sequence))}`);
  lines.raw(`LAST-MODIFIED:${icsUtc(common.updatedAt)}`);
  if (common.url && isSafeUrl(common.url)) lines.prop('URL', common.url);
  writeIdentity(lines, common.identity);
}

function writeIdentity(lines: Lines, identity: TierlineIdentity): void {
  lines.raw(`${X_KIND}:${identity.kind}`);
  if (identity.tierKey !== undefined) lines.text(X_TIER, identity.tierKey);
  if (identity.templateSetId !== undefined) lines.text(X_TEMPLATE_SET, identity.templateSetId);
  if (identity.parentUid !== undefined) {
    lines.text('RELATED-TO', identity.parentUid);
    lines.text(X_PARENT, identity.parentUid);
  }
  lines.text(X_RECORD, canonicalJson(identity.record));
}

function writeAllDay(lines: Lines, day: CalendarDay, tools: DayTools): void {
  lines.raw(`DTSTART;VALUE=DATE:${icsDate(day)}`);
  lines.raw(`DTEND;VALUE=DATE:${icsDate(tools.addDays(day, 1))}`);
}

function writeTimed(lines: Lines, start: Instant, end: Instant): void {
  lines.raw(`DTSTART:${icsUtc(start)}`);
  lines.raw(`DTEND:${icsUtc(end)}`);
}

function announcementStatus(announcement: Announcement): string {
  if (announcement.status === 'cancelled') return 'CANCELLED';
  return announcement.status === 'idea' ? 'TENTATIVE' : 'CONFIRMED';
}

/** One record's calendar component: the lines from BEGIN to END, and which record it stands for. */
export type IcsComponent = {
  uid: string;
  recordId: string;
  kind: 'announcement' | 'window' | 'item';
  sequence: number;
  lines: string[];
  /** The VTIMEZONE a repeating window's zone-local times need (issue 11); written once per zone. */
  timezone?: string[];
};

/**
 * Every record the filters keep, each as its own VEVENT or VTODO, in export order. All times are
 * written in UTC or as VALUE=DATE days, so no component needs a VTIMEZONE. The CalDAV publisher
 * stores one object per component; the file export joins them into one calendar.
 */
export function icsComponents(input: ExportInput, options: IcsExportOptions = {}): IcsComponent[] {
  const tasks = options.tasks ?? 'events';
  const shown = options.filters ? applyExportFilters(input, options.filters) : input;
  const { templateSets, settings } = input;
  // Descriptions list a parent's whole checklist even when filters hide some items as entries.
  const checklists = itemsByParent(input.items);
  const stamp = icsUtc(input.now);
  const tools = createDayTools();
  const names = namesOf(input);
  const components: IcsComponent[] = [];
  const begin = (record: { id: string; sequence: number }, kind: IcsComponent['kind']): Lines => {
    const lines = new Lines();
    components.push({
      uid: icsUid(record.id),
      recordId: record.id,
      kind,
      sequence: record.sequence,
      lines: lines.out,
    });
    return lines;
  };

  const announcementsById = new Map(input.announcements.map((record) => [record.id, record]));
  const windowsById = new Map(input.windows.map((record) => [record.id, record]));

  for (const announcement of [...shown.announcements].sort(compareAnnouncements)) {
    const tierName = tierNameOf(announcement, templateSets);
    const lines = begin(announcement, 'announcement');
    lines.raw('BEGIN:VEVENT');
    if (announcement.launchTime) {
      const start = localToInstant(
        toLocalDateTime(`${announcement.launchDate}T${announcement.launchTime}`),
        announcement.timeZone,
      );
      writeTimed(lines, start, addMinutesToInstant(start, TIMED_LAUNCH_MINUTES));
    } else {
      writeAllDay(lines, announcement.launchDate, tools);
    }
    writeCommon(lines, {
      id: announcement.id,
      stamp,
      summary: announcement.title,
      description: describeAnnouncement(
        announcement,
        checklists.get(announcement.id) ?? [],
        templateSets,
        tools,
        names,
      ),
      categories: [tierName, 'Announcement'],
      status: announcementStatus(announcement),
      sequence: announcement.sequence,
      updatedAt: announcement.updatedAt,
      url: primaryLinkOf(announcement),
      identity: {
        kind: 'announcement',
        record: announcement,
        tierKey: announcement.tierKey,
        templateSetId: announcement.templateSetId,
      },
    });
    lines.raw('TRANSP:TRANSPARENT');
    lines.raw('END:VEVENT');
  }

  for (const window of [...shown.windows].sort(compareWindows)) {
    const lines = begin(window, 'window');
    lines.raw('BEGIN:VEVENT');
    // A repeating window is one series (issue 11): RRULE in its zone, EXDATEs, overrides after it.
    const series = window.recurrence
      ? seriesTimeLines({ ...window, recurrence: window.recurrence }, input.occurrences ?? [])
      : null;
    if (series) lines.out.push(...series.lines);
    else writeTimed(lines, window.start, window.end);
    const windowCommon: Common = {
      id: window.id,
      stamp,
      summary: window.title,
      description: describeWindow(window, checklists.get(window.id) ?? [], settings.timeZone, tools, names),
      categories: ['Maintenance', ...window.services],
      status: window.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      sequence: window.sequence,
      updatedAt: window.updatedAt,
      identity: { kind: 'window', record: window },
    };
    writeCommon(lines, windowCommon);
    lines.raw('END:VEVENT');
    if (series && window.recurrence) {
      const component = components[components.length - 1];
      if (component) component.timezone = vtimezoneLines(window.timeZone, window.start);
      for (const moved of series.overrides) {
        lines.raw('BEGIN:VEVENT');
        lines.raw(recurrenceIdLine({ ...window, recurrence: window.recurrence }, moved.originalStart));
        writeTimed(lines, moved.start, moved.end);
        writeCommon(lines, windowCommon);
        lines.raw('END:VEVENT');
      }
    }
  }

  if (tasks !== 'none') {
    // A repeating window's occurrences each bring their own steps (issue 11), as one-off windows' items.
    const steps = occurrenceStepsForExport(input, options.filters);
    for (const occurrence of steps.parents) windowsById.set(occurrence.id, occurrence);
    const items = [...shown.items, ...steps.items].sort(
      (a, b) =>
        compareText(a.dueDate, b.dueDate) || compareText(a.parentId, b.parentId) || compareItems(a, b),
    );
    for (const item of items) {
      const announcement = announcementsById.get(item.parentId);
      const window = windowsById.get(item.parentId);
      const parentTitle = announcement?.title ?? window?.title ?? '';
      const parentCancelled = announcement?.status === 'cancelled' || window?.status === 'cancelled';
      writeItem(begin(item, 'item'), item, {
        stamp,
        tools,
        names,
        todo: tasks === 'todos',
        parentTitle,
        parentCancelled,
        tierName: announcement ? tierNameOf(announcement, templateSets) : 'Maintenance',
        parent: announcement ?? null,
        url: announcement ? primaryLinkOf(announcement) : '',
        reminder: options.reminders ?? 'none',
      });
    }
  }
  return components;
}

/**
 * The whole plan as one RFC 5545 VCALENDAR: CRLF line ends, lines folded at 75 octets, TEXT escaped,
 * times in UTC. Each record becomes one component whose UID depends only on its id, so calendar apps
 * update entries in place across exports; the output depends on nothing but the input, so two exports
 * of the same input differ only in DTSTAMP.
 */
export function exportIcs(input: ExportInput, options: IcsExportOptions = {}): string {
  const lines = new Lines();
  lines.raw('BEGIN:VCALENDAR');
  lines.raw(`PRODID:${ICS_PRODID}`);
  lines.raw('VERSION:2.0');
  lines.raw('CALSCALE:GREGORIAN');
  lines.raw('METHOD:PUBLISH');
  lines.text('X-WR-CALNAME', options.calendarName ?? 'Tierline');
  const components = icsComponents(input, options);
  const zones = new Map(
    components.flatMap((component) =>
      component.timezone ? [[component.timezone[1], component.timezone]] : [],
    ),
  );
  for (const timezone of zones.values()) lines.out.push(...timezone);
  for (const component of components) lines.out.push(...component.lines);
  lines.raw('END:VCALENDAR');
  return lines.out.join('\r\n') + '\r\n';
}

/**
 * One component as a CalDAV calendar object resource: its own VCALENDAR, without METHOD, which
 * RFC 4791 §4.1 forbids in a stored object.
 */
export function icsObjectText(component: IcsComponent): string {
  const head = ['BEGIN:VCALENDAR', `PRODID:${ICS_PRODID}`, 'VERSION:2.0', 'CALSCALE:GREGORIAN'];
  return [...head, ...(component.timezone ?? []), ...component.lines, 'END:VCALENDAR'].join('\r\n') + '\r\n';
}

type ItemContext = {
  stamp: string;
  tools: DayTools;
  names: PeopleNames;
  todo: boolean;
  parentTitle: string;
  parentCancelled: boolean;
  tierName: string;
  url: string;
  /** The item's announcement, whose tier it carries; null under a maintenance window. */
  parent: Announcement | null;
  reminder: IcsReminder;
};

function writeItem(lines: Lines, item: ChecklistItem, context: ItemContext): void {
  const summary = context.parentTitle === '' ? item.title : `${item.title} (${context.parentTitle})`;
  const common: Common = {
    id: item.id,
    stamp: context.stamp,
    summary,
    description: describeItem(item, context.parentTitle, context.tools, context.names),
    categories: [context.tierName, item.team, 'Checklist'],
    status: '',
    sequence: item.sequence,
    updatedAt: item.updatedAt,
    url: context.url,
    identity: {
      kind: 'item',
      record: item,
      parentUid: icsUid(item.parentId),
      ...(context.parent
        ? { tierKey: context.parent.tierKey, templateSetId: context.parent.templateSetId }
        : {}),
    },
  };
  if (context.todo) {
    lines.raw('BEGIN:VTODO');
    if (item.dueAt) lines.raw(`DUE:${icsUtc(item.dueAt)}`);
    else lines.raw(`DUE;VALUE=DATE:${icsDate(item.dueDate)}`);
    common.status = context.parentCancelled ? 'CANCELLED' : item.done ? 'COMPLETED' : 'NEEDS-ACTION';
    writeCommon(lines, common);
    if (item.done) {
      if (item.doneAt) lines.raw(`COMPLETED:${icsUtc(item.doneAt)}`);
      lines.raw('PERCENT-COMPLETE:100');
    }
    lines.out.push(...reminderLines(item, context.reminder, { ...context, summary }));
    lines.raw('END:VTODO');
    return;
  }
  lines.raw('BEGIN:VEVENT');
  if (item.dueAt) writeTimed(lines, item.dueAt, addMinutesToInstant(item.dueAt, TIMED_ITEM_MINUTES));
  else writeAllDay(lines, item.dueDate, context.tools);
  common.status = context.parentCancelled ? 'CANCELLED' : 'CONFIRMED';
  writeCommon(lines, common);
  lines.raw('TRANSP:TRANSPARENT');
  lines.out.push(...reminderLines(item, context.reminder, { ...context, summary }));
  lines.raw('END:VEVENT');
}
