import { describe, expect, it } from 'vitest';
import { folderCycles, moduleOf, readImportGraph } from './import-graph';

/*
 * No import cycle among the source modules (issue 14 broke the last three: the data layer tells the
 * undo and backup-status stores through listeners instead of importing them, defaultExportRange
 * moved to shared/export, useNow and PanelFrame to renderer/components). A cycle fails the test with
 * the imports that close it.
 */
describe('import cycles among source modules', () => {
  const { edges, fileCounts } = readImportGraph();

  it('finds no cycle', () => {
    const cycles = folderCycles(edges)
      .map((cycle) => cycle.join(' ⇄ '))
      .map((cycle) => {
        const members = cycle.split(' ⇄ ');
        const closing = members.flatMap((from) =>
          [...(edges.get(from) ?? [])].filter(([to]) => members.includes(to)).map(([, example]) => example),
        );
        return `${cycle}\n    ${closing.join('\n    ')}`;
      });
    expect(cycles, 'import cycles (break them: see ARCHITECTURE.md)').toEqual([]);
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
