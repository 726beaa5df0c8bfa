/*
 * Conflicts of the 10,000-item benchmark plan in Node: from scratch, and with a memo after one
 * launch moved (what a drop costs the app). `npx tsx test/bench/ui/conflicts-node.ts [size]`.
 */
import { performance } from 'node:perf_hooks';
import { createConflictMemo } from '../../../shared/conflicts/conflict-memo';
import { findConflicts, type FindConflictsInput } from '../../../shared/conflicts/find-conflicts';
import { benchPlan, benchSettings } from './plan';

const size = Number(process.argv[2] ?? 10000);
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
const time = (label: string, run: () => unknown): void => {
  const start = performance.now();
  const result = run() as unknown[];
  console.log(`${label}: ${(performance.now() - start).toFixed(1)} ms, ${result.length} conflicts`);
};
for (let round = 0; round < 3; round++) time('from scratch', () => findConflicts(base));
const memo = createConflictMemo();
time('memo, first run', () => findConflicts({ ...base, memo }));
for (let round = 0; round < 12; round++) {
  const moved = plan.announcements.map((a, index) =>
    index === 100 + round ? { ...a, launchDate: plan.probe.dropDay } : a,
  );
  time('memo, one launch moved', () => findConflicts({ ...base, announcements: moved, memo }));
}
