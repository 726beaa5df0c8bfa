import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlappingMaintenance } from '../../../shared/conflicts/overlapping-maintenance';
import { makeMaintenanceWindow } from '../../builders';
import { instantOf } from '../../../shared/zoned-time';
import type { Instant } from '../../../shared/types';
import { uncheckedInstant, utcInstant } from '../../dates';

const first = makeMaintenanceWindow({
  id: 'w-1',
  title: 'Postgres upgrade',
  services: ['Ingestion', 'Query API'],
});
const at = (start: Instant, end: Instant, services: string[], id = 'w-2') =>
  makeMaintenanceWindow({ id, title: 'Kafka resize', start, end, services });

describe('overlappingMaintenance', () => {
  it('flags windows that overlap in time on a service, matching names ignoring case and spaces', () => {
    const second = at(
      utcInstant('2026-06-11T01:00:00.000Z'),
      utcInstant('2026-06-11T03:00:00.000Z'),
      [' ingestion ', 'Web'],
      'w-2',
    );
    const [conflict] = overlappingMaintenance([first, second], 'Europe/London');
    expect(conflict?.kind).toBe('overlapping-maintenance');
    expect(conflict?.message).toContain('Ingestion');
    expect(conflict?.message).not.toContain('Web');
    expect(conflict?.day).toBe('2026-06-11');
  });

  it('leaves windows alone that only touch, share no service, or are cancelled', () => {
    const touching = at(first.end, utcInstant('2026-06-11T05:00:00.000Z'), ['Ingestion']);
    const elsewhere = at(utcInstant('2026-06-11T01:00:00.000Z'), utcInstant('2026-06-11T03:00:00.000Z'), [
      'Web',
    ]);
    const cancelled = {
      ...at(utcInstant('2026-06-11T01:00:00.000Z'), utcInstant('2026-06-11T03:00:00.000Z'), ['Ingestion']),
      status: 'cancelled' as const,
    };
    for (const second of [touching, elsewhere, cancelled])
      expect(overlappingMaintenance([first, second], 'UTC')).toEqual([]);
  });

  it('flags a window nested inside another, and the same key whatever the order', () => {
    const inside = at(utcInstant('2026-06-10T23:00:00.000Z'), utcInstant('2026-06-10T23:30:00.000Z'), [
      'QUERY API',
    ]);
    const forward = overlappingMaintenance([first, inside], 'UTC');
    const backward = overlappingMaintenance([inside, first], 'UTC');
    expect(forward).toHaveLength(1);
    expect(backward).toEqual(forward);
  });

  it('pairs every overlapping window with every other, once', () => {
    const windows = ['a', 'b', 'c'].map((id) => at(first.start, first.end, ['Ingestion'], id));
    expect(
      overlappingMaintenance(windows, 'UTC')
        .map((conflict) => conflict.key)
        .sort(),
    ).toEqual(['overlapping-maintenance:a|b', 'overlapping-maintenance:a|c', 'overlapping-maintenance:b|c']);
  });

  it('finds exactly the pairs a check of every pair finds, whatever the windows (property)', () => {
    const HOUR = 60 * 60 * 1000;
    const base = Date.parse('2026-03-02T00:00:00Z');
    const row = fc.record({
      start: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
      hours: fc.integer({ min: 0, max: 60 }),
      services: fc.subarray(['Web', 'web ', 'Billing'], { minLength: 1 }),
      cancelled: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 14 }), (rows) => {
        const windows = rows.map((spec, index) =>
          makeMaintenanceWindow({
            id: `w-${index % 11}`,
            title: `W ${index}`,
            // null: an unreadable start, which overlaps nothing.
            start:
              spec.start === null
                ? uncheckedInstant('not an instant')
                : instantOf(new Date(base + spec.start * HOUR)),
            end: instantOf(new Date(base + ((spec.start ?? 0) + spec.hours) * HOUR)),
            services: spec.services,
            status: spec.cancelled ? 'cancelled' : 'planned',
          }),
        );
        const live = windows.filter((w) => w.status !== 'cancelled');
        const expected = new Set<string>();
        for (const a of live)
          for (const b of live) {
            const overlap =
              Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);
            const names = (w: typeof a) => new Set(w.services.map((name) => name.trim().toLowerCase()));
            const shared = [...names(a)].some((name) => names(b).has(name));
            if (a.id < b.id && overlap && shared) expected.add(`overlapping-maintenance:${a.id}|${b.id}`);
          }
        const found = overlappingMaintenance(windows, 'UTC').map((conflict) => conflict.key);
        expect(new Set(found)).toEqual(expected);
      }),
    );
  });
});
