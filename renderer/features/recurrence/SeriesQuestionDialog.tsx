import { Dialog } from '../../components/Dialog';
import { useSeriesQuestionStore } from './series-question-store';
import './recurrence.css';

/**
 * The "This one or all?" dialog (SeriesQuestion shows it): asked when one occurrence of a repeating window is dragged or retimed. This
 * window only makes it an exception; all windows moves the series; Cancel (or Escape) changes nothing.
 */
export function SeriesQuestionDialog() {
  const pending = useSeriesQuestionStore((state) => state.pending);
  const answer = useSeriesQuestionStore((state) => state.answer);
  if (!pending) return null;
  return (
    <Dialog title="This one or all?" onClose={() => answer(null)}>
      <div className="series-question">
        <p>“{pending.title}” repeats. Move only this window, or every window in the series?</p>
        <div className="series-question__actions">
          <button type="button" className="button--primary" onClick={() => answer('this')}>
            This window only
          </button>
          <button type="button" onClick={() => answer('all')}>
            All windows in the series
          </button>
        </div>
      </div>
    </Dialog>
  );
}
