import type { Announcement, ChecklistItem, MaintenanceWindow, Settings, TemplateSet } from '../types';
import { personNameOf } from '../people/names';
import {
  compareAnnouncements,
  compareWindows,
  itemsByParent,
  namesOf,
  NO_PEOPLE,
  ownersOf,
  tierNameOf,
  type PeopleNames,
} from './context';
import { windowTimes } from './describe';
import type { DayTools } from '../day-tools';
import { createDayTools } from '../day-tools';
import { applyExportFilters } from './filters';
import { occurrenceStepsForExport } from './occurrence-steps';
import { announcementMarkdownLinks, escapeMarkdownInline } from './markdown-escape';
import type { ExportFilters, ExportInput } from './types';

/** What a checklist belongs to. */
export type ChecklistParent =
  { kind: 'announcement'; announcement: Announcement } | { kind: 'maintenance'; window: MaintenanceWindow };

export type ChecklistContext = {
  templateSets: TemplateSet[];
  settings: Pick<Settings, 'timeZone'>;
  /** Shared formatting caches when many checklists are written at once. */
  tools?: DayTools;
  /** Who owners and assignees are; absent: everyone reads as unassigned. */
  names?: PeopleNames;
};

function itemLine(item: ChecklistItem, zone: string, tools: DayTools, names: PeopleNames): string {
  const assignee = personNameOf(names, item.assigneeId);
  const who = assignee === '' ? `${item.team} (unassigned)` : `${item.team} (${assignee})`;
  const due = item.dueAt ? tools.formatInstant(item.dueAt, zone) : tools.formatDay(item.dueDate);
  return `- [${item.done ? 'x' : ' '}] ${escapeMarkdownInline(item.title)} · ${escapeMarkdownInline(who)} · due ${escapeMarkdownInline(due)}`;
}

function facts(pairs: [string, string][]): string {
  return pairs
    .filter(([, value]) => value.trim() !== '')
    .map(([label, value]) => `**${label}:** ${escapeMarkdownInline(value)}`)
    .join(' · ');
}

/**
 * One announcement's or maintenance window's checklist as GitHub-flavoured Markdown, ready to paste into
 * an issue: a level-2 heading, the launch date and tier (or the window's times in UTC and the planner's
 * zone), then one task-list item per checklist item with its team, assignee and due date. User text is
 * escaped, so the document has exactly one heading and one task per item whatever the titles hold.
 */
export function checklistMarkdown(
  parent: ChecklistParent,
  items: ChecklistItem[],
  context: ChecklistContext,
): string {
  const zone = context.settings.timeZone;
  const tools = context.tools ?? createDayTools();
  const names = context.names ?? NO_PEOPLE;
  const blocks: string[] = [];
  if (parent.kind === 'announcement') {
    const announcement = parent.announcement;
    const launch = announcement.launchTime
      ? `${tools.formatDay(announcement.launchDate)}, ${announcement.launchTime} (${announcement.timeZone})`
      : `${tools.formatDay(announcement.launchDate)}, all day`;
    blocks.push(`## ${escapeMarkdownInline(announcement.title) || 'Untitled announcement'}`);
    blocks.push(
      facts([
        ['Launch', launch],
        ['Tier', tierNameOf(announcement, context.templateSets)],
        ['Status', announcement.status],
        ['Owners', ownersOf(announcement, names).join(', ')],
      ]),
    );
    if (announcement.summary.trim() !== '') blocks.push(escapeMarkdownInline(announcement.summary));
    const links = announcementMarkdownLinks(announcement);
    if (links.length > 0) blocks.push(`**Links:** ${links.join(' · ')}`);
  } else {
    const window = parent.window;
    blocks.push(`## ${escapeMarkdownInline(window.title) || 'Untitled maintenance'}`);
    blocks.push(
      facts([
        ['When', windowTimes(window, zone, tools)],
        ['Disruption', window.disruption],
        ['Services', window.services.join(', ')],
        ['Status', window.status],
        ['Owner', personNameOf(names, window.ownerId)],
      ]),
    );
    if (window.notes.trim() !== '') blocks.push(escapeMarkdownInline(window.notes));
  }
  blocks.push(
    items.length > 0
      ? items.map((item) => itemLine(item, zone, tools, names)).join('\n')
      : '_No checklist items._',
  );
  return blocks.join('\n\n') + '\n';
}

/**
 * The checklists of every announcement and window the filters keep, in date order, separated by
 * thematic breaks. Each checklist is complete (items due outside the date range included) unless a
 * team or owner filter narrows it.
 */
export function checklistsMarkdown(input: ExportInput, filters: ExportFilters = {}): string {
  const parentKinds = filters.kinds?.filter((kind) => kind !== 'checklist');
  const parents = applyExportFilters(input, {
    ...filters,
    kinds: parentKinds && parentKinds.length > 0 ? parentKinds : undefined,
  });
  const { teams, owner, tierKeys } = filters;
  // A repeating window's checklist is each of its occurrences' own (in the date range), ticks and all.
  const steps = occurrenceStepsForExport(
    { ...input, windows: parents.windows },
    { ...filters, kinds: ['checklist'] },
    { wholeChecklists: true },
  );
  const items = itemsByParent([
    ...applyExportFilters(input, { teams, owner, tierKeys, kinds: ['checklist'] }).items,
    ...steps.items,
  ]);
  const listed = new Set(steps.items.map((item) => item.parentId));
  const occurrences = steps.parents.filter((occurrence) => listed.has(occurrence.id));
  const context: ChecklistContext = {
    templateSets: input.templateSets,
    settings: input.settings,
    tools: createDayTools(),
    names: namesOf(input),
  };
  const sections = [
    ...[...parents.announcements]
      .sort(compareAnnouncements)
      .map((announcement) =>
        checklistMarkdown({ kind: 'announcement', announcement }, items.get(announcement.id) ?? [], context),
      ),
    ...[...parents.windows.filter((window) => !window.recurrence), ...occurrences]
      .sort(compareWindows)
      .map((window) =>
        checklistMarkdown({ kind: 'maintenance', window }, items.get(window.id) ?? [], context),
      ),
  ];
  const title = '# Checklists\n';
  return sections.length === 0
    ? `${title}\n_Nothing matches these filters._\n`
    : `${title}\n${sections.join('\n---\n\n')}`;
}
