import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectDates, objectSequence, sameDates } from '../../../shared/sync/object-fields';
import { runSync } from '../../../shared/sync/run-sync';
import type { LocalObject, RemoteMove, SyncState } from '../../../shared/sync/types';
import { MemoryCalendar, eventText, movedText } from './memory-calendar';

type Item = { day: number; title: string; sequence: number };
type Plan = Map<string, Item>;

function objectsOf(plan: Plan): LocalObject[] {
  return [...plan].map(([uid, item]) => ({
    uid,
    sequence: item.sequence,
    text: eventText(uid, item.day, item.title, item.sequence),
  }));
}

// Takes a teammate's move the way the app does: the item's day follows the calendar's, SEQUENCE up.
function mover(plan: Plan) {
  return (moves: RemoteMove[]): Promise<LocalObject[]> => {
    for (const move of moves) {
      const item = plan.get(move.uid);
      const to = move.to.start;
      if (item && to?.kind === 'date') {
        item.day = Math.round((Date.parse(to.day) - Date.UTC(2026, 11, 1)) / 86_400_000);
        item.sequence++;
      }
    }
    return Promise.resolve(objectsOf(plan));
  };
}

const planArb = fc
  .uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
      day: fc.integer({ min: 0, max: 60 }),
      title: fc.string({ maxLength: 20 }).map((t) => t.replace(/[\r\n\\;,]/g, ' ')),
    }),
    { selector: (item) => item.id, maxLength: 25 },
  )
  .map(
    (items) =>
      new Map(
        items.map((item) => [`${item.id}@tierline`, { day: item.day, title: item.title, sequence: 0 }]),
      ),
  );

async function sync(server: MemoryCalendar, plan: Plan, state: SyncState, takeRemoteMoves = true) {
  return runSync({
    transport: server,
    local: objectsOf(plan),
    state,
    takeRemoteMoves,
    allowMassDelete: true,
    applyMoves: mover(plan),
  });
}

describe('sync rules (properties)', () => {
  it('publishing twice sends nothing the second time', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        const server = new MemoryCalendar();
        const first = await sync(server, plan, {});
        expect(first.created).toHaveLength(plan.size);
        const second = await sync(server, plan, first.state);
        expect(second.writes).toBe(0);
        expect(second.state).toEqual(first.state);
      }),
    );
  });

  it('never deletes or overwrites an object Tierline did not publish', async () => {
    await fc.assert(
      fc.asyncProperty(
        planArb,
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 8 }),
        fc.integer({ min: 0, max: 25 }),
        async (plan, foreign, keep) => {
          const server = new MemoryCalendar();
          for (const name of foreign)
            server.teammateWrite(`/cal/other-${name}.ics`, eventText(`${name}@elsewhere`, 3, name, 0));
          const before = new Map(server.objects);
          const first = await sync(server, plan, {});
          const kept = new Map([...plan].slice(0, keep));
          await sync(server, kept, first.state);
          await sync(server, new Map(), (await sync(server, kept, first.state)).state);
          for (const [href, object] of before) expect(server.objects.get(href)).toEqual(object);
        },
      ),
    );
  });

  it('any interleaving of local and remote moves ends with both sides equal or a reported conflict', async () => {
    const step = fc.oneof(
      fc.record({
        type: fc.constant('local' as const),
        index: fc.nat(),
        day: fc.integer({ min: 0, max: 60 }),
      }),
      fc.record({
        type: fc.constant('remote' as const),
        index: fc.nat(),
        day: fc.integer({ min: 0, max: 60 }),
      }),
      fc.record({ type: fc.constant('sync' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(
        planArb.filter((plan) => plan.size > 0),
        fc.array(step, { maxLength: 20 }),
        async (plan, steps) => {
          const server = new MemoryCalendar();
          let state = (await sync(server, plan, {})).state;
          const uids = [...plan.keys()];
          const conflicted = new Set<string>();
          for (const action of steps) {
            if (action.type === 'sync') {
              const report = await sync(server, plan, state);
              report.conflicts.forEach((conflict) => conflicted.add(conflict.uid));
              state = report.state;
              continue;
            }
            const uid = uids[action.index % uids.length] as string;
            if (action.type === 'local') {
              const item = plan.get(uid) as Item;
              item.day = action.day;
              item.sequence++;
            } else {
              const href = state[uid]?.href as string;
              const object = server.objects.get(href);
              if (object) server.teammateWrite(href, movedText(object.text, action.day));
            }
          }
          for (let round = 0; round < 2; round++) {
            const report = await sync(server, plan, state);
            report.conflicts.forEach((conflict) => conflicted.add(conflict.uid));
            state = report.state;
          }
          for (const [uid, item] of plan) {
            const remote = server.objects.get(state[uid]?.href as string);
            const equal =
              remote !== undefined &&
              sameDates(objectDates(remote.text), objectDates(eventText(uid, item.day, '', 0)));
            expect(equal || conflicted.has(uid)).toBe(true);
          }
        },
      ),
    );
  });

  it('SEQUENCE only grows', async () => {
    await fc.assert(
      fc.asyncProperty(
        planArb.filter((plan) => plan.size > 0),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 60 }), fc.boolean()), { maxLength: 12 }),
        async (plan, edits) => {
          const server = new MemoryCalendar();
          let state = (await sync(server, plan, {})).state;
          const seen = new Map<string, number>();
          const uids = [...plan.keys()];
          for (const [index, day, remote] of edits) {
            const uid = uids[index % uids.length] as string;
            if (remote) {
              const href = state[uid]?.href as string;
              const object = server.objects.get(href);
              if (object) server.teammateWrite(href, movedText(object.text, day));
            } else (plan.get(uid) as Item).title += '!';
            state = (await sync(server, plan, state)).state;
            for (const [href, object] of server.objects) {
              const sequence = objectSequence(object.text);
              expect(sequence).toBeGreaterThanOrEqual(seen.get(href) ?? 0);
              seen.set(href, sequence);
            }
            for (const entry of Object.values(state)) expect(entry.sequence).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});
