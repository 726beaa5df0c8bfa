import { useId, useState } from 'react';
import { PersonPicker } from '../../components/PersonPicker';
import { formatDayForPeople } from '../../../shared/calendar-day';
import { isPlannableDay, isPlannableInstant, outOfRangeMessage } from '../../../shared/plannable-range';
import type { CalendarDay, ChecklistItem } from '../../../shared/types';
import {
  formatInstantInZone,
  instantToDay,
  instantToLocal,
  isLocalDateTime,
  localToInstant,
  toLocalDateTime,
} from '../../../shared/zoned-time';
import {
  assignItem,
  deleteItem,
  keepNotInTierItem,
  resetItemDue,
  setItemDueAt,
  setItemDueDate,
  setItemNotes,
  toggleItemDone,
} from '../../db/checklist-repo';
import { TEXT_LIMITS } from '../../../shared/text-limits';
import { counterHint, DATETIME_INPUT_LIMITS, DAY_INPUT_LIMITS } from '../limits/input-limits';
import { channelLabel } from './channel-labels';
import { CommitInput } from '../../components/CommitInput';
import { runWrite } from '../../components/run-write';
import { useSearchFocus } from '../search/useSearchFocus';

type Props = { item: ChecklistItem; today: CalendarDay; timeZone: string };

/**
 * The tick. It shows the planner's click at once and then follows what is stored (keyed on
 * it), so the box never flickers back while the write is on its way, and a failed write
 * puts it back.
 */
function TickBox({ id, item }: { id: string; item: ChecklistItem }) {
  const [checked, setChecked] = useState(item.done);
  return (
    <input
      id={id}
      type="checkbox"
      className="check-item__tick"
      checked={checked}
      onChange={(event) => {
        const done = event.target.checked;
        setChecked(done);
        void runWrite(toggleItemDone(item.id, done)).then((ok) => {
          if (!ok) setChecked(item.done);
        });
      }}
    />
  );
}

/**
 * The item's notes, saved when the planner leaves the box. Near the limit a counter shows beside
 * it; notes over it are refused with the reason (a toast), never cut.
 */
function NotesBox({ id, item }: { id: string; item: ChecklistItem }) {
  const [notes, setNotes] = useState(item.notes);
  const counter = counterHint(notes, TEXT_LIMITS.notes);
  return (
    <>
      <textarea
        id={id}
        className="check-item__notes"
        rows={3}
        aria-label={`Notes for ${item.title}`}
        aria-describedby={counter ? `${id}-counter` : undefined}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
        onBlur={() => {
          if (notes !== item.notes) void runWrite(setItemNotes(item.id, notes));
        }}
      />
      {counter ? (
        <span id={`${id}-counter`} className="field__hint">
          {counter}
        </span>
      ) : null}
    </>
  );
}

/** One checklist item: tick, who, when, notes, and the tier-change decision when one is pending. */
export function ChecklistItemRow({ item, today, timeZone }: Props) {
  const id = useId();
  const rowRef = useSearchFocus(item.id);
  const [notesOpen, setNotesOpen] = useState(item.notes !== '');
  // A due date typed outside the plannable range: refused beside the field, nothing written.
  const [dueError, setDueError] = useState<string | null>(null);
  const overdue = !item.done && item.dueDate < today;
  const dueToday = !item.done && item.dueDate === today;
  const canReset = item.dueOverridden && item.offset !== null;
  const classes = [
    'check-item',
    item.done ? 'check-item--done' : '',
    overdue ? 'check-item--overdue' : '',
    item.notInTier ? 'check-item--not-in-tier' : '',
  ]
    .filter(Boolean)
    .join(' ');

  const commitDueDay = (value: string) => {
    if (value === '') return;
    if (!isPlannableDay(value)) return setDueError(outOfRangeMessage(value));
    setDueError(null);
    void runWrite(setItemDueDate(item.id, value), { done: `Due date of “${item.title}” set by hand.` });
  };
  const commitDueTime = (value: string) => {
    if (!isLocalDateTime(value)) return;
    const dueAt = localToInstant(toLocalDateTime(value), timeZone);
    if (!isPlannableInstant(dueAt)) return setDueError(outOfRangeMessage(value));
    setDueError(null);
    void runWrite(setItemDueAt(item.id, dueAt), { done: `Due time of “${item.title}” set by hand.` });
  };

  return (
    <li ref={rowRef} className={classes}>
      <div className="check-item__head">
        <TickBox key={String(item.done)} id={`${id}-done`} item={item} />
        <label htmlFor={`${id}-done`} className="check-item__title">
          {item.title}
        </label>
      </div>
      <div className="check-item__meta">
        <span className="check-item__tag">{channelLabel(item.channel)}</span>
        <span className="check-item__team">{item.team}</span>
        {item.custom ? <span className="check-item__badge">own item</span> : null}
        {item.notInTier ? (
          <span className="check-item__badge check-item__badge--warn">not in this tier</span>
        ) : null}
        {overdue ? <span className="check-item__status check-item__status--overdue">overdue</span> : null}
        {dueToday ? <span className="check-item__status">due today</span> : null}
        {item.done && item.doneAt ? (
          <span
            className="check-item__status check-item__status--done"
            title={formatInstantInZone(item.doneAt, timeZone)}
          >
            done {formatDayForPeople(instantToDay(item.doneAt, timeZone))}
          </span>
        ) : null}
        <span className="check-item__tools">
          <button
            type="button"
            className="link-button"
            aria-expanded={notesOpen}
            aria-controls={`${id}-notes`}
            onClick={() => setNotesOpen((open) => !open)}
          >
            {item.notes ? 'Notes •' : 'Notes'}
          </button>
          {item.custom ? (
            <button
              type="button"
              className="link-button link-button--danger"
              aria-label={`Delete ${item.title}`}
              onClick={() => void runWrite(deleteItem(item.id), { done: `Deleted “${item.title}”.` })}
            >
              Delete
            </button>
          ) : null}
        </span>
      </div>
      <div className="check-item__row">
        <span className="check-item__due-label">Due</span>
        {item.dueAt !== null ? (
          <CommitInput
            key={`at-${item.dueAt}`}
            type="datetime-local"
            {...DATETIME_INPUT_LIMITS}
            errorId={dueError ? `${id}-due-error` : undefined}
            className="check-item__due"
            label={`Due time for ${item.title}`}
            value={instantToLocal(item.dueAt, timeZone)}
            onCommit={commitDueTime}
          />
        ) : (
          <CommitInput
            key={`day-${item.dueDate}`}
            type="date"
            {...DAY_INPUT_LIMITS}
            errorId={dueError ? `${id}-due-error` : undefined}
            className="check-item__due"
            label={`Due date for ${item.title}`}
            value={item.dueDate}
            onCommit={commitDueDay}
          />
        )}
        <PersonPicker
          className="check-item__assignee"
          label={`Assignee for ${item.title}`}
          value={item.assigneeId}
          onChange={(personId) => void runWrite(assignItem(item.id, personId))}
        />
      </div>
      {dueError ? (
        <p id={`${id}-due-error`} className="field__error" role="alert">
          {dueError}
        </p>
      ) : null}
      {item.dueOverridden ? (
        <div className="check-item__row check-item__override">
          <span>set by hand</span>
          {canReset ? (
            <button
              type="button"
              className="link-button"
              aria-label={`Reset to template rule: ${item.title}`}
              onClick={() => void runWrite(resetItemDue(item.id))}
            >
              Reset to template rule
            </button>
          ) : null}
        </div>
      ) : null}
      {notesOpen ? <NotesBox key={item.notes} id={`${id}-notes`} item={item} /> : null}
      {item.notInTier ? (
        <div className="check-item__decide" role="group" aria-label={`Decide on ${item.title}`}>
          <span>The new tier has no such item; it was kept because it holds your work.</span>
          <button
            type="button"
            aria-label={`Keep ${item.title}`}
            onClick={() => void runWrite(keepNotInTierItem(item.id))}
          >
            Keep
          </button>
          <button
            type="button"
            aria-label={`Remove ${item.title}`}
            onClick={() => void runWrite(deleteItem(item.id), { done: `Removed “${item.title}”.` })}
          >
            Remove
          </button>
        </div>
      ) : null}
    </li>
  );
}
