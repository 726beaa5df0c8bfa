import { create } from 'zustand';

type SearchFocusState = {
  /** The checklist item a search result asked the side panel to show; `seq` makes repeats count. */
  request: { itemId: string; seq: number } | null;
  focusItem: (itemId: string) => void;
  /** The row has shown itself: a later remount of the same row must not take the focus again. */
  done: () => void;
};

/** Short-lived: which checklist item the side panel should scroll to and focus next. */
export const useSearchFocusStore = create<SearchFocusState>()((set) => ({
  request: null,
  focusItem: (itemId) => set((state) => ({ request: { itemId, seq: (state.request?.seq ?? 0) + 1 } })),
  done: () => set({ request: null }),
}));
