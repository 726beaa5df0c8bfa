import fc from 'fast-check';
import { OPEN_EXPORT_DAYS } from '../../../shared/export/occurrence-steps';
import type { ExportInput } from '../../../shared/export/types';
import { nthOccurrenceStart, occurrenceAt, type WindowSeries } from '../../../shared/recurrence/expand';
import { occurrenceComms } from '../../../shared/recurrence/occurrence-comms';
import { occurrenceId } from '../../../shared/recurrence/rule';
import type {
  Announcement,
  ChecklistItem,
  MaintenanceWindow,
  Recurrence,
  TemplateSet,
  WindowOccurrence,
  Instant,
} from '../../../shared/types';
import { localToInstant, toLocalDateTime, instantOf } from '../../../shared/zoned-time';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow } from '../../builders';
import { NOW, settings, templateSets } from '../export/records';
import { calendarDay, utcInstant } from '../../dates';

// Plans for the ICS round-trip properties (issue 11), biased to what breaks calendar text and times.
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
  .map(([base, add]) =>
    calendarDay(`${base.slice(0, 8)}${String(Number(base.slice(8)) + add).padStart(2, '0')}`),
  );
const hhmm = fc
  .tuple(fc.nat(23), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

// A repeat rule for a window (issue 11), and which of its first occurrences are cancelled or moved.
const repeat = fc.option(
  fc.record({
    rule: fc.record({
      freq: fc.constantFrom('daily', 'weekly', 'monthly' as const),
      interval: fc.integer({ min: 1, max: 3 }),
      weekdays: fc.constant<number[]>([]),
      monthlyBy: fc.constantFrom('date', 'weekday' as const),
      ends: fc.integer({ min: 2, max: 8 }).map((count) => ({ kind: 'count' as const, count })),
    }),
    cancelled: fc.uniqueArray(fc.nat(7), { maxLength: 2 }),
    moved: fc.uniqueArray(fc.record({ index: fc.nat(7), hours: fc.integer({ min: -30, max: 30 }) }), {
      maxLength: 2,
      selector: (entry) => entry.index,
    }),
    // One of the first four; ticked only within a year of the start (see exceptionRows).
    ticked: fc.option(fc.nat(3), { nil: null }),
  }),
  { nil: null },
);

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether an export without an end date lists the steps of an occurrence starting at `start`: it
 * lists a year past the series' first day (OPEN_EXPORT_DAYS), and a day-31 series that skips short
 * months, or a move, can take the fourth occurrence past that (seed 453301425 in CI). A day short of
 * the horizon, so the planner's zone and summer time never decide it.
 */
function withinOpenExport(series: WindowSeries, start: Instant): boolean {
  return Date.parse(start) - Date.parse(series.start) < (OPEN_EXPORT_DAYS - 1) * DAY_MS;
}

// The changed occurrences a generated repeat asks for: cancelled ones win over moves of the same one.
function exceptionRows(
  series: WindowSeries,
  cancelled: readonly number[],
  moved: readonly { index: number; hours: number }[],
  ticked: number | null,
): WindowOccurrence[] {
  const length = Date.parse(series.end) - Date.parse(series.start);
  const rows = new Map<string, WindowOccurrence>();
  const row = (originalStart: Instant, change: Partial<WindowOccurrence>): WindowOccurrence => ({
    id: occurrenceId(series.id, originalStart),
    seriesId: series.id,
    originalStart,
    start: null,
    end: null,
    cancelled: false,
    comms: {},
    updatedAt: utcInstant('2026-11-04T10:00:00.000Z'),
    sequence: 1,
    ...change,
  });
  for (const { index, hours } of moved) {
    const originalStart = nthOccurrenceStart(series, index);
    if (originalStart === null || hours === 0) continue;
    const start = instantOf(new Date(Date.parse(originalStart) + hours * 3_600_000));
    const end = instantOf(new Date(Date.parse(start) + length));
    rows.set(originalStart, row(originalStart, { start, end }));
  }
  for (const index of cancelled) {
    const originalStart = nthOccurrenceStart(series, index);
    if (originalStart !== null) rows.set(originalStart, row(originalStart, { cancelled: true }));
  }
  // One occurrence's last step ticked, as the panel would: its row keeps any exception it has.
  const tickedStart = ticked === null ? null : nthOccurrenceStart(series, ticked);
  const occurrence = tickedStart === null ? null : occurrenceAt(series, tickedStart);
  const change = tickedStart === null ? null : (rows.get(tickedStart) ?? row(tickedStart, {}));
  if (tickedStart !== null && occurrence && change && withinOpenExport(series, change.start ?? tickedStart)) {
    const step = occurrenceComms({ series, occurrence, change, settings, now: series.updatedAt }).at(-1);
    if (step?.templateItemId) {
      const done = {
        done: true,
        doneAt: utcInstant('2026-11-05T10:00:00.000Z'),
        assigneeId: null,
        dueDate: null,
      };
      rows.set(tickedStart, { ...change, comms: { [step.templateItemId]: done } });
    }
  }
  return [...rows.values()];
}

/**
 * A plan of up to three launches (with checklist items) and three windows, some repeating with
 * cancelled and moved occurrences, as an export's input.
 */
export const plan = fc
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
        repeat,
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
          createdAt: utcInstant('2026-11-01T10:00:00.000Z'),
          updatedAt: utcInstant('2026-11-02T10:00:00.000Z'),
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
            doneAt: item.done ? utcInstant('2026-11-10T08:00:00.000Z') : null,
            dueDate: launch.day,
            order,
            updatedAt: utcInstant('2026-11-02T10:00:00.000Z'),
          }),
        ),
      );
    });
    const occurrences: WindowOccurrence[] = [];
    const maintenance: MaintenanceWindow[] = windows.map((window, index) => {
      const start = localToInstant(toLocalDateTime(`${window.day}T${window.time}`), window.zone);
      const record = makeMaintenanceWindow({
        id: `w${index}`,
        title: window.title,
        notes: window.notes,
        start,
        // A repeating window is shorter than its shortest period, so occurrences never overlap.
        end: instantOf(new Date(Date.parse(start) + (window.repeat ? 2 : window.hours) * 3_600_000)),
        timeZone: window.zone,
        createdAt: utcInstant('2026-11-01T10:00:00.000Z'),
        updatedAt: utcInstant('2026-11-03T10:00:00.000Z'),
      });
      if (!window.repeat) return record;
      const series: WindowSeries = { ...record, recurrence: window.repeat.rule satisfies Recurrence };
      occurrences.push(
        ...exceptionRows(series, window.repeat.cancelled, window.repeat.moved, window.repeat.ticked),
      );
      return series;
    });
    return { announcements, items, windows: maintenance, occurrences, templateSets, settings, now: NOW };
  });
