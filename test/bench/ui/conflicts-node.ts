/*
 * Conflicts of the 10,000-item benchmark plan in Node: from scratch, and with a memo after each of
 * a series of drops (what a drop costs the app). A drop writes the launch and its checklist items'
 * due dates, each a new object, and the next drop starts from the plan the last one left, as the
 * app's live plan does. `npx tsx test/bench/ui/conflicts-node.ts [size] [drops]`.
 */
import { performance } from 'node:perf_hooks';
import { addCalendarDays } from '../../../shared/calendar-day';
import { createConflictMemo } from '../../../shared/conflicts/conflict-memo';
import { findConflicts, type FindConflictsInput } from '../../../shared/conflicts/find-conflicts';
import { instantOf } from '../../../shared/zoned-time';
import { benchPlan, benchSettings } from './plan';

const size = Number(process.argv[2] ?? 10000);
const drops = Number(process.argv[3] ?? 40);
const plan = benchPlan(size);
const settings = benchSettings(false);
const today = plan.probe.dragDay;
const base: FindConflictsInput = {
  announcements: plan.announcements,
  windows: plan.maintenanceWindows,
  items: plan.checklistItems,
  tierRankOf: (a) => (a.tierKey === 'major' ? 1 : a.tierKey === 'medium' ? 2 : 3),
  settings,
  today,
};
// Wall time, and the process's CPU time: on a shared machine the second leaves out the time other
// processes held the core, which a sub-millisecond run otherwise shows as spikes.
const time = (run: () => unknown[]): { ms: number; cpu: number; count: number } => {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const count = run().length;
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { ms, cpu: (cpu.user + cpu.system) / 1000, count };
};
const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

for (let round = 0; round < 3; round++) {
  const { ms, cpu, count } = time(() => findConflicts(base));
  console.log(`from scratch: ${ms.toFixed(1)} ms (CPU ${cpu.toFixed(1)} ms), ${count} conflicts`);
}
const memo = createConflictMemo();
const first = time(() => findConflicts({ ...base, memo }));
console.log(
  `memo, first run: ${first.ms.toFixed(1)} ms (CPU ${first.cpu.toFixed(1)} ms), ${first.count} conflicts`,
);

// One drop: launch number `index` one day later, and its items' due dates with it.
function drop(input: FindConflictsInput, index: number): FindConflictsInput {
  const launch = input.announcements[index];
  if (!launch) throw new Error(`No launch ${index}`);
  const days = index % 2 === 0 ? 1 : -1;
  return {
    ...input,
    announcements: input.announcements.map((a) =>
      a === launch ? { ...a, launchDate: addCalendarDays(a.launchDate, days) } : a,
    ),
    items: input.items.map((item) =>
      item.parentId === launch.id ? { ...item, dueDate: addCalendarDays(item.dueDate, days) } : item,
    ),
  };
}

let current = base;
const moves: number[] = [];
const moveCpu: number[] = [];
let last = first.count;
for (let round = 0; round < drops; round++) {
  current = drop(current, (100 + round * 17) % current.announcements.length);
  const state = current;
  const { ms, cpu, count } = time(() => findConflicts({ ...state, memo }));
  moves.push(ms);
  moveCpu.push(cpu);
  last = count;
}
console.log(
  `memo, one launch and its items moved (${drops} drops): p50 ${quantile(moves, 0.5).toFixed(2)} ms, ` +
    `p95 ${quantile(moves, 0.95).toFixed(2)} ms, max ${Math.max(...moves).toFixed(2)} ms; ` +
    `CPU p50 ${quantile(moveCpu, 0.5).toFixed(2)} ms, p95 ${quantile(moveCpu, 0.95).toFixed(2)} ms; ${last} conflicts`,
);
// A window drop: one window an hour later, so the window rules and every launch's share run again.
const windowMoves: number[] = [];
const windowCpu: number[] = [];
for (let round = 0; round < drops; round++) {
  const moved = current.windows[(round * 7) % current.windows.length];
  const hour = (instant: string) => instantOf(new Date(Date.parse(instant) + 60 * 60 * 1000));
  current = {
    ...current,
    windows: current.windows.map((w) => (w === moved ? { ...w, start: hour(w.start), end: hour(w.end) } : w)),
  };
  const state = current;
  const { ms, cpu } = time(() => findConflicts({ ...state, memo }));
  windowMoves.push(ms);
  windowCpu.push(cpu);
}
console.log(
  `memo, one window moved (${drops} drops): p50 ${quantile(windowMoves, 0.5).toFixed(2)} ms, ` +
    `p95 ${quantile(windowMoves, 0.95).toFixed(2)} ms; ` +
    `CPU p50 ${quantile(windowCpu, 0.5).toFixed(2)} ms, p95 ${quantile(windowCpu, 0.95).toFixed(2)} ms`,
);
const same = findConflicts({ ...current, memo });
const again = time(() => findConflicts({ ...current, memo }));
console.log(
  `memo, nothing changed: ${again.ms.toFixed(2)} ms, same array: ${String(findConflicts({ ...current, memo }) === same)}`,
);
