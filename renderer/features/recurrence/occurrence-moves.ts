import { moveOccurrence, moveSeries } from '../../db/occurrence-repo';
import { useUiStore } from '../../stores/ui-store';
import { useSeriesQuestionStore } from './series-question-store';

/**
 * Moves one occurrence of a repeating window after asking "This one or all?": this window only
 * becomes an exception, all windows move the series; Cancel (or a failed write) puts the item back
 * with `revert`. Each answer is one undoable change.
 */
export async function moveOccurrenceAsked(
  seriesId: string,
  originalStart: string,
  title: string,
  newStart: string,
  revert: () => void,
): Promise<void> {
  const answer = await useSeriesQuestionStore.getState().ask(title);
  const { showToast } = useUiStore.getState();
  if (answer === null) return revert();
  try {
    if (answer === 'this') await moveOccurrence(seriesId, originalStart, newStart);
    else await moveSeries(seriesId, originalStart, newStart);
    showToast(answer === 'this' ? 'Moved this window only.' : 'Moved every window in the series.', true);
  } catch (error) {
    revert();
    showToast(error instanceof Error ? error.message : 'That change could not be saved.');
  }
}
