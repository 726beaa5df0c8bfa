import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../shared/export/ics-export';
import { renamePerson } from '../../../shared/people/person-edits';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow, makePerson } from '../../builders';
import { exportInput } from '../export/records';
import { utcInstant } from '../../dates';

// A renamed person's name is in the DESCRIPTION of what they own: subscribed calendars must refresh it.
const NOW = utcInstant('2026-12-02T10:00:00.000Z');
const people = [makePerson('Ben'), makePerson('Ana')];
const records = {
  announcements: [
    makeAnnouncement({ id: 'owned', marketingOwnerId: 'p-ben', productOwnerId: null }),
    makeAnnouncement({ id: 'lists-ben', marketingOwnerId: 'p-ana', productOwnerId: null }),
    makeAnnouncement({ id: 'other', marketingOwnerId: 'p-ana', productOwnerId: null }),
  ],
  items: [
    makeChecklistItem({ id: 'ben-item', parentId: 'lists-ben', assigneeId: 'p-ben' }),
    makeChecklistItem({ id: 'ana-item', parentId: 'other', assigneeId: 'p-ana' }),
  ],
  windows: [
    makeMaintenanceWindow({ id: 'ben-window', ownerId: 'p-ben' }),
    makeMaintenanceWindow({ id: 'ana-window', ownerId: 'p-ana' }),
  ],
};

const sequences = (text: string) =>
  Object.fromEntries(
    text.split('BEGIN:').flatMap((part) => {
      const uid = /^UID:(.*)@tierline\r$/m.exec(part)?.[1];
      const sequence = /^SEQUENCE:(\d+)\r$/m.exec(part)?.[1];
      return uid && sequence ? [[uid, Number(sequence)]] : [];
    }),
  );

describe('renaming a person', () => {
  it('raises the SEQUENCE of exactly the entries whose text shows the name', () => {
    const result = renamePerson(people, 'p-ben', 'Benjamin', NOW, records);
    if (!result.ok) throw new Error(result.message);
    const { plan } = result;
    const base = { ...exportInput(), ...records, people, now: NOW };
    const before = exportIcs(base);
    const pick = <T extends { id: string }>(rows: T[], changed: T[]) =>
      rows.map((row) => changed.find((candidate) => candidate.id === row.id) ?? row);
    const after = exportIcs({
      ...base,
      announcements: pick(records.announcements, plan.announcements),
      items: pick(records.items, plan.items),
      windows: pick(records.windows, plan.windows),
      people: pick(people, plan.putPeople),
    });
    const was = sequences(before);
    const now = sequences(after);
    const raised = Object.keys(now)
      .filter((uid) => now[uid] !== was[uid])
      .sort();
    expect(raised).toEqual(['ben-item', 'ben-window', 'lists-ben', 'owned']);
    // Every raised entry's text did change: it shows the new name.
    const unfolded = after.replace(/\r\n /g, '');
    for (const uid of raised)
      expect(unfolded.split(`UID:${uid}@tierline`)[1]?.split('END:')[0]).toContain('Benjamin');
  });

  it('revises nothing when the name stays the same, or when no records are given', () => {
    const same = renamePerson(people, 'p-ben', 'Ben', NOW, records);
    expect(same.ok && [same.plan.announcements, same.plan.items, same.plan.windows]).toEqual([[], [], []]);
    const bare = renamePerson(people, 'p-ben', 'Benjamin', NOW);
    expect(bare.ok && bare.plan.windows).toEqual([]);
  });
});
