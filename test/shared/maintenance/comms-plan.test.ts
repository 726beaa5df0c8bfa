import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateCommsChecklist, maintenanceDueAt } from '../../../shared/maintenance/comms-plan';
import { MAINTENANCE_COMMS_KEYS } from '../../../shared/maintenance/comms-steps';
import { CHANNELS, TEAMS, type ChecklistItem } from '../../../shared/types';
import { instantToLocal } from '../../../shared/zoned-time';
import { COMMS_SETTINGS, NOW, makeWindow, windowFromLocal } from './builders';
import { utcInstant } from '../../dates';

const byKey = (items: ChecklistItem[], key: string): ChecklistItem => {
  const item = items.find((candidate) => candidate.templateItemId === key);
  if (!item) throw new Error(`no item ${key}`);
  return item;
};

function handbookSection(): string {
  const path = fileURLToPath(new URL('../../fixtures/handbook/001_b9aca1a3eeb45d29.txt', import.meta.url));
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf('## Announcing scheduled maintenance');
  expect(start).toBeGreaterThan(-1);
  const next = text.indexOf('\n## ', start + 3);
  return text.slice(start, next === -1 ? undefined : next);
}

describe('generateCommsChecklist', () => {
  const window = makeWindow();
  const items = generateCommsChecklist({ window, settings: COMMS_SETTINGS, now: NOW });

  it('lists every handbook step for a disruptive window, in order, with deterministic ids', () => {
    expect(items.map((item) => item.templateItemId)).toEqual([...MAINTENANCE_COMMS_KEYS]);
    for (const [index, item] of items.entries()) {
      expect(item.id).toBe(`${window.id}:${item.templateItemId}`);
      expect(item).toMatchObject({
        parentId: window.id,
        parentKind: 'maintenance',
        order: index,
        done: false,
        sequence: 0,
      });
      expect(CHANNELS).toContain(item.channel);
      expect(TEAMS as readonly string[]).toContain(item.team);
      expect(item.offset?.kind).toBe('maintenance');
      expect(item.dueAt).not.toBeNull();
    }
    expect(generateCommsChecklist({ window, settings: COMMS_SETTINGS, now: NOW })).toEqual(items);
  });

  it('covers what the handbook section asks for, in its words', () => {
    const section = handbookSection();
    // [phrase the handbook uses, item key, what that item's title must say]
    const asks: [string, string, RegExp][] = [
      ['inform the Marketing and Customer Success teams', 'tell-teams', /Marketing and Customer Success/],
      ['in advance', 'advance-email', /email .* in advance/i],
      ['Notification Bar', 'notification-bar-on', /Notification Bar/],
      ['direct them firstly to `/service-message`', 'notification-bar-on', /\/service-message/],
      [
        'Customer Success may wish to inform specific users at the time',
        'customer-success-heads-up',
        /specific users at the time/,
      ],
      [
        'updated to reflect that no maintenance is underway',
        'service-message-clear',
        /no maintenance is underway/,
      ],
      ['the banner is removed', 'notification-bar-off', /Remove .*banner/],
    ];
    for (const [phrase, key, title] of asks) {
      expect(section).toContain(phrase);
      expect(byKey(items, key).title).toMatch(title);
    }
  });

  it('keeps only telling Marketing and Customer Success when users will notice nothing', () => {
    const quiet = generateCommsChecklist({
      window: makeWindow({ disruption: 'none' }),
      settings: COMMS_SETTINGS,
      now: NOW,
    });
    expect(quiet.map((item) => item.templateItemId)).toEqual(['tell-teams']);
    const degraded = generateCommsChecklist({
      window: makeWindow({ disruption: 'degraded' }),
      settings: COMMS_SETTINGS,
      now: NOW,
    });
    expect(degraded).toHaveLength(items.length);
  });

  it('has the owner tell the teams on the day the window is planned, by Engineering', () => {
    const tell = byKey(items, 'tell-teams');
    expect(tell).toMatchObject({
      team: 'Engineering',
      assigneeId: 'p-ada',
      dueAt: window.createdAt,
      dueDate: '2026-01-01',
    });
    expect(tell.offset).toEqual({ kind: 'maintenance', anchor: 'planned', minutes: 0 });
  });

  it('times the at-start and at-end steps exactly on the window, and the emails by the lead days', () => {
    for (const key of ['notification-bar-on', 'service-message-publish', 'customer-success-heads-up']) {
      expect(byKey(items, key).dueAt).toBe(window.start);
    }
    for (const key of ['service-message-clear', 'notification-bar-off'])
      expect(byKey(items, key).dueAt).toBe(window.end);
    expect(byKey(items, 'advance-email').dueAt).toBe('2026-11-28T22:00:00.000Z');
    expect(byKey(items, 'reminder-email').dueAt).toBe('2026-12-04T22:00:00.000Z');
    const longer = generateCommsChecklist({
      window,
      settings: { ...COMMS_SETTINGS, emailLeadDays: 14, reminderLeadDays: 2 },
      now: NOW,
    });
    expect(byKey(longer, 'advance-email').dueAt).toBe('2026-11-21T22:00:00.000Z');
    expect(byKey(longer, 'reminder-email').title).toContain('2 days before');
  });

  it('leaves the reminder out when it would not come after the first email', () => {
    for (const reminderLeadDays of [0, 7, 9]) {
      const list = generateCommsChecklist({
        window,
        settings: { ...COMMS_SETTINGS, reminderLeadDays },
        now: NOW,
      });
      expect(list.some((item) => item.templateItemId === 'reminder-email')).toBe(false);
    }
  });

  it('makes advance steps due at once, not in the past, for a window planned at short notice', () => {
    const late = makeWindow({ createdAt: utcInstant('2026-12-03T10:00:00.000Z') });
    const list = generateCommsChecklist({ window: late, settings: COMMS_SETTINGS, now: NOW });
    expect(byKey(list, 'advance-email').dueAt).toBe(late.createdAt);
    expect(byKey(list, 'reminder-email').dueAt).toBe('2026-12-04T22:00:00.000Z');
  });

  it("dates items in the planner's zone, not the window's", () => {
    // 06:00 GMT on Saturday is still Friday evening in Los Angeles.
    const early = makeWindow({
      start: utcInstant('2026-12-05T06:00:00.000Z'),
      end: utcInstant('2026-12-05T08:00:00.000Z'),
    });
    const list = generateCommsChecklist({
      window: early,
      settings: { ...COMMS_SETTINGS, timeZone: 'America/Los_Angeles' },
      now: NOW,
    });
    expect(byKey(list, 'service-message-publish').dueDate).toBe('2026-12-04');
    const home = generateCommsChecklist({ window: early, settings: COMMS_SETTINGS, now: NOW });
    expect(byKey(home, 'service-message-publish').dueDate).toBe('2026-12-05');
  });
});

describe('comms due times around daylight-saving changes', () => {
  // [zone, window start (local), email due (local), email due (UTC), reminder due (local), reminder
  // due (UTC)], worked out by hand: the emails keep the start's wall time, so across a change their
  // real distance from the start is 167/169 or 23/25 hours.
  const cases: [string, string, string, string, string, string][] = [
    [
      'Europe/London',
      '2026-04-02T22:00',
      '2026-03-26T22:00',
      '2026-03-26T22:00:00.000Z',
      '2026-04-01T22:00',
      '2026-04-01T21:00:00.000Z',
    ],
    [
      'Europe/London',
      '2026-03-29T10:00',
      '2026-03-22T10:00',
      '2026-03-22T10:00:00.000Z',
      '2026-03-28T10:00',
      '2026-03-28T10:00:00.000Z',
    ],
    [
      'Europe/London',
      '2026-10-29T09:00',
      '2026-10-22T09:00',
      '2026-10-22T08:00:00.000Z',
      '2026-10-28T09:00',
      '2026-10-28T09:00:00.000Z',
    ],
    [
      'Europe/London',
      '2026-10-25T10:00',
      '2026-10-18T10:00',
      '2026-10-18T09:00:00.000Z',
      '2026-10-24T10:00',
      '2026-10-24T09:00:00.000Z',
    ],
    [
      'America/New_York',
      '2026-03-12T10:00',
      '2026-03-05T10:00',
      '2026-03-05T15:00:00.000Z',
      '2026-03-11T10:00',
      '2026-03-11T14:00:00.000Z',
    ],
    [
      'America/New_York',
      '2026-03-08T09:00',
      '2026-03-01T09:00',
      '2026-03-01T14:00:00.000Z',
      '2026-03-07T09:00',
      '2026-03-07T14:00:00.000Z',
    ],
    [
      'America/New_York',
      '2026-11-05T10:00',
      '2026-10-29T10:00',
      '2026-10-29T14:00:00.000Z',
      '2026-11-04T10:00',
      '2026-11-04T15:00:00.000Z',
    ],
    [
      'America/New_York',
      '2026-11-01T09:00',
      '2026-10-25T09:00',
      '2026-10-25T13:00:00.000Z',
      '2026-10-31T09:00',
      '2026-10-31T13:00:00.000Z',
    ],
  ];

  it.each(cases)(
    '%s window at %s: email %s (%s), reminder %s (%s)',
    (zone, startLocal, emailLocal, emailUtc, reminderLocal, reminderUtc) => {
      const [day] = startLocal.split('T');
      const window = windowFromLocal(startLocal, `${day}T23:30`, zone, {
        createdAt: utcInstant('2026-01-01T00:00:00.000Z'),
      });
      const list = generateCommsChecklist({
        window,
        settings: { ...COMMS_SETTINGS, timeZone: zone },
        now: NOW,
      });
      const email = byKey(list, 'advance-email');
      const reminder = byKey(list, 'reminder-email');
      expect(email.dueAt).toBe(emailUtc);
      expect(reminder.dueAt).toBe(reminderUtc);
      expect(instantToLocal(utcInstant(emailUtc), zone)).toBe(emailLocal);
      expect(instantToLocal(utcInstant(reminderUtc), zone)).toBe(reminderLocal);
      expect(email.dueDate).toBe(emailLocal.slice(0, 10));
      expect(reminder.dueDate).toBe(reminderLocal.slice(0, 10));
    },
  );

  it('keeps the first London email after the March change 167 real hours before the start', () => {
    const window = windowFromLocal('2026-04-02T22:00', '2026-04-02T23:00', 'Europe/London');
    const due = maintenanceDueAt(window, { kind: 'maintenance', anchor: 'start', minutes: -7 * 24 * 60 });
    expect((Date.parse(window.start) - Date.parse(due)) / 3_600_000).toBe(167);
  });

  it('counts odd minute offsets in real time, across the change', () => {
    const window = windowFromLocal('2026-03-29T03:00', '2026-03-29T05:00', 'Europe/London');
    const due = maintenanceDueAt(window, { kind: 'maintenance', anchor: 'start', minutes: -180 });
    expect(instantToLocal(due, 'Europe/London')).toBe('2026-03-28T23:00');
  });

  it('puts end steps at the real end of a window that spans the October change', () => {
    const window = windowFromLocal('2026-10-24T23:00', '2026-10-25T03:00', 'Europe/London');
    const list = generateCommsChecklist({ window, settings: COMMS_SETTINGS, now: NOW });
    expect(byKey(list, 'notification-bar-off').dueAt).toBe('2026-10-25T03:00:00.000Z');
    expect(byKey(list, 'notification-bar-on').dueAt).toBe('2026-10-24T22:00:00.000Z');
  });
});
