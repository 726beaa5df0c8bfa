import { useEffect, useId, useRef } from 'react';
import './dialog.css';

type Props = { onKeep: () => void; onDiscard: () => void };

/**
 * The "Discard changes?" question inside a dialog. Focus starts on "Keep editing", the choice
 * that loses nothing, so Enter or a stray Escape never throws typing away.
 */
export function DiscardConfirm({ onKeep, onDiscard }: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const detailId = useId();
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="dialog__confirm" role="group" aria-labelledby={titleId} aria-describedby={detailId}>
      <p>
        <strong id={titleId}>Discard changes?</strong>{' '}
        <span id={detailId}>What you typed in this dialog has not been saved.</span>
      </p>
      <button type="button" ref={keep} onClick={onKeep}>
        Keep editing
      </button>
      <button type="button" className="button--danger" onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}
