import { useEffect, useId, useRef } from 'react';
import type { MassDeleteStop } from '../../../shared/sync/types';
import { plural } from '../../../shared/plural';
import { useTeamCalendarStore } from './team-calendar-store';
import '../../components/dialog.css';

/**
 * Asked when a sync would delete more than the guard allows (a quarter of what Tierline published,
 * or more than 20): a wrong filter or an emptied plan must not wipe the team calendar unasked.
 */
export function MassDeleteQuestion({ stop }: { stop: MassDeleteStop }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const { syncNow, dismissMassDelete } = useTeamCalendarStore.getState();
  return (
    <dialog
      ref={ref}
      className="dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={dismissMassDelete}
    >
      <div className="team-calendar-question">
        <h2 id={titleId} className="dialog__title">
          Delete {plural(stop.wouldDelete, 'event')} from the team calendar?
        </h2>
        <div className="dialog__body" id={textId}>
          <p>
            This sync would delete {stop.wouldDelete} of the {plural(stop.published, 'event')} Tierline
            published to the team calendar, because they are no longer in the plan or no longer pass what is
            published. Nothing has been sent yet.
          </p>
          <p>If a filter or an emptied plan did this by mistake, keep them and fix it first.</p>
        </div>
        <div className="dialog__actions">
          <button type="button" autoFocus onClick={dismissMassDelete}>
            Keep them
          </button>
          <button type="button" className="button--danger" onClick={() => syncNow(true)}>
            Delete {plural(stop.wouldDelete, 'event')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
