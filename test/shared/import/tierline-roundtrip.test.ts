import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../shared/export/ics-export';
import { canonicalJson } from '../../../shared/export/ics-identity';
import { escapeIcsText } from '../../../shared/export/ics-text';
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
import { calendar, vevent } from './ics-builders';

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

describe('hostile input: Tierline identity in ICS', () => {
  const good = makeAnnouncement({
    id: 'a1',
    title: 'Real launch',
    templateSetId: templateSet.id,
    tierKey: 'major',
  });
  const event = (lines: string[]): string =>
    calendar(
      vevent('a1@tierline', ['DTSTART;VALUE=DATE:20270110', 'X-TIERLINE-KIND:announcement', ...lines]),
    );
  const restore = (ics: string) => {
    const parsed = parseIcsForImport(ics, { timeZoneFallback: settings.timeZone, now: NOW });
    return importedEventsToRecords(parsed.events, {
      choices: Object.fromEntries(parsed.events.map((e) => [e.key, 'announcement' as const])),
      templateSet,
      tierKey: 'minor',
      settings,
      newId: () => 'fresh',
      now: NOW,
      existingIds: new Set(),
    });
  };
  // Each forged record is ignored: the event imports as any other calendar's would, under a new id.
  const expectGeneric = (ics: string): void => {
    const records = restore(ics);
    expect(records.announcements.map((a) => [a.id, a.title, a.tierKey])).toEqual([
      ['fresh', 'Event a1@tierline', 'minor'],
    ]);
    expect(importedRecordProblems(records)).toEqual([]);
  };

  it('ignores an X-TIERLINE-RECORD that is not JSON', () => {
    expectGeneric(event(['X-TIERLINE-RECORD:{"id":"a1",']));
  });

  it('ignores a record that fails the backup schema', () => {
    expectGeneric(
      event([`X-TIERLINE-RECORD:${escapeIcsText(canonicalJson({ ...good, launchDate: '2027-02-30' }))}`]),
    );
  });

  it('ignores a record whose id is not the one its UID names', () => {
    expectGeneric(
      event([`X-TIERLINE-RECORD:${escapeIcsText(canonicalJson({ ...good, id: 'someone-else' }))}`]),
    );
  });

  it('ignores an unknown X-TIERLINE-KIND', () => {
    const ics = calendar(
      vevent('a1@tierline', [
        'DTSTART;VALUE=DATE:20270110',
        'X-TIERLINE-KIND:settings',
        `X-TIERLINE-RECORD:${escapeIcsText(canonicalJson(good))}`,
      ]),
    );
    expectGeneric(ics);
  });

  it('drops a checklist item whose parent is not in the file instead of making it an announcement', () => {
    const item = makeChecklistItem({ id: 'i1', parentId: 'nobody' });
    const ics = calendar(
      vevent('i1@tierline', [
        'DTSTART;VALUE=DATE:20270110',
        'X-TIERLINE-KIND:item',
        'X-TIERLINE-PARENT:nobody@tierline',
        `X-TIERLINE-RECORD:${escapeIcsText(canonicalJson(item))}`,
      ]),
    );
    expect(restore(ics)).toEqual({ announcements: [], items: [], windows: [] });
  });

  it('restores one record once when a file repeats its UID on a series', () => {
    const ics = event([
      'RRULE:FREQ=DAILY;COUNT=3',
      `X-TIERLINE-RECORD:${escapeIcsText(canonicalJson(good))}`,
    ]);
    const records = restore(ics);
    // Occurrences of a series carry no identity, so each is a plain event with its own new id.
    expect(records.announcements.map((a) => a.title)).toEqual([
      'Event a1@tierline',
      'Event a1@tierline',
      'Event a1@tierline',
    ]);
  });
});
