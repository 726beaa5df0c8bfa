import { shiftChecklistForLaunchMove } from '../../shared/checklist/launch-move';
import type { ExportInput } from '../../shared/export/types';
import { localObjects } from '../../shared/sync/local-objects';
import type { SyncReport } from '../../shared/sync/run-sync';
import { runSync } from '../../shared/sync/run-sync';
import type { CalendarTransport } from '../../shared/sync/transport';
import type { RemoteMove, SyncState } from '../../shared/sync/types';
import { calendarDay } from '../dates';

/**
 * The app's side of a sync, in a test: the plan's records, the last-synced state (kept through
 * onState, as the app keeps it in IndexedDB), and a teammate's move taken the way a drag is: the
 * launch day changes and its open checklist follows.
 */
export class PlannerSession {
  state: SyncState = {};

  constructor(
    public input: ExportInput,
    public transport: CalendarTransport,
  ) {}

  objects() {
    return localObjects(this.input, { tasks: 'none' });
  }

  private takeMoves(moves: RemoteMove[]) {
    for (const move of moves) {
      const index = this.input.announcements.findIndex((record) => record.id === move.recordId);
      const record = this.input.announcements[index];
      const to = move.to.start;
      if (!record || to?.kind !== 'date') continue;
      const day = calendarDay(to.day);
      const others = this.input.items.filter((item) => item.parentId !== record.id);
      const shifted = shiftChecklistForLaunchMove(
        this.input.items.filter((item) => item.parentId === record.id),
        record.launchDate,
        day,
        this.input.settings,
        this.input.now,
      );
      this.input.items = [...others, ...shifted];
      this.input.announcements[index] = { ...record, launchDate: day, sequence: record.sequence + 1 };
    }
    return Promise.resolve(this.objects());
  }

  async sync(): Promise<SyncReport> {
    const report = await runSync({
      transport: this.transport,
      local: this.objects(),
      state: this.state,
      takeRemoteMoves: true,
      applyMoves: (moves) => this.takeMoves(moves),
      onState: (state) => (this.state = state),
    });
    this.state = report.state;
    return report;
  }

  edit(id: string, patch: Partial<ExportInput['announcements'][number]>): void {
    this.input.announcements = this.input.announcements.map((record) =>
      record.id === id ? { ...record, ...patch, sequence: record.sequence + 1 } : record,
    );
  }
}
