import { expect } from 'vitest';
import type { ExportInput } from '../../../shared/export/types';
import type { ImportDiff } from '../../../shared/import/import-diff';
import { diffImport } from '../../../shared/import/import-diff';
import type { ChangeDecision, ImportWrites } from '../../../shared/import/import-plan';
import { planImportWrites } from '../../../shared/import/import-plan';
import { parseIcsForImport } from '../../../shared/import/ics-import';
import type { PlannedRecord } from '../../../shared/import/record-face';
import type { ImportSource } from '../../../shared/import/source-identity';
import type { ImportChoice } from '../../../shared/import/to-records';
import type {
  Announcement,
  ChecklistItem,
  MaintenanceWindow,
  TemplateSet,
  WindowOccurrence,
} from '../../../shared/types';
import { NOW, settings, templateSets } from '../export/records';
import { utcInstant } from '../../dates';

// A plan as the import compares it, and the writes of one import applied to it, for the diff tests.
const templateSet = templateSets[0] as TemplateSet;
const LATER = utcInstant('2027-01-05T08:00:00.000Z');

/** A plan as the import sees it, and what an import leaves in it. */
export type Plan = {
  announcements: Announcement[];
  windows: MaintenanceWindow[];
  items: ChecklistItem[];
  sources: Map<string, ImportSource>;
  occurrences: WindowOccurrence[];
};

export const emptyPlan = (): Plan => ({
  announcements: [],
  windows: [],
  items: [],
  sources: new Map(),
  occurrences: [],
});
export const fromExport = (input: ExportInput): Plan => ({
  announcements: [...input.announcements],
  windows: [...input.windows],
  items: [...input.items],
  sources: new Map(),
  occurrences: [...(input.occurrences ?? [])],
});

export function parse(text: string) {
  return parseIcsForImport(text, { timeZoneFallback: settings.timeZone, now: NOW });
}

export function compare(
  text: string,
  plan: Plan,
  calendarName = 'Cal',
): { diff: ImportDiff; events: ReturnType<typeof parse>['events'] } {
  const { events } = parse(text);
  const diff = diffImport(events, {
    calendar: calendarName,
    announcements: plan.announcements,
    windows: plan.windows,
    itemIds: new Set(plan.items.map((item) => item.id)),
    sources: plan.sources,
    occurrences: plan.occurrences,
    settings,
  });
  return { diff, events };
}

let counter = 0;
export function writes(
  text: string,
  plan: Plan,
  decisions: Record<string, ChangeDecision> = {},
  calendarName = 'Cal',
): { diff: ImportDiff; writes: ImportWrites } {
  const { diff, events } = compare(text, plan, calendarName);
  const records: PlannedRecord[] = [
    ...plan.announcements.map((record) => ({ kind: 'announcement' as const, record })),
    ...plan.windows.map((record) => ({ kind: 'window' as const, record })),
  ];
  const ids = new Set([...records.map((planned) => planned.record.id), ...plan.items.map((item) => item.id)]);
  const choices: Record<string, ImportChoice> = Object.fromEntries(
    events.map((event) => [event.key, event.allDay ? 'announcement' : 'maintenance']),
  );
  const result = planImportWrites(events, diff, {
    calendar: calendarName,
    decisions,
    plan: { records, ids, occurrences: plan.occurrences },
    choices,
    templateSet,
    tierKey: 'minor',
    settings,
    newId: () => `new-${counter++}`,
    now: LATER,
  });
  return { diff, writes: result };
}

export function apply(plan: Plan, result: ImportWrites): Plan {
  const put = <T extends { id: string }>(rows: T[], added: T[]): T[] => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const row of added) byId.set(row.id, row);
    return [...byId.values()];
  };
  const sources = new Map(plan.sources);
  for (const source of result.sources) sources.set(source.id, source);
  const updated = (kind: PlannedRecord['kind']) =>
    result.updated.filter((planned) => planned.kind === kind).map((planned) => planned.record);
  return {
    announcements: put(plan.announcements, [
      ...result.created.announcements,
      ...(updated('announcement') as Announcement[]),
    ]),
    windows: put(plan.windows, [...result.created.windows, ...(updated('window') as MaintenanceWindow[])]),
    items: put(plan.items, result.created.items),
    sources,
    occurrences: put(plan.occurrences, result.occurrences.put).filter(
      (row) => !result.occurrences.delete.includes(row.id),
    ),
  };
}

export const nothingWritten = (result: ImportWrites) => {
  expect(result.created).toEqual({ announcements: [], items: [], windows: [] });
  expect(result.updated).toEqual([]);
  expect(result.sources).toEqual([]);
  expect(result.occurrences).toEqual({ put: [], delete: [] });
};
