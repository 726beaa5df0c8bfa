import type { EventInput } from '@fullcalendar/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alreadyShown,
  diffEvents,
  isEmptyPatch,
  MAX_PATCH,
} from '../../../../renderer/features/calendar/event-patch';

const launch = (id: string, start: string, extra: Partial<EventInput> = {}): EventInput => ({
  id: `announcement:${id}`,
  title: `Launch ${id}`,
  allDay: true,
  start,
  extendedProps: { kind: 'announcement', id, progress: { done: 0, total: 9, overdue: 0 } },
  ...extra,
});

describe('the events patch after a write', () => {
  it('names only the moved launch when the rest are rebuilt as equal new objects', () => {
    const before = [launch('a', '2026-12-01'), launch('b', '2026-12-02'), launch('c', '2026-12-03')];
    const after = [launch('a', '2026-12-01'), launch('b', '2026-12-04'), launch('c', '2026-12-03')];
    expect(diffEvents(before, after)).toEqual({ removed: [], changed: [after[1]], added: [] });
  });

  it('sees a changed detail of an unmoved item, an added and a removed event', () => {
    const before = [launch('a', '2026-12-01'), launch('b', '2026-12-02')];
    const overdue = launch('a', '2026-12-01', {
      extendedProps: { kind: 'announcement', id: 'a', progress: { done: 0, total: 9, overdue: 1 } },
    });
    const after = [overdue, launch('c', '2026-12-05')];
    expect(diffEvents(before, after)).toEqual({
      removed: ['announcement:b'],
      changed: [overdue],
      added: [after[1]],
    });
  });

  it('is empty when nothing a reader sees changed', () => {
    const before = [launch('a', '2026-12-01')];
    const patch = diffEvents(before, [launch('a', '2026-12-01')]);
    expect(patch && isEmptyPatch(patch)).toBe(true);
  });

  it('applied to the old events by id, always gives the new events', () => {
    const events = fc.uniqueArray(
      fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), day: fc.integer({ min: 1, max: 28 }) }),
      { selector: (event) => event.id },
    );
    fc.assert(
      fc.property(events, events, (left, right) => {
        const toInput = ({ id, day }: { id: string; day: number }) =>
          launch(id, `2026-12-${String(day).padStart(2, '0')}`);
        const before = left.map(toInput);
        const after = right.map(toInput);
        const patch = diffEvents(before, after);
        expect(patch).not.toBeNull();
        if (!patch) return;
        const shown = new Map(before.map((event) => [event.id, event]));
        for (const id of patch.removed) shown.delete(id);
        for (const event of [...patch.changed, ...patch.added]) shown.set(event.id, event);
        const byId = (list: EventInput[]) =>
          [...list].sort((x, y) => String(x.id).localeCompare(String(y.id)));
        expect(byId([...shown.values()])).toEqual(byId(after));
      }),
    );
  });
});

describe('an event a drop already put where the data says', () => {
  const utc = (text: string) => new Date(`${text}Z`);

  it('is left alone when only its dates changed, to where the calendar shows it', () => {
    const before = launch('a', '2026-12-01', { end: '2026-12-02' });
    const after = launch('a', '2026-12-04', { end: '2026-12-05' });
    const shown = { allDay: true, start: utc('2026-12-04T00:00:00'), end: utc('2026-12-05T00:00:00') };
    expect(alreadyShown(shown, before, after)).toBe(true);
  });

  it('is replaced when the calendar shows it elsewhere, or more than its dates changed', () => {
    const before = launch('a', '2026-12-01');
    const moved = launch('a', '2026-12-04');
    const elsewhere = { allDay: true, start: utc('2026-12-03T00:00:00'), end: null };
    expect(alreadyShown(elsewhere, before, moved)).toBe(false);
    const there = { allDay: true, start: utc('2026-12-04T00:00:00'), end: null };
    expect(alreadyShown(there, before, { ...moved, title: 'Renamed' })).toBe(false);
    expect(alreadyShown({ ...there, allDay: false }, before, moved)).toBe(false);
  });
});

describe('hostile input: events a patch can not address one by one', () => {
  it('asks for a refetch when an id is given twice or missing', () => {
    const twice = [launch('a', '2026-12-01'), launch('a', '2026-12-08')];
    expect(diffEvents([launch('a', '2026-12-01')], twice)).toBeNull();
    expect(diffEvents([{ title: 'no id', start: '2026-12-01' }], [])).toBeNull();
  });

  it('asks for a refetch when more than a handful changed (an import, a renamed tier)', () => {
    const before = Array.from({ length: MAX_PATCH + 1 }, (_, n) => launch(String(n), '2026-12-01'));
    const after = before.map((event) => ({ ...event, color: '#123456' }));
    expect(diffEvents(before, after)).toBeNull();
    expect(diffEvents(before.slice(1), after.slice(1))?.changed).toHaveLength(MAX_PATCH);
  });
});
