import fc from 'fast-check';
import type { ExportInput } from '../../../shared/export/types';
import type { Announcement, ChecklistItem, MaintenanceWindow, TemplateSet } from '../../../shared/types';
import { localToInstant, toLocalDateTime } from '../../../shared/zoned-time';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow } from '../../builders';
import { NOW, settings, templateSets } from '../export/records';

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
  .map(([base, add]) => `${base.slice(0, 8)}${String(Number(base.slice(8)) + add).padStart(2, '0')}`);
const hhmm = fc
  .tuple(fc.nat(23), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** A plan of up to three launches (with checklist items) and three windows, as an export's input. */
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
      const start = localToInstant(toLocalDateTime(`${window.day}T${window.time}`), window.zone);
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
