import { create } from 'zustand';
import type { CalDavFailureReason } from '../../../shared/caldav-ipc';
import type { MassDeleteStop, SyncConflict } from '../../../shared/sync/types';
import type { Instant } from '../../../shared/types';

/** How the last sync went; `failed` keeps the reason so the toolbar can say what to do. */
export type SyncPhase =
  | { kind: 'idle' }
  | { kind: 'syncing' }
  | { kind: 'synced'; at: Instant }
  | { kind: 'failed'; reason: CalDavFailureReason; message: string };

/** A conflict the last sync reported, with the item's title for the Conflicts panel. */
export type TeamCalendarConflict = SyncConflict & { title: string };

/** An object the server refused; it is skipped and the others are published. */
export type RefusedObject = { uid: string; title: string; message: string };

type TeamCalendarState = {
  phase: SyncPhase;
  /** Changes that wait to be published: the state diff, recomputed after every change of the plan. */
  pending: number;
  conflicts: TeamCalendarConflict[];
  refused: RefusedObject[];
  /** The mass-delete guard stopped the last sync; the planner is asked before anything is deleted. */
  massDelete: MassDeleteStop | null;
  /** Bumped by Sync now and by the mass-delete answer; the sync hook runs once per bump. */
  request: { seq: number; allowMassDelete: boolean };
  setPhase: (phase: SyncPhase) => void;
  setPending: (pending: number) => void;
  reported: (report: {
    conflicts: TeamCalendarConflict[];
    refused: RefusedObject[];
    massDelete: MassDeleteStop | null;
  }) => void;
  syncNow: (allowMassDelete?: boolean) => void;
  dismissMassDelete: () => void;
  reset: () => void;
};

/** The team calendar's moment: how syncing goes. The account and the sync state live in Dexie. */
export const useTeamCalendarStore = create<TeamCalendarState>((set) => ({
  phase: { kind: 'idle' },
  pending: 0,
  conflicts: [],
  refused: [],
  massDelete: null,
  request: { seq: 0, allowMassDelete: false },
  setPhase: (phase) => set({ phase }),
  setPending: (pending) => set({ pending }),
  reported: ({ conflicts, refused, massDelete }) => set({ conflicts, refused, massDelete }),
  syncNow: (allowMassDelete = false) =>
    set((state) => ({ request: { seq: state.request.seq + 1, allowMassDelete }, massDelete: null })),
  dismissMassDelete: () => set({ massDelete: null }),
  reset: () => set({ phase: { kind: 'idle' }, pending: 0, conflicts: [], refused: [], massDelete: null }),
}));
