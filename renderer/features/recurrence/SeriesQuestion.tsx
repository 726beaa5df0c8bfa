import { lazy, Suspense } from 'react';
import { useSeriesQuestionStore } from './series-question-store';

// The dialog loads on the first question (issue 13): the calendar shows it, but rarely asks.
const SeriesQuestionDialog = lazy(() =>
  import('./SeriesQuestionDialog').then((module) => ({ default: module.SeriesQuestionDialog })),
);

/**
 * "This one or all?": asked when one occurrence of a repeating window is dragged or retimed. This
 * window only makes it an exception; all windows moves the series; Cancel (or Escape) changes nothing.
 */
export function SeriesQuestion() {
  const pending = useSeriesQuestionStore((state) => state.pending);
  if (!pending) return null;
  return (
    <Suspense fallback={null}>
      <SeriesQuestionDialog />
    </Suspense>
  );
}
