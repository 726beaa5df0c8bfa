import { create } from 'zustand';

/** What the planner answered to "This one or all?"; null is Cancel (the drag snaps back). */
export type SeriesAnswer = 'this' | 'all' | null;

type SeriesQuestionState = {
  /** The question showing now, with what it is about, or null. */
  pending: { title: string; resolve: (answer: SeriesAnswer) => void } | null;
  /** Shows the question and resolves with the answer; a second question cancels the first. */
  ask: (title: string) => Promise<SeriesAnswer>;
  answer: (answer: SeriesAnswer) => void;
};

/** The one "This one or all?" question a drag or an edit of an occurrence of a repeating window asks. */
export const useSeriesQuestionStore = create<SeriesQuestionState>()((set, get) => ({
  pending: null,
  ask: (title) =>
    new Promise<SeriesAnswer>((resolve) => {
      get().pending?.resolve(null);
      set({ pending: { title, resolve } });
    }),
  answer: (answer) => {
    const pending = get().pending;
    set({ pending: null });
    pending?.resolve(answer);
  },
}));
