import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateCommsChecklist,
  moveCommsChecklist,
  regenerateForWindowChange,
} from '../../../shared/maintenance/comms-plan';
import { moveWindow, shiftWindowByDays } from '../../../shared/maintenance/window-moves';
import type { ChecklistItem, Disruption } from '../../../shared/types';
import { instantToLocal, instantOf } from '../../../shared/zoned-time';
import { COMMS_SETTINGS, NOW, makeWindow, windowFromLocal } from './builders';
import { calendarDay, utcInstant, uncheckedInstant } from '../../dates';

const LATER = utcInstant('2026-02-01T08:00:00.000Z');
const keyOf = (item: ChecklistItem): string => item.templateItemId ?? item.id;
const find = (items: ChecklistItem[], key: string): ChecklistItem => {
  const item = items.find((candidate) => keyOf(candidate) === key);
  if (!item) throw new Error(`no item ${key}`);
  return item;
};

describe('moveCommsChecklist', () => {
  it('moves open items with a window dragged across the London March change, and leaves done and pinned ones', () => {
    const before = windowFromLocal('2026-03-28T22:00', '2026-03-29T04:00', 'Europe/London');
    const generated = generateCommsChecklist({ window: before, settings: COMMS_SETTINGS, now: NOW });
    const done = { ...find(generated, 'advance-email'), done: true, doneAt: NOW };
    const pinned = {
      ...find(generated, 'notification-bar-off'),
      dueOverridden: true,
      dueAt: utcInstant('2026-03-29T05:00:00.000Z'),
    };
    const custom: ChecklistItem = {
      ...find(generated, 'service-message-publish'),
      id: 'custom-1',
      templateItemId: null,
      custom: true,
      offset: null,
      title: 'Post in the status channel',
      dueAt: utcInstant('2026-03-28T21:00:00.000Z'),
      dueDate: calendarDay('2026-03-28'),
    };
    const foreign = { ...find(generated, 'reminder-email'), id: 'other:reminder', parentId: 'other' };
    const items = generated.map((item) =>
      item.id === done.id ? done : item.id === pinned.id ? pinned : item,
    );
    const all = [...items, custom, foreign];

    const after = shiftWindowByDays(before, 1, 'Europe/London', LATER);
    const moved = moveCommsChecklist(all, before, after, COMMS_SETTINGS, LATER);

    expect(moved).toHaveLength(all.length);
    expect(find(moved, 'notification-bar-on').dueAt).toBe(after.start);
    expect(find(moved, 'service-message-clear').dueAt).toBe(after.end);
    // The reminder keeps the 22:00 wall time the day before the new start (BST now).
    expect(instantToLocal(find(moved, 'reminder-email').dueAt ?? uncheckedInstant(''), 'Europe/London')).toBe(
      '2026-03-28T22:00',
    );
    expect(find(moved, 'reminder-email').sequence).toBe(1);
    expect(find(moved, 'reminder-email').updatedAt).toBe(LATER);
    expect(find(moved, 'advance-email')).toBe(done);
    expect(find(moved, 'notification-bar-off')).toBe(pinned);
    expect(find(moved, 'tell-teams')).toBe(find(all, 'tell-teams'));
    expect(moved.find((item) => item.id === 'other:reminder')).toBe(foreign);
    // A planner-added timed item shifts by the same real time as the start: 23 hours here.
    expect(Date.parse(find(moved, 'custom-1').dueAt ?? '') - Date.parse(custom.dueAt ?? '')).toBe(
      23 * 3_600_000,
    );
  });

  it('agrees with a fresh plan for every open template item, for any move (property)', () => {
    const start = fc.integer({ min: Date.UTC(2026, 1, 1) / 60_000, max: Date.UTC(2026, 11, 1) / 60_000 });
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 15, max: 2_000 }),
        fc.integer({ min: -40 * 24 * 60, max: 40 * 24 * 60 }),
        fc.constantFrom('Europe/London', 'America/New_York'),
        fc.constantFrom<Disruption>('none', 'degraded', 'downtime'),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (startMinutes, length, shift, zone, disruption, doneFlags) => {
          const before = makeWindow({
            start: instantOf(new Date(startMinutes * 60_000)),
            end: instantOf(new Date((startMinutes + length) * 60_000)),
            timeZone: zone,
            disruption,
            createdAt: utcInstant('2026-01-01T00:00:00.000Z'),
          });
          const settings = { ...COMMS_SETTINGS, timeZone: zone };
          const items = generateCommsChecklist({ window: before, settings, now: NOW }).map((item, index) =>
            doneFlags[index] ? { ...item, done: true } : item,
          );
          const after = moveWindow(before, instantOf(new Date((startMinutes + shift) * 60_000)), LATER);
          const fresh = generateCommsChecklist({ window: after, settings, now: LATER });
          const moved = moveCommsChecklist(items, before, after, settings, LATER);
          moved.forEach((item, index) => {
            const original = items[index];
            if (original?.done) {
              expect(item).toBe(original);
            } else {
              const expected = find(fresh, keyOf(item));
              expect(item.dueAt).toBe(expected.dueAt);
              expect(item.dueDate).toBe(expected.dueDate);
              expect(item.sequence).toBe(item.dueAt === original?.dueAt ? 0 : 1);
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('regenerateForWindowChange', () => {
  const downtime = makeWindow();
  const full = generateCommsChecklist({ window: downtime, settings: COMMS_SETTINGS, now: NOW });

  it('drops untouched user-facing steps when the work turns out unnoticeable, keeping done and edited ones', () => {
    const items = full.map((item) => {
      if (item.templateItemId === 'advance-email') return { ...item, done: true, doneAt: NOW };
      if (item.templateItemId === 'service-message-publish') return { ...item, notes: 'Draft is in Notion' };
      if (item.templateItemId === 'notification-bar-on') return { ...item, assigneeId: 'p-grace' };
      return item;
    });
    const custom = { ...items[0], id: 'custom', templateItemId: null, custom: true } as ChecklistItem;
    const result = regenerateForWindowChange(
      [...items, custom],
      downtime,
      { ...downtime, disruption: 'none' },
      COMMS_SETTINGS,
      LATER,
    );

    const kept = result.items.map(keyOf).sort();
    expect(kept).toEqual([
      'advance-email',
      'custom',
      'notification-bar-on',
      'service-message-publish',
      'tell-teams',
    ]);
    for (const key of ['advance-email', 'notification-bar-on', 'service-message-publish']) {
      expect(find(result.items, key)).toMatchObject({ notInTier: true, sequence: 1, updatedAt: LATER });
    }
    expect(find(result.items, 'tell-teams').notInTier).toBe(false);
    expect(find(result.items, 'custom')).toBe(custom);
    expect(result.removedIds.sort()).toEqual(
      ['reminder-email', 'customer-success-heads-up', 'service-message-clear', 'notification-bar-off']
        .map((key) => `${downtime.id}:${key}`)
        .sort(),
    );
  });

  it('adds the missing steps back, and clears notInTier on kept ones, when users will notice again', () => {
    const quiet = { ...downtime, disruption: 'none' as const };
    const notNeeded = { ...find(full, 'advance-email'), done: true, notInTier: true };
    const start = [
      ...generateCommsChecklist({ window: quiet, settings: COMMS_SETTINGS, now: NOW }),
      notNeeded,
    ];
    const result = regenerateForWindowChange(
      start,
      quiet,
      { ...quiet, disruption: 'degraded' },
      COMMS_SETTINGS,
      LATER,
    );
    expect(result.removedIds).toEqual([]);
    expect(result.items.map(keyOf).sort()).toEqual(full.map(keyOf).sort());
    expect(find(result.items, 'advance-email')).toMatchObject({ done: true, notInTier: false });
  });

  it('round-trips downtime → none → downtime back to the full plan when nothing was touched', () => {
    const quietWindow = { ...downtime, disruption: 'none' as const };
    const quiet = regenerateForWindowChange(full, downtime, quietWindow, COMMS_SETTINGS, LATER);
    const back = regenerateForWindowChange(quiet.items, quietWindow, downtime, COMMS_SETTINGS, LATER);
    expect(back.items.map((item) => item.id).sort()).toEqual(full.map((item) => item.id).sort());
    expect(back.items.every((item) => !item.notInTier)).toBe(true);
  });

  it('changes nothing between two disruptive levels', () => {
    const result = regenerateForWindowChange(
      full,
      downtime,
      { ...downtime, disruption: 'degraded' },
      COMMS_SETTINGS,
      LATER,
    );
    expect(result.removedIds).toEqual([]);
    result.items.forEach((item, index) => expect(item).toBe(full[index]));
  });

  it('rewords untouched emails when the audience changes, and leaves edited ones alone', () => {
    const edited = full.map((item) =>
      item.templateItemId === 'reminder-email' ? { ...item, title: 'Remind the EU customers' } : item,
    );
    const everyone = { ...downtime, audience: 'all' as const };
    const result = regenerateForWindowChange(edited, downtime, everyone, COMMS_SETTINGS, LATER);
    expect(result.removedIds).toEqual([]);
    const email = find(result.items, 'advance-email');
    expect(email.title).toContain('all users');
    expect(email.title).not.toContain('affected users');
    expect(email).toMatchObject({ id: find(full, 'advance-email').id, sequence: 1, updatedAt: LATER });
    expect(find(result.items, 'reminder-email').title).toBe('Remind the EU customers');
    // The same result as planning the window for everyone from the start, for every untouched step.
    const planned = generateCommsChecklist({ window: everyone, settings: COMMS_SETTINGS, now: NOW });
    for (const item of planned.filter((step) => step.templateItemId !== 'reminder-email')) {
      expect(find(result.items, keyOf(item)).title).toBe(item.title);
    }
  });

  it('hands the "tell the teams" step to the new owner unless someone else was assigned by hand', () => {
    const owned = { ...downtime, ownerId: 'p-ada' };
    const start = generateCommsChecklist({ window: owned, settings: COMMS_SETTINGS, now: NOW });
    const result = regenerateForWindowChange(
      start,
      owned,
      { ...owned, ownerId: 'p-grace' },
      COMMS_SETTINGS,
      LATER,
    );
    expect(find(result.items, 'tell-teams').assigneeId).toBe('p-grace');

    const reassigned = start.map((item) =>
      item.templateItemId === 'tell-teams' ? { ...item, assigneeId: 'p-linus' } : item,
    );
    const kept = regenerateForWindowChange(
      reassigned,
      owned,
      { ...owned, ownerId: 'p-grace' },
      COMMS_SETTINGS,
      LATER,
    );
    expect(find(kept.items, 'tell-teams').assigneeId).toBe('p-linus');
  });
});
