import type { Announcement, ChecklistItem, MaintenanceWindow, TemplateSet } from '../types';
import { personNameOf } from '../people/names';
import { NO_PEOPLE, ownersOf, tierNameOf, type PeopleNames } from './context';
import type { DayTools } from '../day-tools';

/** One checklist line in plain text, e.g. `[x] Blog post (Content & Docs, Ana) due 2026-12-01`. */
export function checklistLine(item: ChecklistItem, names: PeopleNames = NO_PEOPLE): string {
  const who = [item.team, personNameOf(names, item.assigneeId)]
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const whoText = who.length > 0 ? ` (${who.join(', ')})` : '';
  return `[${item.done ? 'x' : ' '}] ${item.title}${whoText} due ${item.dueDate}`;
}

/** A window's time span for people, in UTC and in `zone` (once when `zone` is UTC). */
export function windowTimes(window: MaintenanceWindow, zone: string, tools: DayTools): string {
  const format = tools.formatInstant;
  const utc = `${format(window.start, 'UTC')} to ${format(window.end, 'UTC')}`;
  if (zone === 'UTC' || zone === 'Etc/UTC') return utc;
  return `${utc} (${format(window.start, zone)} to ${format(window.end, zone)}, ${zone})`;
}

/** The plain-text body of an announcement's calendar entry: summary, tier, owners, checklist and links. */
export function describeAnnouncement(
  announcement: Announcement,
  items: ChecklistItem[],
  templateSets: TemplateSet[],
  tools: DayTools,
  names: PeopleNames = NO_PEOPLE,
): string {
  const lines: string[] = [];
  if (announcement.summary.trim() !== '') lines.push(announcement.summary, '');
  lines.push(`Tier: ${tierNameOf(announcement, templateSets)}`);
  lines.push(
    `Launch: ${tools.formatDay(announcement.launchDate)}${announcement.launchTime ? `, ${announcement.launchTime} ${announcement.timeZone}` : ''}`,
  );
  lines.push(`Status: ${announcement.status}`);
  const owners = ownersOf(announcement, names);
  if (owners.length > 0) lines.push(`Owners: ${owners.join(', ')}`);
  appendChecklist(lines, items, names);
  const links: [string, string][] = [
    ['Blog', announcement.links.blog],
    ['Docs', announcement.links.docs],
    ['PR', announcement.links.pr],
  ];
  const present = links.filter(([, url]) => url.trim() !== '');
  if (present.length > 0) lines.push('', ...present.map(([label, url]) => `${label}: ${url.trim()}`));
  return lines.join('\n');
}

/** The plain-text body of a maintenance window's entry: impact, services, times, notes and checklist. */
export function describeWindow(
  window: MaintenanceWindow,
  items: ChecklistItem[],
  zone: string,
  tools: DayTools,
  names: PeopleNames = NO_PEOPLE,
): string {
  const owner = personNameOf(names, window.ownerId);
  const lines: string[] = [`Disruption: ${window.disruption}`];
  if (window.services.length > 0) lines.push(`Services: ${window.services.join(', ')}`);
  lines.push(`Audience: ${window.audience === 'all' ? 'all users' : 'affected users'}`);
  lines.push(`When: ${windowTimes(window, zone, tools)}`);
  lines.push(`Status: ${window.status}`);
  if (owner !== '') lines.push(`Owner: ${owner}`);
  if (window.notes.trim() !== '') lines.push('', window.notes);
  appendChecklist(lines, items, names);
  return lines.join('\n');
}

/** The body of a checklist item's entry: what it belongs to, who does it, and its notes. */
export function describeItem(
  item: ChecklistItem,
  parentTitle: string,
  tools: DayTools,
  names: PeopleNames = NO_PEOPLE,
): string {
  const lines = [`For: ${parentTitle}`, `Team: ${item.team}`];
  const assignee = personNameOf(names, item.assigneeId);
  if (assignee !== '') lines.push(`Assignee: ${assignee}`);
  lines.push(
    `Channel: ${item.channel}`,
    `Due: ${tools.formatDay(item.dueDate)}`,
    `Done: ${item.done ? 'yes' : 'no'}`,
  );
  if (item.notes.trim() !== '') lines.push('', item.notes);
  return lines.join('\n');
}

function appendChecklist(lines: string[], items: ChecklistItem[], names: PeopleNames): void {
  if (items.length === 0) return;
  const done = items.filter((item) => item.done).length;
  lines.push(
    '',
    `Checklist (${done}/${items.length} done):`,
    ...items.map((item) => checklistLine(item, names)),
  );
}
