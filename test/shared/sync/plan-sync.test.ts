import { describe, expect, it } from 'vitest';
import { publishedHash } from '../../../shared/sync/hash';
import { objectDates, sameDates, withPublishMarks } from '../../../shared/sync/object-fields';
import { planSync } from '../../../shared/sync/plan-sync';
import { stateFromServer } from '../../../shared/sync/derive-state';
import type { LocalObject, SyncState } from '../../../shared/sync/types';
import { calendarUrlProblem } from '../../../shared/sync/url-policy';
import { eventText } from './memory-calendar';

function published(count: number): {
  local: LocalObject[];
  state: SyncState;
  remote: { href: string; etag: string }[];
} {
  const local = Array.from({ length: count }, (_, index) => ({
    uid: `u${index}@tierline`,
    sequence: 0,
    text: eventText(`u${index}@tierline`, index, `Item ${index}`, 0),
  }));
  const state: SyncState = Object.fromEntries(
    local.map((object, index) => [
      object.uid,
      { href: `/cal/x${index}.ics`, etag: `"${index}"`, hash: publishedHash(object.text), sequence: 0 },
    ]),
  );
  const remote = local.map((_, index) => ({ href: `/cal/x${index}.ics`, etag: `"${index}"` }));
  return { local, state, remote };
}

describe('planSync', () => {
  it('creates with If-None-Match (no If-Match) and updates with If-Match on the listed ETag', () => {
    const { local, state, remote } = published(2);
    const edited = [
      { ...local[0]!, text: eventText('u0@tierline', 0, 'Renamed', 1), sequence: 1 },
      local[1]!,
      { uid: 'new@tierline', sequence: 0, text: eventText('new@tierline', 5, 'New', 0) },
    ];
    const plan = planSync({ local: edited, state, remote, takeRemoteMoves: true });
    expect(
      plan.puts.map((put) => [put.kind, put.uid, put.kind === 'update' ? put.ifMatch : put.name]),
    ).toEqual([
      ['update', 'u0@tierline', '"0"'],
      ['create', 'new@tierline', 'new%40tierline.ics'],
    ]);
    expect(plan.puts[0]?.text).toMatch(/^X-TIERLINE-HASH:/m);
  });

  it.each([
    [8, 2, false],
    [8, 3, true],
    [100, 20, false],
    [100, 21, true],
  ])('mass-delete guard: of %i published, deleting %i stops the sync: %s', (count, deletes, stops) => {
    const { local, state, remote } = published(count);
    const plan = planSync({ local: local.slice(deletes), state, remote, takeRemoteMoves: true });
    expect(plan.stopped !== undefined).toBe(stops);
    expect(plan.deletes).toHaveLength(stops ? 0 : deletes);
    expect(
      planSync({ local: local.slice(deletes), state, remote, takeRemoteMoves: true, allowMassDelete: true })
        .deletes,
    ).toHaveLength(deletes);
  });

  it('adopts an object that already carries the UID instead of creating a duplicate', () => {
    const text = eventText('u0@tierline', 0, 'Item 0', 4);
    const plan = planSync({
      local: [{ uid: 'u0@tierline', sequence: 0, text }],
      state: {},
      remote: [{ href: '/cal/server-named.ics', etag: '"s"', text }],
      takeRemoteMoves: true,
    });
    expect(plan.puts).toEqual([
      expect.objectContaining({ kind: 'update', href: '/cal/server-named.ics', ifMatch: '"s"', sequence: 5 }),
    ]);
  });

  it('compares moments, not spellings: a TZID time equal to the UTC one is no move', () => {
    const utc = objectDates('BEGIN:VEVENT\r\nDTSTART:20261203T140000Z\r\nEND:VEVENT');
    const berlin = objectDates('BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20261203T150000\r\nEND:VEVENT');
    expect(sameDates(utc, berlin)).toBe(true);
    expect(
      sameDates(utc, objectDates('BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20261203T160000\r\nEND:VEVENT')),
    ).toBe(false);
  });

  it('marks are idempotent and invisible to the hash', () => {
    const text = eventText('u@tierline', 1, 'A', 0);
    const marked = withPublishMarks(withPublishMarks(text, 3, 'h1'), 4, 'h2');
    expect(marked.match(/X-TIERLINE-HASH/g)).toHaveLength(1);
    expect(marked).toMatch(/^SEQUENCE:4\r$/m);
    expect(publishedHash(marked)).toBe(publishedHash(text));
  });
});

describe('hostile input: calendar objects from the server', () => {
  it('treats an unreadable changed object as Tierline’s to republish, not as a move', () => {
    const { local, state, remote } = published(1);
    const plan = planSync({
      local,
      state,
      remote: [{ ...remote[0]!, etag: '"changed"', text: 'garbage\r\nno calendar here' }],
      takeRemoteMoves: true,
    });
    expect(plan.moves).toEqual([]);
    expect(plan.puts).toEqual([expect.objectContaining({ kind: 'update', ifMatch: '"changed"' })]);
  });

  it('does not count an object with a Tierline UID but no hash mark as published (never deletes it)', () => {
    const state = stateFromServer(
      [{ href: '/cal/a.ics', etag: '"1"', text: eventText('ghost@tierline', 0, 'Ghost', 0) }],
      [],
    );
    expect(state).toEqual({});
    expect(
      planSync({ local: [], state, remote: [{ href: '/cal/a.ics', etag: '"1"' }], takeRemoteMoves: false })
        .deletes,
    ).toEqual([]);
  });

  it('reads an absurd SEQUENCE from the server as 0 and still only grows', () => {
    const text = eventText('u0@tierline', 0, 'Item 0', 0).replace(
      'SEQUENCE:0',
      'SEQUENCE:99999999999999999999999',
    );
    const plan = planSync({
      local: [{ uid: 'u0@tierline', sequence: 2, text: eventText('u0@tierline', 0, 'Item 0', 2) }],
      state: {},
      remote: [{ href: '/cal/a.ics', etag: '"1"', text }],
      takeRemoteMoves: true,
    });
    expect(plan.puts[0]?.sequence).toBe(2);
  });

  it.each([
    ['https://dav.example.com/', null],
    ['http://127.0.0.1:5232/', null],
    ['http://localhost/dav/', null],
    ['http://dav.example.com/', /only https/],
    ['http://127.0.0.1.example.com/', /only https/],
    ['javascript:alert(1)', /not a URL/],
    ['https://u:p@dav.example.com/', /must not contain a user name/],
  ])('calendar URL policy: %s', (url, problem) => {
    const answer = calendarUrlProblem(url);
    if (problem === null) expect(answer).toBeNull();
    else expect(answer).toMatch(problem);
  });
});
