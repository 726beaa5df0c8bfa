import { errorMessage } from '../../shared/error-message';
import { useUiStore } from '../stores/ui-store';

/** How a write tells the planner how it went. */
export type WriteOptions = {
  /** The toast when it lands, with Undo offered (every repo write is one undoable step). */
  done?: string;
  /** The toast when it fails with something that is not an Error (which brings its own sentence). */
  failed?: string;
  /** Puts the view back when the write fails, e.g. a dragged calendar item snaps back. */
  revert?: () => void;
  /**
   * Shows the failure beside the form that asked for the write, instead of in a toast; the error
   * itself comes along so a form can put the message beside the field it is about.
   */
  showError?: (message: string, error: unknown) => void;
};

/**
 * Runs a write and tells the planner how it went: an optional toast (with undo offered) when it
 * lands, the reason when it fails (in a toast, or beside the form). Returns the outcome as a boolean so a form can keep its text
 * when the write failed. The one path for "run a change, toast its result, show an error".
 */
export function runWrite(write: Promise<unknown>, options: WriteOptions = {}): Promise<boolean> {
  const { done, failed = 'That change could not be saved.', revert, showError } = options;
  return write.then(
    () => {
      if (done) useUiStore.getState().showToast(done, true);
      return true;
    },
    (error: unknown) => {
      revert?.();
      const message = errorMessage(error, failed);
      if (showError) showError(message, error);
      else useUiStore.getState().showToast(message);
      return false;
    },
  );
}
