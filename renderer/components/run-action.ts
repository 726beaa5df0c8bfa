import { useUiStore } from '../stores/ui-store';

/**
 * Runs a write and tells the planner how it went: an optional toast (with undo offered) when
 * it lands, the reason when it fails. Returns the promise's outcome as a boolean so a form can
 * keep its text when the write failed.
 */
export function runAction(write: Promise<unknown>, done?: string): Promise<boolean> {
  return write.then(
    () => {
      if (done) useUiStore.getState().showToast(done, true);
      return true;
    },
    (error: unknown) => {
      useUiStore
        .getState()
        .showToast(error instanceof Error ? error.message : 'That change could not be saved.');
      return false;
    },
  );
}
