import { formatDayForPeople } from '../../../shared/calendar-day';
import type { ImportedTodo } from '../../../shared/import/ics-todos';
import { plural } from '../../../shared/plural';
import type { Announcement } from '../../../shared/types';
import { Field } from '../../components/Field';
import { ProblemList } from './ProblemList';

type Props = {
  todos: readonly ImportedTodo[];
  announcements: readonly Announcement[];
  /** The announcement the to-dos join, or '' to leave them out. */
  parentId: string;
  onChange: (parentId: string) => void;
};

/**
 * A file's to-dos (VTODO): Tierline has no to-dos of its own, so they join a launch's checklist the
 * planner picks, or are left out, each named with its line so nothing disappears without a word.
 */
export function TodoImport({ todos, announcements, parentId, onChange }: Props) {
  if (todos.length === 0) return null;
  const launches = [...announcements].sort(
    (a, b) => a.launchDate.localeCompare(b.launchDate) || a.title.localeCompare(b.title),
  );
  return (
    <section className="import-todos" aria-label="To-dos">
      <h3>To-dos ({todos.length})</h3>
      <Field
        label="Add the to-dos as checklist items of"
        hint={
          launches.length === 0
            ? 'Plan an announcement first to import to-dos into its checklist'
            : `${plural(todos.length, 'to-do')} join the chosen launch's checklist`
        }
      >
        <select value={parentId} onChange={(event) => onChange(event.target.value)}>
          <option value="">Leave them out</option>
          {launches.map((launch) => (
            <option key={launch.id} value={launch.id}>
              {launch.title} ({formatDayForPeople(launch.launchDate)})
            </option>
          ))}
        </select>
      </Field>
      {parentId === '' ? (
        <ProblemList
          label="To-dos left out"
          tone="warning"
          problems={todos.map((todo) => ({
            where: `Line ${todo.line}`,
            message: `to-do “${todo.title}” is not imported`,
          }))}
        />
      ) : (
        <ul className="import-todos__list">
          {todos.map((todo) => (
            <li key={`${todo.line}`}>
              {todo.title}
              {todo.due ? ` (due ${formatDayForPeople(todo.due)})` : ''}
              {todo.done ? ' ✓ done' : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
