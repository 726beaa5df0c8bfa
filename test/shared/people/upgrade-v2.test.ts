import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { upgradeOwnersToPeople } from '../../../shared/people/upgrade-v2';
import { utcInstant } from '../../dates';

const NOW = utcInstant('2026-12-02T10:00:00.000Z');
type Row = Record<string, unknown>;
type Fixture = { stores: Record<string, { rows: Row[] }> };

function v1Rows() {
  const fixture = JSON.parse(
    readFileSync(join(process.cwd(), 'test', 'fixtures', 'db', 'v1.json'), 'utf8'),
  ) as Fixture;
  return {
    announcements: fixture.stores.announcements?.rows ?? [],
    checklistItems: fixture.stores.checklistItems?.rows ?? [],
    maintenanceWindows: fixture.stores.maintenanceWindows?.rows ?? [],
  };
}

describe('schema version 1 → 2: free-text owners become people', () => {
  it('turns "Ben", "ben" and "BEN" in the v1 fixture into one Ben, and Ana into Ana', () => {
    const rows = v1Rows();
    const next = upgradeOwnersToPeople(rows, NOW);
    expect(next.people.map((person) => person.name)).toEqual(['Ben', 'Ana']);
    const ben = next.people[0]?.id;
    const assigned = (next.checklistItems as Row[]).filter((item) => item.assigneeId === ben);
    expect(assigned).toHaveLength(3);
    const wasBen = rows.checklistItems.filter((item) => String(item.assignee).trim().toLowerCase() === 'ben');
    expect(assigned.map((item) => item.id).sort()).toEqual(wasBen.map((item) => item.id).sort());
  });

  it('keeps every row, drops the old name fields and changes nothing else', () => {
    const rows = v1Rows();
    const next = upgradeOwnersToPeople(rows, NOW);
    expect(next.checklistItems).toHaveLength(rows.checklistItems.length);
    rows.checklistItems.forEach((row, index) => {
      const rest = { ...row };
      delete rest.assignee;
      const upgraded = next.checklistItems[index] as Row;
      expect(upgraded).not.toHaveProperty('assignee');
      expect({ ...upgraded, assigneeId: undefined }).toEqual({ ...rest, assigneeId: undefined });
    });
    for (const a of next.announcements as Row[])
      expect(a).toMatchObject({ productOwnerId: null, marketingOwnerId: null });
    expect(next.maintenanceWindows[0]).toMatchObject({ ownerId: null });
  });

  it('is deterministic, leaves a row that is not a record alone and reads a non-text name as nobody', () => {
    const rows = {
      announcements: [{ id: 'a', productOwner: 42, marketingOwner: ' Ana ' }],
      checklistItems: ['not a row', { id: 'i', assignee: 'ana' }],
      maintenanceWindows: [],
    };
    const first = upgradeOwnersToPeople(rows, NOW);
    expect(upgradeOwnersToPeople(rows, NOW)).toEqual(first);
    expect(first.announcements[0]).toEqual({
      id: 'a',
      productOwnerId: null,
      marketingOwnerId: first.people[0]?.id,
    });
    expect(first.checklistItems[0]).toBe('not a row');
    expect(first.people).toHaveLength(1);
  });
});
