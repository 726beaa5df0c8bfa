import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCalendarEvents } from '../../../../renderer/features/calendar/calendar-events';
import { addCalendarDays } from '../../../../shared/calendar-day';
import { item, planWith, PEOPLE, TODAY } from '../../../shared/work/work-fixtures';
import { makeAnnouncement } from '../../../builders';
import { calendarDay } from '../../../dates';

// A launch with work before it, owned and assigned, and a timed launch elsewhere in the world,
// so every part of an event can change.
const withWork = planWith([
  item('blog', calendarDay('2026-12-07'), { title: 'Blog post', assigneeId: 'ana' }),
  item('docs', calendarDay('2026-12-01'), { title: 'Docs', assigneeId: 'ben' }),
  item('mail', calendarDay('2026-12-09'), { title: 'Email', parentId: 'a-2' }),
]);
const base = {
  ...withWork,
  announcements: [
    ...withWork.announcements,
    makeAnnouncement({
      id: 'a-3',
      launchDate: calendarDay('2026-12-10'),
      launchTime: '10:00',
      timeZone: 'Europe/Berlin',
    }),
  ],
};
type Inputs = Parameters<typeof toCalendarEvents>[0];
const inputs = (patch: Partial<Inputs> = {}): Inputs => ({
  ...base,
  plannerZone: 'Europe/London',
  today: TODAY,
  showChecklistMarkers: true,
  ...patch,
});

describe('each row keeps its calendar event while nothing it shows changes (issue 13)', () => {
  it('hands back the very same events for rows a drop did not touch, and new ones for the rows it moved', () => {
    const first = toCalendarEvents(inputs());
    const [launch, ...rest] = base.announcements;
    const moved = { ...launch!, launchDate: calendarDay('2026-12-09') };
    const items = base.items.map((row) =>
      row.id === 'blog' ? { ...row, dueDate: calendarDay('2026-12-08') } : row,
    );
    const second = toCalendarEvents(inputs({ announcements: [moved, ...rest], items }));
    const byId = (events: typeof first) => new Map(events.map((event) => [event.id, event]));
    const before = byId(first);
    const after = byId(second);
    expect(after.get('announcement:a-1')).not.toBe(before.get('announcement:a-1'));
    expect(after.get('announcement:a-1')?.start).toBe('2026-12-09');
    expect(after.get('item:blog')).not.toBe(before.get('item:blog'));
    expect(after.get('item:docs')).toBe(before.get('item:docs'));
    expect(after.get('announcement:a-2')).toBe(before.get('announcement:a-2'));
    expect(after.get('item:mail')).toBe(before.get('item:mail'));
  });

  it('gives the same events as a build from fresh copies of every row, whatever changed around the rows', () => {
    // One change a step, so most steps leave the rows themselves the very same objects.
    const change = fc.oneof(
      fc.record({ zone: fc.constantFrom('Europe/London', 'America/New_York', 'Asia/Tokyo') }),
      fc.record({ days: fc.integer({ min: -3, max: 10 }) }),
      fc.record({ anaIs: fc.constantFrom('Ana', 'Ana María', '') }),
      fc.record({ title: fc.constantFrom('Session replay', 'Session replay 2') }),
      fc.record({ tier: fc.constantFrom('major', 'medium', 'nonesuch') }),
      fc.record({ tick: fc.boolean() }),
      fc.record({ assignee: fc.constantFrom('ana', 'ben', null) }),
      fc.record({ conflicts: fc.nat(2) }),
    );
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 12 }), (steps) => {
        let args = inputs({ conflictCounts: new Map() });
        for (const step of steps) {
          const [launch, ...others] = args.announcements;
          const relaunch = (patch: object) => [{ ...launch!, ...patch }, ...others];
          const reitem = (patch: object) =>
            args.items.map((row) => (row.id === 'blog' ? { ...row, ...patch } : row));
          args = {
            ...args,
            ...('zone' in step && { plannerZone: step.zone }),
            ...('days' in step && { today: addCalendarDays(TODAY, step.days) }),
            ...('anaIs' in step && {
              people: PEOPLE.map((person) =>
                person.id === 'ana' ? { ...person, name: step.anaIs } : person,
              ),
            }),
            ...('title' in step && { announcements: relaunch({ title: step.title }) }),
            ...('tier' in step && { announcements: relaunch({ tierKey: step.tier }) }),
            ...('tick' in step && { items: reitem({ done: step.tick }) }),
            ...('assignee' in step && { items: reitem({ assigneeId: step.assignee }) }),
            ...('conflicts' in step && {
              conflictCounts: new Map([
                ['a-1', step.conflicts],
                ['docs', step.conflicts],
              ]),
            }),
          };
          expect(toCalendarEvents(args)).toEqual(toCalendarEvents(structuredClone(args)));
        }
      }),
      { numRuns: 200 },
    );
  });
});
