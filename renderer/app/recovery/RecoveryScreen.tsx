import { errorMessage } from '../../../shared/error-message';
import { useState } from 'react';
import { downloadRawBackup } from '../../db/raw-backup';
import { appVersion, copyText } from '../../platform/platform';
import { useUndoStore } from '../../stores/undo-store';
import { undoMessage } from '../undo-actions';
import { errorLogText } from './error-log-text';
import './recovery.css';

type Props = {
  /** What broke, in the planner's words: "The calendar", "Tierline". */
  part: string;
  error: Error;
  /** Renders the broken part again (after an undo, say). */
  reset: () => void;
  /** 1 when the screen is the whole window, so the page still has its level-one heading. */
  headingLevel?: 1 | 2;
};

/**
 * What shows instead of a part of the window that failed to render: what happened, the three ways
 * out the reliability issue asks for (a backup, an undo, a reload) and the log for a bug report.
 * Never a blank page: the plan in the database is untouched by a render error.
 */
export function RecoveryScreen({ part, error, reset, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const [status, setStatus] = useState('');
  const canUndo = useUndoStore((state) => state.undoStack.length > 0);
  const undo = () => {
    useUndoStore
      .getState()
      .undo()
      .then(
        (outcome) => {
          setStatus(undoMessage('undo', outcome) ?? 'Nothing to undo.');
          reset();
        },
        (undoError: unknown) => setStatus(`Could not undo: ${errorMessage(undoError)}`),
      );
  };
  const copyLog = () => {
    void appVersion()
      .then((version) => copyText(errorLogText(version)))
      .then((copied) =>
        setStatus(
          copied
            ? 'Copied the error log: paste it into a bug report.'
            : 'The clipboard refused; select the log below and copy it.',
        ),
      );
  };
  return (
    <section className="recovery" role="alert" aria-labelledby="recovery-title">
      <Heading id="recovery-title">{part} ran into a problem</Heading>
      <p>Your plan is safe: nothing was changed. You can save a backup, undo your last change, or reload.</p>
      <p className="recovery__error">{error.message}</p>
      <div className="recovery__actions">
        <button
          type="button"
          className="button--primary"
          onClick={() => void downloadRawBackup().then(setStatus)}
        >
          Download a backup
        </button>
        <button type="button" onClick={undo} disabled={!canUndo}>
          Undo the last change
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
        <button type="button" onClick={copyLog}>
          Copy error log
        </button>
      </div>
      <p className="recovery__status" role="status">
        {status}
      </p>
    </section>
  );
}
