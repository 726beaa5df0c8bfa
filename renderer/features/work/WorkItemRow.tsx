import { useState, type KeyboardEvent } from 'react';
import { isPlannableDay, isPlannableInstant, outOfRangeMessage } from '../../../shared/plannable-range';
import type { CalendarDay } from '../../../shared/types';
import { dueLabel } from '../../../shared/work/due-label';
import type { WorkRow } from '../../../shared/work/work-rows';
import { instantToLocal, isLocalDateTime, localToInstant, toLocalDateTime } from '../../../shared/zoned-time';
import { assignItem, setItemDueAt, setItemDueDate, toggleItemDone } from '../../db/step-actions';
import { channelLabel } from '../checklist/channel-labels';
import { CommitInput } from '../../components/CommitInput';
import { runWrite } from '../../components/run-write';
import { PersonPicker } from '../../components/PersonPicker';
import { DATETIME_INPUT_LIMITS, DAY_INPUT_LIMITS } from '../limits/input-limits';
import { openParent } from './open-parent';
import '../../components/form.css';

type Props = {
  row: WorkRow;
  today: CalendarDay;
  timeZone: string;
  /** This row holds the list's one tab stop (roving tabindex). */
  active: boolean;
  onFocusRow: () => void;
};

/** Ticks a row off or on; every tick is one undoable change (checklist-repo). */
export function toggleRow(row: WorkRow): void {
  void runWrite(toggleItemDone(row.id, row.status !== 'done'));
}

/**
 * One item of the Work view: tick, title, its launch or window (a link to it), tier, channel,
 * team, owner and due date, the last two editable in place (the owner through the PersonPicker,
 * so a new name becomes a person only after its “Create” confirmation). Its inner controls are in the tab
 * order only while the row is the active one, so Tab leaves the list in one step.
 */
export function WorkItemRow({ row, today, timeZone, active, onFocusRow }: Props) {
  const [dueError, setDueError] = useState<string | null>(null);
  const due = dueLabel(row.dueDate, today, row.status);
  const tab = active ? 0 : -1;
  const errorId = `work-due-error-${row.id}`;
  const commitDay = (value: string) => {
    if (value === '') return;
    if (!isPlannableDay(value)) return setDueError(outOfRangeMessage(value));
    setDueError(null);
    void runWrite(setItemDueDate(row.id, value), { done: `Due date of “${row.title}” set by hand.` });
  };
  const commitTime = (value: string) => {
    if (!isLocalDateTime(value)) return;
    const dueAt = localToInstant(toLocalDateTime(value), timeZone);
    if (!isPlannableInstant(dueAt)) return setDueError(outOfRangeMessage(value));
    setDueError(null);
    void runWrite(setItemDueAt(row.id, dueAt), { done: `Due time of “${row.title}” set by hand.` });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    // Only on the row itself: inside a field, Space and Enter belong to the field.
    if (event.target !== event.currentTarget) return;
    if (event.key === ' ') {
      event.preventDefault();
      toggleRow(row);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openParent(row);
    }
  };
  const classes = ['work-row', `work-row--${row.status}`, row.overdue ? 'work-row--overdue' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li
      className={classes}
      data-row-id={row.id}
      tabIndex={tab}
      aria-describedby={dueError ? errorId : undefined}
      onFocus={onFocusRow}
      onKeyDown={onKeyDown}
    >
      <div className="work-row__main">
        <input
          type="checkbox"
          tabIndex={tab}
          checked={row.status === 'done'}
          aria-label={row.title}
          onChange={() => toggleRow(row)}
        />
        <span className="work-row__title">{row.title}</span>
        <span className={`work-row__due-text${due.late ? ' work-row__due-text--late' : ''}`}>
          {due.day}
          {due.relative ? <strong> · {due.relative}</strong> : null}
        </span>
      </div>
      <div className="work-row__meta">
        <button
          type="button"
          className="link-button work-row__parent"
          tabIndex={tab}
          onClick={() => openParent(row)}
        >
          {row.parentKind === 'maintenance' ? 'Window: ' : 'Launch: '}
          {row.parentTitle}
        </button>
        {row.tierName ? <span className="work-row__tag">{row.tierName}</span> : null}
        <span className="work-row__tag">{channelLabel(row.channel)}</span>
        <span className="work-row__team">{row.team}</span>
        {row.status === 'cancelled' ? <span className="work-row__tag">cancelled</span> : null}
        <span className="work-row__edit">
          <PersonPicker
            className="work-row__owner"
            label={`Owner of ${row.title}`}
            value={row.owner?.key ?? null}
            onChange={(personId) => void runWrite(assignItem(row.id, personId))}
            tabIndex={tab}
          />
          {row.dueAt !== null ? (
            <CommitInput
              key={`at-${row.dueAt}`}
              type="datetime-local"
              {...DATETIME_INPUT_LIMITS}
              className="work-row__due"
              label={`Due time of ${row.title}`}
              value={instantToLocal(row.dueAt, timeZone)}
              errorId={dueError ? errorId : undefined}
              onCommit={commitTime}
              tabIndex={tab}
            />
          ) : (
            <CommitInput
              key={`day-${row.dueDate}`}
              type="date"
              {...DAY_INPUT_LIMITS}
              className="work-row__due"
              label={`Due date of ${row.title}`}
              value={row.dueDate}
              errorId={dueError ? errorId : undefined}
              onCommit={commitDay}
              tabIndex={tab}
            />
          )}
        </span>
      </div>
      {dueError ? (
        <p id={errorId} className="field__error" role="alert">
          {dueError}
        </p>
      ) : null}
    </li>
  );
}
