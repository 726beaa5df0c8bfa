import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../shared/export/ics-export';
import type { ExportInput } from '../../../shared/export/types';
import { parseIcsForImport } from '../../../shared/import/ics-import';
import type { ImportChoice } from '../../../shared/import/to-records';
import { importedEventsToRecords } from '../../../shared/import/to-records';
import { importedRecordProblems } from '../../../shared/import/validate-records';
import { sameValue } from '../../../shared/same-value';
import type { Announcement, ChecklistItem, MaintenanceWindow, TemplateSet } from '../../../shared/types';
import { localToInstant } from '../../../shared/zoned-time';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow } from '../../builders';
import { NOW, settings, templateSets } from '../export/records';

// Issue 11: a Tierline export read back into an empty plan gives the same plan, and the same calendar.
const RUNS = process.env.CI ? 1000 : 200;
const templateSet = templateSets[0] as TemplateSet;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];

// Biased to what breaks ICS text: commas, semicolons, backslashes, line breaks, tabs, multi-byte text.
const piece = fc.constantFrom(
  ',',
  ';',
  '\\',
  '\n',
  '\r\n',
  '\t',
  ':',
  '"',
  ' ',
  'é',
  '中文',
  '🚀',
  '\\n',
  '\\,',
  'a',
);
const text = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(''));
const title = text.map((value) => `T${value}`.trim());
// Days around the DST changes of 2027 in Europe (28 March, 31 October) and the US (14 March, 7 November).
const day = fc
  .tuple(fc.constantFrom('2027-03-13', '2027-03-27', '2027-10-29', '2027-11-06', '2027-06-15'), fc.nat(2))
  .map(([base, add]) => `${base.slice(0, 8)}${String(Number(base.slice(8)) + add).padStart(2, '0')}`);
const hhmm = fc
  .tuple(fc.nat(23), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const plan = fc
  .record({
    launches: fc.array(
      fc.record({
        title,
        summary: text,
        day,
        time: fc.option(hhmm, { nil: null }),
        zone: fc.constantFrom(...ZONES),
        tier: fc.constantFrom('major', 'medium', 'minor'),
        status: fc.constantFrom('idea', 'planned', 'launched', 'cancelled' as const),
        items: fc.array(fc.record({ title, notes: text, done: fc.boolean(), team: text }), { maxLength: 3 }),
      }),
      { maxLength: 3 },
    ),
    windows: fc.array(
      fc.record({
        title,
        notes: text,
        day,
        time: hhmm,
        zone: fc.constantFrom(...ZONES),
        hours: fc.integer({ min: 1, max: 30 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ launches, windows }): ExportInput => {
    const announcements: Announcement[] = [];
    const items: ChecklistItem[] = [];
    launches.forEach((launch, index) => {
      const id = `a${index}`;
      announcements.push(
        makeAnnouncement({
          id,
          title: launch.title,
          summary: launch.summary,
          launchDate: launch.day,
          launchTime: launch.time,
          timeZone: launch.zone,
          templateSetId: templateSet.id,
          tierKey: launch.tier,
          status: launch.status,
          createdAt: '2026-11-01T10:00:00.000Z',
          updatedAt: '2026-11-02T10:00:00.000Z',
          sequence: index,
        }),
      );
      launch.items.forEach((item, order) =>
        items.push(
          makeChecklistItem({
            id: `${id}:i${order}`,
            parentId: id,
            title: item.title,
            notes: item.notes,
            team: item.team,
            done: item.done,
            doneAt: item.done ? '2026-11-10T08:00:00.000Z' : null,
            dueDate: launch.day,
            order,
            updatedAt: '2026-11-02T10:00:00.000Z',
          }),
        ),
      );
    });
    const maintenance: MaintenanceWindow[] = windows.map((window, index) => {
      const start = localToInstant(`${window.day}T${window.time}`, window.zone);
      return makeMaintenanceWindow({
        id: `w${index}`,
        title: window.title,
        notes: window.notes,
        start,
        end: new Date(Date.parse(start) + window.hours * 3_600_000).toISOString(),
        timeZone: window.zone,
        createdAt: '2026-11-01T10:00:00.000Z',
        updatedAt: '2026-11-03T10:00:00.000Z',
      });
    });
    return { announcements, items, windows: maintenance, templateSets, settings, now: NOW };
  });

// The calendar lists records in its own order; the plan has none.
function byId<T extends { id: string }>(records: T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
}

function withoutStamp(calendar: string): string {
  return calendar.replace(/^DTSTAMP:.*\r\n/gm, '');
}

// Reads an export back as a planner would into an empty plan: every event kept with the preview's guess.
function reimport(input: ExportInput, calendar: string) {
  const parsed = parseIcsForImport(calendar, { timeZoneFallback: settings.timeZone, now: NOW });
  const choices: Record<string, ImportChoice> = Object.fromEntries(
    parsed.events.map((event) => [event.key, event.allDay ? 'announcement' : 'maintenance']),
  );
  let next = 0;
  const records = importedEventsToRecords(parsed.events, {
    choices,
    templateSet,
    tierKey: 'minor',
    settings,
    newId: () => `new-${next++}`,
    now: '2027-01-01T00:00:00.000Z',
    existingIds: new Set(),
  });
  return { parsed, records, input };
}

describe('a Tierline export read back into an empty plan', () => {
  it('restores every announcement, window and checklist item, and exports the same calendar again', () => {
    fc.assert(
      fc.property(plan, (input) => {
        const first = exportIcs(input);
        const { parsed, records } = reimport(input, first);
        expect(parsed.skipped).toEqual([]);
        expect(parsed.warnings).toEqual([]);
        expect(importedRecordProblems(records)).toEqual([]);
        expect(sameValue(byId(records.announcements), byId(input.announcements))).toBe(true);
        expect(sameValue(byId(records.windows), byId(input.windows))).toBe(true);
        expect(sameValue(byId(records.items), byId(input.items))).toBe(true);
        const second = exportIcs({ ...input, ...records });
        expect(withoutStamp(second)).toBe(withoutStamp(first));
      }),
      { numRuns: RUNS },
    );
  });

  it('never writes a raw line break or tab into SUMMARY, and keeps the whole title in DESCRIPTION', () => {
    const announcement = makeAnnouncement({
      id: 'a1',
      title: 'Launch\nday\tplan',
      templateSetId: templateSet.id,
      tierKey: 'major',
    });
    const calendar = exportIcs({
      announcements: [announcement],
      items: [],
      windows: [],
      templateSets,
      settings,
      now: NOW,
    });
    const summaries = calendar.split('\r\n').filter((line) => line.startsWith('SUMMARY:'));
    expect(summaries).toEqual(['SUMMARY:Launch day plan']);
    expect(calendar).toContain('DESCRIPTION:Launch\\nday\tplan');
  });

  it('gives a record a new id when its own is taken, so an import never overwrites a row', () => {
    const input: ExportInput = {
      announcements: [makeAnnouncement({ id: 'a1', templateSetId: templateSet.id, tierKey: 'major' })],
      items: [makeChecklistItem({ id: 'a1:x', parentId: 'a1' })],
      windows: [],
      templateSets,
      settings,
      now: NOW,
    };
    const parsed = parseIcsForImport(exportIcs(input), { timeZoneFallback: settings.timeZone, now: NOW });
    const records = importedEventsToRecords(parsed.events, {
      choices: Object.fromEntries(parsed.events.map((event) => [event.key, 'announcement' as const])),
      templateSet,
      tierKey: 'minor',
      settings,
      newId: () => 'fresh',
      now: NOW,
      existingIds: new Set(['a1']),
    });
    expect(records.announcements.map((record) => [record.id, record.tierKey])).toEqual([['fresh', 'major']]);
    // The checklist item follows its parent and is not offered as an announcement of its own.
    expect(records.items.map((item) => [item.id, item.parentId])).toEqual([['a1:x', 'fresh']]);
  });
});
