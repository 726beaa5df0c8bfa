import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { defaultSettings } from '../../../../shared/settings-defaults';
import { planToRecords } from '../../../../shared/plan-file/to-records';
import { validatePlanFile } from '../../../../shared/plan-file/validate';
import { builtInTemplateSets } from '../../../../shared/templates/built-in-sets';
import { publishedFiles } from '../../../../renderer/features/publish/publish-files';
import { usePublishStore } from '../../../../renderer/stores/publish-store';
import { utcInstant } from '../../../dates';
import type { Instant } from '../../../../shared/types';

function plan() {
  const validation = validatePlanFile({
    tierline: 1,
    timeZone: 'Europe/London',
    announcements: [
      { id: 'soon', title: 'Session replay for mobile', tier: 'major', launch: '2026-12-08' },
      { id: 'later', title: 'Dark mode', tier: 'minor', launch: '2027-06-10' },
    ],
    maintenance: [
      { id: 'work', title: 'EU Cloud upgrade', start: '2026-12-05T22:00', end: '2026-12-06T02:00' },
    ],
  });
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  const records = planToRecords(validation.plan, { now: utcInstant('2026-11-01T00:00:00.000Z') });
  return {
    announcements: records.announcements,
    windows: records.windows,
    items: records.items,
    templateSets: builtInTemplateSets(),
    settings: records.settings,
    people: records.people,
    occurrences: [],
    damaged: [],
  };
}

describe('published files', () => {
  it('publishes the whole plan as a calendar and the next three months as a schedule', () => {
    const data = plan();
    const files = publishedFiles(
      data,
      defaultSettings('Europe/London'),
      utcInstant('2026-12-02T10:00:00.000Z'),
    );
    expect(files.map((file) => file.name)).toEqual(['tierline.ics', 'tierline-schedule.md']);
    const [ics, schedule] = files;
    const events = new ICAL.Component(ICAL.parse(ics?.contents ?? '') as unknown[]).getAllSubcomponents(
      'vevent',
    );
    const uids = events.map((event) => String(event.getFirstPropertyValue('uid')));
    // No date filter: a launch in June is published too.
    expect(uids).toContain('later@tierline');
    expect(events).toHaveLength(data.announcements.length + data.windows.length + data.items.length);
    expect(schedule?.contents).toMatch(/^# Schedule: .*1 Dec 2026 to .*28 Feb 2027/);
    expect(schedule?.contents).toContain('Session replay for mobile');
    expect(schedule?.contents).not.toContain('Dark mode');
  });

  it('publishes a repeating window with its cancelled and moved occurrences, and each one’s steps', () => {
    const data = plan();
    const work = data.windows[0];
    if (!work) throw new Error('the plan has no window');
    const series = {
      ...work,
      recurrence: {
        freq: 'weekly' as const,
        interval: 1,
        weekdays: [6],
        monthlyBy: 'date' as const,
        ends: { kind: 'count' as const, count: 4 },
      },
    };
    // 5 Dec 2026 22:00 London is 22:00Z; the 12th is cancelled, the 19th moved an hour later.
    const change = (originalStart: Instant, patch: object) => ({
      id: `${series.id}@${originalStart}`,
      seriesId: series.id,
      originalStart,
      start: null,
      end: null,
      cancelled: false,
      comms: {},
      updatedAt: utcInstant('2026-12-01T00:00:00.000Z'),
      sequence: 1,
      ...patch,
    });
    const occurrences = [
      change(utcInstant('2026-12-12T22:00:00.000Z'), { cancelled: true }),
      change(utcInstant('2026-12-19T22:00:00.000Z'), {
        start: utcInstant('2026-12-19T23:00:00.000Z'),
        end: utcInstant('2026-12-20T03:00:00.000Z'),
      }),
    ];
    const files = publishedFiles(
      { ...data, windows: [series], items: [] },
      defaultSettings('Europe/London'),
      utcInstant('2026-12-02T10:00:00.000Z'),
      occurrences,
    );
    const ics = files[0]?.contents.replace(/\r\n[ \t]/g, '') ?? '';
    expect(ics).toContain('EXDATE;TZID=Europe/London:20261212T220000\r\n');
    expect(ics).toContain('RECURRENCE-ID;TZID=Europe/London:20261219T220000\r\n');
    // ical.js, reading the published file, skips the 12th and finds the 19th at its new time.
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const master = calendar
      .getAllSubcomponents('vevent')
      .find((event) => event.hasProperty('rrule') && !event.hasProperty('recurrence-id'));
    if (!master) throw new Error('no series in the published calendar');
    const event = new ICAL.Event(master);
    for (const override of calendar.getAllSubcomponents('vevent'))
      if (override.hasProperty('recurrence-id')) event.relateException(override);
    const iterator = event.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next())
      starts.push(event.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
    expect(starts).toEqual([
      '2026-12-05T22:00:00.000Z',
      '2026-12-19T23:00:00.000Z',
      '2026-12-26T22:00:00.000Z',
    ]);
    // Steps of the published occurrences, none of the cancelled one; the schedule marks it cancelled.
    expect(ics).toContain(`UID:${series.id}@2026-12-19T22:00:00.000Z:`);
    expect(ics).not.toContain(`UID:${series.id}@2026-12-12T22:00:00.000Z:`);
    expect(files[1]?.contents).toMatch(/\| EU Cloud upgrade \|[^\n]*\| cancelled \|/);
  });

  it('only records a write for the folder still chosen', () => {
    const store = usePublishStore.getState();
    store.choose('/tmp/a');
    store.written('/tmp/b', utcInstant('2026-12-02T10:00:00.000Z'));
    expect(usePublishStore.getState().lastWritten).toBeNull();
    store.written('/tmp/a', utcInstant('2026-12-02T10:00:00.000Z'));
    store.failed('/tmp/a', 'Choose the publish folder again');
    expect(usePublishStore.getState()).toMatchObject({
      folder: '/tmp/a',
      lastWritten: '2026-12-02T10:00:00.000Z',
      error: 'Choose the publish folder again',
    });
    store.stop();
    expect(usePublishStore.getState().folder).toBeNull();
  });
});
