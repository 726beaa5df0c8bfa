import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { CalendarDay, LocalDateTime } from '../../shared/types';

export type CalendarViewName = 'dayGridMonth' | 'timeGridWeek' | 'listMonth';

export type OpenDialog =
  | { kind: 'none' }
  | { kind: 'new-announcement'; launchDate: CalendarDay }
  | { kind: 'new-maintenance'; startLocal: LocalDateTime; endLocal: LocalDateTime }
  | { kind: 'settings' };

export type Selection = { kind: 'announcement' | 'maintenance'; id: string } | null;

type UiState = {
  view: CalendarViewName;
  /** The first visible day, so a reload or a view switch keeps the planner where they were. */
  visibleStart: CalendarDay | null;
  dialog: OpenDialog;
  selection: Selection;
  /** A short message after an action (e.g. “Moved launch”), with undo offered where it applies. */
  toast: { text: string; undoable: boolean } | null;
  setView: (view: CalendarViewName) => void;
  setVisibleStart: (day: CalendarDay) => void;
  openDialog: (dialog: OpenDialog) => void;
  closeDialog: () => void;
  select: (selection: Selection) => void;
  showToast: (text: string, undoable?: boolean) => void;
  clearToast: () => void;
};

/**
 * Short-lived UI state: what is on screen, never plan data (that lives in Dexie). Only the view
 * and the visible date outlive a reload, so the planner comes back to where they were.
 */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      view: 'dayGridMonth',
      visibleStart: null,
      dialog: { kind: 'none' },
      selection: null,
      toast: null,
      setView: (view) => set({ view }),
      setVisibleStart: (visibleStart) => set({ visibleStart }),
      openDialog: (dialog) => set({ dialog }),
      closeDialog: () => set({ dialog: { kind: 'none' } }),
      select: (selection) => set({ selection }),
      showToast: (text, undoable = false) => set({ toast: { text, undoable } }),
      clearToast: () => set({ toast: null }),
    }),
    {
      name: 'tierline-ui',
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ view: state.view, visibleStart: state.visibleStart }),
    },
  ),
);
