import { describe, expect, it } from 'vitest';
import { folderCycles, moduleOf, readImportGraph } from './import-graph';

/*
 * No new import cycles among the source modules (issue 14). The cycles below exist today and are to be
 * broken by the moves issue 14 plans (usePlanData to renderer/db, recording undo without the UI store,
 * memo.ts as a day-tools module…); delete each entry as its cycle goes. A cycle not listed here, or a
 * listed one that grew a member, fails the test with the imports that close it.
 */
const KNOWN_CYCLES: string[][] = [
  // Two of the three issue 14 names (calendar ⇄ conflicts went with usePlanData's move to renderer/db).
  ['renderer/db', 'renderer/stores'],
  ['renderer/features/export', 'renderer/features/publish'],
  // Found by this test (2026-11-30): features importing app/useNow.ts, which app/DetailsPanel.tsx
  // renders back. (The shared/ cycle through backup, import, ipc.ts and plan-file went when the
  // stable hash, which every one of them reads, moved out of shared/import to shared/stable-hash.ts.)
  ['renderer/app', 'renderer/features/announcements', 'renderer/features/maintenance'],
];

describe('import cycles among source modules', () => {
  const { edges, fileCounts } = readImportGraph();

  it('finds no cycle beyond the known ones', () => {
    const known = new Set(KNOWN_CYCLES.map((cycle) => [...cycle].sort().join(' ⇄ ')));
    const unknown = folderCycles(edges)
      .map((cycle) => cycle.join(' ⇄ '))
      .filter((cycle) => !known.has(cycle))
      .map((cycle) => {
        const members = cycle.split(' ⇄ ');
        const closing = members.flatMap((from) =>
          [...(edges.get(from) ?? [])].filter(([to]) => members.includes(to)).map(([, example]) => example),
        );
        return `${cycle}\n    ${closing.join('\n    ')}`;
      });
    expect(unknown, 'new import cycles (break them, or see the comment above)').toEqual([]);
  });

  it('sees the whole source tree and a cycle made on purpose', () => {
    // Guards the regular expression and the resolver: a graph that lost its edges would find no cycles.
    expect(fileCounts.shared).toBeGreaterThan(50);
    expect(fileCounts.renderer).toBeGreaterThan(50);
    expect(edges.get('renderer/features/calendar')?.has('shared/types.ts')).toBe(true);
    const planted = new Map(edges);
    planted.set('shared/types.ts', new Map([['renderer/features/calendar', 'planted']]));
    expect(folderCycles(planted).some((cycle) => cycle.includes('shared/types.ts'))).toBe(true);
  });

  it('counts a feature, a room folder and a top-level file each as one module', () => {
    expect(moduleOf('renderer/features/calendar/CalendarView.tsx')).toBe('renderer/features/calendar');
    expect(moduleOf('renderer/app/recovery/RecoveryScreen.tsx')).toBe('renderer/app');
    expect(moduleOf('shared/types.ts')).toBe('shared/types.ts');
  });
});
