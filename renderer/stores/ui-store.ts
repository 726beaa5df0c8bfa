import { create } from 'zustand';
import { storedState } from './stored-state';
import { isPlannableDay } from '../../shared/plannable-range';
import type { CalendarDay, LocalDateTime, Instant } from '../../shared/types';

const CALENDAR_VIEWS = ['dayGridMonth', 'timeGridWeek', 'timeGridDay', 'listMonth'] as const;
export type CalendarViewName = (typeof CALENDAR_VIEWS)[number];

export type OpenDialog =
  | { kind: 'none' }
  | { kind: 'new-announcement'; launchDate: CalendarDay }
  | { kind: 'new-maintenance'; startLocal: LocalDateTime; endLocal: LocalDateTime }
  | { kind: 'edit-maintenance'; id: string }
  | { kind: 'settings' }
  | { kind: 'templates' }
  | { kind: 'export' }
  | { kind: 'import' }
  | { kind: 'backups' }
  | { kind: 'team-calendar' }
  | { kind: 'people' };

/** `occurrence` is the original start of one occurrence of a repeating window (issue 11). */
export type Selection = { kind: 'announcement' | 'maintenance'; id: string; occurrence?: Instant } | null;

type UiState = {
  view: CalendarViewName;
  /** The first visible day, so a reload or a view switch keeps the planner where they were. */
  visibleStart: CalendarDay | null;
  dialog: OpenDialog;
  selection: Selection;
  /** A short message after an action (e.g. “Moved launch”), with undo offered where it applies. */
  toast: { text: string; undoable: boolean } | null;
  /** The Conflicts panel is open. */
  conflictsOpen: boolean;
  /** A request for the calendar to bring a day (and time, `HH:mm`) into view; `seq` makes repeats count. */
  jump: { day: CalendarDay; time: string | null; seq: number } | null;
  setView: (view: CalendarViewName) => void;
  setVisibleStart: (day: CalendarDay) => void;
  openDialog: (dialog: OpenDialog) => void;
  closeDialog: () => void;
  select: (selection: Selection) => void;
  showToast: (text: string, undoable?: boolean) => void;
  clearToast: () => void;
  toggleConflicts: () => void;
  jumpTo: (day: CalendarDay, time?: string | null) => void;
};

/**
 * Short-lived UI state: what is on screen, never plan data (that lives in Dexie). Only the view
 * and the visible date outlive a reload, so the planner comes back to where they were.
 */
export const useUiStore = create<UiState>()(
  storedState(
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
      conflictsOpen: false,
      jump: null,
      toggleConflicts: () => set((state) => ({ conflictsOpen: !state.conflictsOpen })),
      jumpTo: (day, time = null) =>
        set((state) => ({ jump: { day, time, seq: (state.jump?.seq ?? 0) + 1 } })),
    }),
    {
      name: 'tierline-ui',
      partialize: (state) => ({ view: state.view, visibleStart: state.visibleStart }),
      // A stored view FullCalendar does not have would break the calendar, and a day outside the
      // plannable range opens it on a date nothing can be planned on: both fall back to the start.
      merge: (stored, initial) => {
        const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
          string,
          unknown
        >;
        const view = CALENDAR_VIEWS.find((name) => name === value.view) ?? initial.view;
        const day = value.visibleStart;
        return {
          ...initial,
          view,
          visibleStart: typeof day === 'string' && isPlannableDay(day) ? day : null,
        };
      },
    },
  ),
);
