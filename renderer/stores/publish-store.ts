import { create } from 'zustand';
import type { Instant } from '../../shared/types';

type PublishState = {
  /** The folder chosen in this run; the main process forgets it on quit, so it is never persisted. */
  folder: string | null;
  lastWritten: Instant | null;
  error: string | null;
  choose: (folder: string) => void;
  stop: () => void;
  written: (folder: string, at: Instant) => void;
  failed: (folder: string, message: string) => void;
};

/** Where the plan is being published to, and how the last write went. */
export const usePublishStore = create<PublishState>((set) => ({
  folder: null,
  lastWritten: null,
  error: null,
  choose: (folder) => set({ folder, lastWritten: null, error: null }),
  stop: () => set({ folder: null, lastWritten: null, error: null }),
  // A write that finishes after the planner switched folders says nothing about the new one.
  written: (folder, at) =>
    set((state) => (state.folder === folder ? { lastWritten: at, error: null } : state)),
  failed: (folder, message) => set((state) => (state.folder === folder ? { error: message } : state)),
}));
