import { create } from 'zustand';
import { storedState } from './stored-state';
import { GROUP_BYS, type GroupBy } from '../../shared/work/group-by';
import {
  NO_FILTERS,
  restoreFilters,
  type FilterName,
  type WorkFilters,
} from '../../shared/work/filter-values';

type WorkState = {
  /** The Work view is showing instead of the calendar. */
  workOpen: boolean;
  groupBy: GroupBy;
  /** Groups the planner folded or unfolded against their default (Done starts folded). */
  toggledGroups: string[];
  /** The one filter bar's values, shared by the calendar and the Work view. */
  filters: WorkFilters;
  setWorkOpen: (open: boolean) => void;
  setGroupBy: (groupBy: GroupBy) => void;
  toggleGroup: (key: string) => void;
  setFilter: <Name extends FilterName>(name: Name, value: WorkFilters[Name]) => void;
  /** Replaces every filter at once (the Mine + due digest, a workload row). */
  showOnly: (filters: Partial<WorkFilters>) => void;
  clearFilters: () => void;
};

/**
 * The Work view's and the filter bar's UI state. It outlives a reload in localStorage, like the
 * calendar's view and date: filters are how the planner is looking at the plan, not part of it,
 * so they must not travel in plan files and backups or land on the undo stack, as a change to
 * the settings row would. A stored value is read back through restoreFilters, so whatever is
 * found there can never hide the plan for good.
 */
export const useWorkStore = create<WorkState>()(
  storedState(
    (set) => ({
      workOpen: false,
      groupBy: 'due',
      toggledGroups: [],
      filters: NO_FILTERS,
      setWorkOpen: (workOpen) => set({ workOpen }),
      setGroupBy: (groupBy) => set({ groupBy }),
      toggleGroup: (key) =>
        set((state) => ({
          toggledGroups: state.toggledGroups.includes(key)
            ? state.toggledGroups.filter((candidate) => candidate !== key)
            : [...state.toggledGroups, key],
        })),
      setFilter: (name, value) => set((state) => ({ filters: { ...state.filters, [name]: value } })),
      showOnly: (filters) => set({ filters: { ...NO_FILTERS, ...filters } }),
      clearFilters: () => set({ filters: NO_FILTERS }),
    }),
    {
      name: 'tierline-work',
      partialize: (state) => ({ workOpen: state.workOpen, groupBy: state.groupBy, filters: state.filters }),
      merge: (stored, current) => {
        const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
          string,
          unknown
        >;
        return {
          ...current,
          workOpen: value.workOpen === true,
          groupBy: GROUP_BYS.includes(value.groupBy as GroupBy) ? (value.groupBy as GroupBy) : 'due',
          filters: restoreFilters(value.filters),
        };
      },
    },
  ),
);
