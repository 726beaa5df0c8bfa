import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../shared/export/ics-export';
import { checklistMarkdown } from '../../../shared/export/markdown-checklist';
import { scheduleMarkdown } from '../../../shared/export/markdown-schedule';
import type { ExportInput } from '../../../shared/export/types';
import { makeMaintenanceWindow, makePerson } from '../../builders';
import { peopleById } from '../../../shared/people/names';
import { announcement, item, NOW, settings, templateSets } from './records';
import { calendarDay, utcInstant } from '../../dates';

/*
 * Issue 14, "tests that catch what they claim": every expectation here is written out by hand for one
 * fixed plan and read back through independent parsers (ical.js, markdown-it). Nothing is compared with
 * the exporters' own helpers, so a bug in a helper cannot hide behind itself.
 */

const launch = announcement({ summary: '', links: { pr: '', docs: '', blog: '' } });
const blogPost = item();
// A summer window, so London (BST, UTC+1) and UTC differ, crossing midnight in both.
const upgrade = makeMaintenanceWindow({
  id: 'w1',
  title: 'EU database upgrade',
  start: utcInstant('2026-07-14T21:00:00.000Z'),
  end: utcInstant('2026-07-15T01:30:00.000Z'),
  timeZone: 'Europe/London',
});
// The launch names these two as its product and marketing owners (records.ts: p-bo, p-ana).
const people = [makePerson('Bo'), makePerson('Ana')];
const plan: ExportInput = {
  announcements: [launch],
  items: [blogPost],
  windows: [upgrade],
  templateSets,
  settings,
  people,
  now: NOW,
};

const WINDOW_TIMES =
  'Tue 14 Jul 2026, 21:00 UTC to Wed 15 Jul 2026, 01:30 UTC (Tue 14 Jul 2026, 22:00 BST to Wed 15 Jul 2026, 02:30 BST, Europe/London)';

function eventsByUid(ics: string): Map<string, ICAL.Component> {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return new Map(
    calendar
      .getAllSubcomponents('vevent')
      .map((event) => [String(event.getFirstPropertyValue('uid')), event]),
  );
}

function descriptionLines(event: ICAL.Component | undefined): string[] {
  return String(event?.getFirstPropertyValue('description') ?? '').split('\n');
}

/** The plain text of every inline run markdown-it finds, in document order (escapes resolved). */
function markdownTexts(markdown: string): string[] {
  const texts: string[] = [];
  for (const token of new MarkdownIt().parse(markdown, {})) {
    if (token.type !== 'inline') continue;
    texts.push(
      (token.children ?? []).map((child) => (child.type === 'softbreak' ? '\n' : child.content)).join(''),
    );
  }
  return texts;
}

describe('exports against hand-written expectations (ical.js)', () => {
  const events = eventsByUid(exportIcs(plan, { tasks: 'none' }));

  it('dates the launch on Tue 1 Dec 2026, all day, and says so in its description', () => {
    const event = events.get('a1@tierline');
    expect(event?.getFirstPropertyValue('dtstart')?.toString()).toBe('2026-12-01');
    expect(event?.getFirstPropertyValue('dtend')?.toString()).toBe('2026-12-02');
    expect(event?.getFirstPropertyValue('summary')).toBe('Session replay for mobile');
    const lines = descriptionLines(event);
    expect(lines).toContain('Launch: Tue 1 Dec 2026');
    expect(lines).toContain('Tier: Major');
    expect(lines).toContain('Checklist (0/1 done):');
    expect(lines).toContain('[ ] Writing a dedicated blog post (Content & Docs) due 2026-12-01');
  });

  it("times the window in UTC and in London, the planner's zone", () => {
    const event = events.get('w1@tierline');
    const start = event?.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event?.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.toJSDate().toISOString()).toBe('2026-07-14T21:00:00.000Z');
    expect(end.toJSDate().toISOString()).toBe('2026-07-15T01:30:00.000Z');
    expect(descriptionLines(event)).toContain(`When: ${WINDOW_TIMES}`);
  });
});

describe('exports against hand-written expectations (markdown-it)', () => {
  it('lists the checklist item with its team and due day under the launch', () => {
    const texts = markdownTexts(
      checklistMarkdown({ kind: 'announcement', announcement: launch }, [blogPost], {
        settings,
        templateSets,
        names: peopleById(people),
      }),
    );
    expect(texts[0]).toBe('Session replay for mobile');
    expect(texts).toContain(
      'Launch: Tue 1 Dec 2026, all day · Tier: Major · Status: planned · Owners: Ana, Bo',
    );
    expect(texts).toContain(
      '[ ] Writing a dedicated blog post · Content & Docs (unassigned) · due Tue 1 Dec 2026',
    );
  });

  it("shows the window's UTC and London times in its checklist document", () => {
    const texts = markdownTexts(
      checklistMarkdown({ kind: 'maintenance', window: upgrade }, [], { settings, templateSets }),
    );
    expect(texts[0]).toBe('EU database upgrade');
    expect(texts[1]).toContain(`When: ${WINDOW_TIMES}`);
  });

  it('puts each entry in the schedule table on its own day, with the window at its London start', () => {
    const markdown = scheduleMarkdown(plan, {
      from: calendarDay('2026-07-01'),
      to: calendarDay('2026-12-31'),
    });
    const tokens = new MarkdownIt().parse(markdown, {});
    const rows: string[][] = [];
    for (const [index, token] of tokens.entries()) {
      if (token.type === 'tr_open' && tokens[index - 1]?.type === 'tbody_open') rows.push([]);
      if (token.type === 'tr_open' && tokens[index - 1]?.type === 'tr_close' && rows.length > 0)
        rows.push([]);
      if (token.type === 'inline' && tokens[index - 1]?.type === 'td_open') rows.at(-1)?.push(token.content);
    }
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['Tue 14 Jul 2026, 22:00', 'EU database upgrade', 'Maintenance · downtime'],
      ['Tue 1 Dec 2026', 'Session replay for mobile', 'Announcement · Major'],
      ['Tue 1 Dec 2026', 'Writing a dedicated blog post (Session replay for mobile)', 'Checklist · Major'],
    ]);
    expect(markdownTexts(markdown)).toContain(`EU database upgrade: ${WINDOW_TIMES}`);
  });
});
