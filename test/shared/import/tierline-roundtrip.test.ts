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
import type { TemplateSet, WindowOccurrence } from '../../../shared/types';
import { makeAnnouncement, makeChecklistItem } from '../../builders';
import { NOW, settings, templateSets } from '../export/records';
import { calendar, vevent } from './ics-builders';
import { apply, emptyPlan, writes } from './import-diff-helpers';
import { plan } from './plan-arbitrary';
import { utcInstant } from '../../dates';

// Issue 11: a Tierline export read back into an empty plan gives the same plan, and the same calendar.
const RUNS = process.env.CI ? 1000 : 200;
// A plan with repeating windows exports every occurrence's steps: 1,000 runs take about a minute.
const PROPERTY_TIMEOUT_MS = 180_000;
const templateSet = templateSets[0] as TemplateSet;

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
    now: utcInstant('2027-01-01T00:00:00.000Z'),
    existingIds: new Set(),
  });
  return { parsed, records, input };
}

describe('a Tierline export read back into an empty plan', () => {
  it(
    'restores every announcement, window (a series with its cancelled and moved occurrences) and checklist item, and exports the same calendar again',
    () => {
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
          // Through the import's own write plan, so a series' EXDATEs and overrides come back as rows.
          const restored = apply(emptyPlan(), writes(first, emptyPlan()).writes);
          expect(sameValue(byId(restored.windows), byId(input.windows))).toBe(true);
          const exceptions = (rows: WindowOccurrence[]) =>
            byId(rows)
              .filter((row) => row.cancelled || row.start !== null)
              .map(({ id, cancelled, start, end }) => ({ id, cancelled, start, end }));
          // A ticked step comes back on its occurrence (the second export below also says so); a
          // cancelled occurrence has no steps in a calendar, so its ticks stay behind.
          const ticks = (rows: WindowOccurrence[]) =>
            byId(rows.filter((row) => !row.cancelled)).flatMap((row) =>
              Object.entries(row.comms).map(([step, change]) => [row.id, step, change.done]),
            );
          expect(ticks(restored.occurrences)).toEqual(ticks(input.occurrences ?? []));
          expect(exceptions(restored.occurrences)).toEqual(exceptions(input.occurrences ?? []));
          const second = exportIcs({ ...input, ...restored, occurrences: restored.occurrences });
          expect(withoutStamp(second)).toBe(withoutStamp(first));
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

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
