import { useState, type KeyboardEvent } from 'react';

/**
 * A text input that saves when the planner leaves it or presses Enter, not on every key, so
 * one edit is one undo step. Escape puts back what is stored (and only then closes a dialog). Keyed on the stored value by its
 * parent, so a change from elsewhere (undo, another window) shows at once.
 */
export function CommitInput(props: {
  value: string;
  label: string;
  id?: string;
  type?: 'text' | 'date' | 'datetime-local' | 'number';
  placeholder?: string;
  list?: string;
  className?: string;
  /** The plannable range, for date fields. */
  min?: string;
  max?: string;
  /** The id of a message beside the field that says what is wrong with it, when something is. */
  errorId?: string | undefined;
  /** -1 keeps it out of the tab order (a list's roving tab stop decides). */
  tabIndex?: number;
  onCommit: (value: string) => void;
}) {
  const {
    value,
    label,
    id,
    type = 'text',
    placeholder,
    list,
    className,
    min,
    max,
    errorId,
    tabIndex,
    onCommit,
  } = props;
  const [draft, setDraft] = useState(value);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== value) {
      // This Escape is the field's: without preventDefault the native <dialog> around it took it
      // too, closed, and the blur that followed saved the half-typed value. An Escape with
      // nothing typed goes on and closes the dialog.
      event.preventDefault();
      event.stopPropagation();
      setDraft(value);
    }
  };
  return (
    <input
      id={id}
      type={type}
      className={className}
      value={draft}
      aria-label={label}
      placeholder={placeholder}
      list={list}
      tabIndex={tabIndex}
      min={min}
      max={max}
      aria-invalid={errorId ? true : undefined}
      aria-describedby={errorId}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
