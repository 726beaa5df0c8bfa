import { moveOccurrence, moveSeries } from '../../db/occurrence-repo';
import { runWrite } from '../../components/run-write';
import { useSeriesQuestionStore } from './series-question-store';
import type { Instant } from '../../../shared/types';

/**
 * Moves one occurrence of a repeating window after asking "This one or all?": this window only
 * becomes an exception, all windows move the series; Cancel (or a failed write) puts the item back
 * with `revert`. Each answer is one undoable change.
 */
export async function moveOccurrenceAsked(
  seriesId: string,
  originalStart: Instant,
  title: string,
  newStart: Instant,
  revert: () => void,
): Promise<void> {
  const answer = await useSeriesQuestionStore.getState().ask(title);
  if (answer === null) return revert();
  await runWrite(
    answer === 'this'
      ? moveOccurrence(seriesId, originalStart, newStart)
      : moveSeries(seriesId, originalStart, newStart),
    { done: answer === 'this' ? 'Moved this window only.' : 'Moved every window in the series.', revert },
  );
}
