import { useId, useMemo, useState } from 'react';
import { TEAMS, type CalendarDay, type ChecklistItem, type ChecklistParentKind } from '../../../shared/types';
import { isPlannableDay, outOfRangeMessage } from '../../../shared/plannable-range';
import { tooLongMessage } from '../../../shared/text-limits';
import { addCustomItem, MAX_CUSTOM_TITLE } from '../../db/checklist-repo';
import { DAY_INPUT_LIMITS } from '../limits/input-limits';
import { ChecklistItemRow } from './ChecklistItemRow';
import { runWrite } from '../../components/run-write';
import './checklist.css';

export type ChecklistEditorProps = {
  items: ChecklistItem[];
  /** The planner's today, for "overdue" and "due today". */
  today: CalendarDay;
  /** The planner's zone: timed items (maintenance messages) show and take their times in it. */
  timeZone: string;
  /** Shown instead of the list when there are no items. */
  emptyText?: string;
  /** The list's accessible name; "Checklist" unless given. */
  label?: string;
  /** Where "Add item" puts the planner's own items; without it there is no add form. */
  parent?: { id: string; kind: ChecklistParentKind; defaultDueDate: CalendarDay };
};

/**
 * A checklist the planner works through: tick items off, assign people, move due dates by hand
 * (and back to the template rule), write notes, decide on items a tier change left behind, and
 * add or delete their own items. Every change is one undoable write through checklist-repo.
 */
export function ChecklistEditor({
  items,
  today,
  timeZone,
  emptyText,
  label = 'Checklist',
  parent,
}: ChecklistEditorProps) {
  const sorted = useMemo(() => [...items].sort((a, b) => a.order - b.order), [items]);
  return (
    <div className="checklist-editor">
      {sorted.length === 0 ? (
        <p className="checklist-editor__empty">{emptyText ?? 'No checklist items yet.'}</p>
      ) : (
        <ul className="checklist-editor__list" aria-label={label}>
          {sorted.map((item) => (
            <ChecklistItemRow key={item.id} item={item} today={today} timeZone={timeZone} />
          ))}
        </ul>
      )}
      {parent ? <AddItemForm parent={parent} /> : null}
    </div>
  );
}

function AddItemForm({ parent }: { parent: NonNullable<ChecklistEditorProps['parent']> }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState<string>(parent.defaultDueDate);
  const [team, setTeam] = useState('Marketing');
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <button type="button" className="checklist-editor__add-toggle" onClick={() => setOpen(true)}>
        Add your own item…
      </button>
    );
  }
  const submit = () => {
    if (title.trim() === '') return setError('Give the item a title.');
    const tooLong = tooLongMessage(title.trim(), MAX_CUSTOM_TITLE);
    if (tooLong) return setError(tooLong);
    if (dueDate === '') return setError('Pick a due date.');
    if (!isPlannableDay(dueDate)) return setError(outOfRangeMessage(dueDate));
    setError(null);
    void runWrite(addCustomItem(parent.id, parent.kind, { title, dueDate, team })).then((ok) => {
      if (ok) setTitle('');
    });
  };
  // A <form> inside the panel would nest in no other form, but the maintenance panel may sit in
  // one; a group with an explicit button keeps Enter from submitting anything else.
  return (
    <div className="checklist-editor__add" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Add your own item</h3>
      <label htmlFor={`${id}-title`}>Item</label>
      <input
        id={`${id}-title`}
        value={title}
        autoFocus
        onChange={(event) => setTitle(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            submit();
          }
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <div className="checklist-editor__add-row">
        <span>
          <label htmlFor={`${id}-due`}>Due</label>
          <input
            id={`${id}-due`}
            type="date"
            {...DAY_INPUT_LIMITS}
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
          />
        </span>
        <span>
          <label htmlFor={`${id}-team`}>Team</label>
          <input
            id={`${id}-team`}
            value={team}
            list={`${id}-teams`}
            onChange={(event) => setTeam(event.target.value)}
          />
          <datalist id={`${id}-teams`}>
            {TEAMS.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </span>
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="checklist-editor__add-actions">
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
        <button type="button" className="button--primary" onClick={submit}>
          Add item
        </button>
      </div>
    </div>
  );
}
