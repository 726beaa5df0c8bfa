import { Dialog } from '../../components/Dialog';
import { useUiStore } from '../../stores/ui-store';

/** Takes the place of a dialog that failed to render: says so, keeps the plan as it was, closes. */
export function DialogRecovery({ error, reset }: { error: Error; reset: () => void }) {
  const close = () => {
    useUiStore.getState().closeDialog();
    reset();
  };
  return (
    <Dialog title="This dialog ran into a problem" onClose={close}>
      <p>Nothing was saved from it, and your plan is as it was. Close it and try again.</p>
      <p className="recovery__error">{error.message}</p>
    </Dialog>
  );
}
