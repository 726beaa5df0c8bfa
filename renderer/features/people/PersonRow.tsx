import { plural } from '../../../shared/plural';
import { runWrite } from '../../components/run-write';
import { useState } from 'react';
import type { Person } from '../../../shared/types';
import { deletePerson, mergePeople, renamePerson, updatePerson } from '../../db/people-repo';
import { CommitInput } from '../../components/CommitInput';

type Props = {
  person: Person;
  /** Everyone else, for Merge into and Give their items to. */
  others: readonly Person[];
  /** How many announcements, windows and items this person owns or is assigned. */
  owns: number;
  teamListId: string;
};

type Asking = 'none' | 'merge' | 'delete';

/**
 * One person in Settings → People: rename in place (renames them everywhere), team, email and
 * active, and the two questions that move their work: merge into someone else, or delete and
 * give what they own to someone (or nobody). Each is one undoable change.
 */
export function PersonRow({ person, others, owns, teamListId }: Props) {
  const [asking, setAsking] = useState<Asking>('none');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = `person-${person.id}-error`;
  const run = (work: Promise<void>, done?: string) =>
    runWrite(work, { done, showError: setError }).then((ok) => {
      if (!ok) return;
      setError(null);
      setAsking('none');
    });
  const ask = (next: Asking) => {
    setAsking(next);
    setTarget(next === 'delete' ? '' : (others[0]?.id ?? ''));
  };
  const targetName = others.find((other) => other.id === target)?.name ?? 'nobody';
  return (
    <li className="people-row">
      <div className="people-row__fields">
        <CommitInput
          key={`name-${person.name}`}
          label={`Name of ${person.name}`}
          value={person.name}
          errorId={error ? errorId : undefined}
          onCommit={(name) => void run(renamePerson(person.id, name))}
        />
        <CommitInput
          key={`team-${person.team}`}
          label={`Team of ${person.name}`}
          list={teamListId}
          placeholder="No team"
          value={person.team}
          onCommit={(team) => void run(updatePerson(person.id, { team: team.trim() }))}
        />
        <CommitInput
          key={`email-${person.email}`}
          label={`Email of ${person.name}`}
          placeholder="No email"
          value={person.email}
          onCommit={(email) => void run(updatePerson(person.id, { email: email.trim() }))}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={person.active}
            onChange={(event) => void run(updatePerson(person.id, { active: event.target.checked }))}
          />
          Active
        </label>
        <span className="people-row__owns">{plural(owns, 'item')}</span>
        <button
          type="button"
          aria-label={`Merge ${person.name}…`}
          disabled={others.length === 0}
          onClick={() => ask('merge')}
        >
          Merge…
        </button>
        <button type="button" aria-label={`Delete ${person.name}…`} onClick={() => ask('delete')}>
          Delete…
        </button>
      </div>
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {asking === 'merge' ? (
        <div className="people-row__question" role="group" aria-label={`Merge ${person.name}`}>
          <label>
            Merge {person.name} into{' '}
            <select value={target} onChange={(event) => setTarget(event.target.value)}>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() =>
              void run(mergePeople(person.id, target), `Merged ${person.name} into ${targetName}.`)
            }
          >
            Merge
          </button>
          <button type="button" onClick={() => setAsking('none')}>
            Keep both
          </button>
        </div>
      ) : null}
      {asking === 'delete' ? (
        <div className="people-row__question" role="group" aria-label={`Delete ${person.name}`}>
          {owns > 0 ? (
            <label>
              {person.name} owns {plural(owns, 'item')}. Give them to{' '}
              <select value={target} onChange={(event) => setTarget(event.target.value)}>
                <option value="">Nobody</option>
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <span>{person.name} owns nothing.</span>
          )}
          <button
            type="button"
            onClick={() =>
              void run(deletePerson(person.id, target === '' ? null : target), `Deleted ${person.name}.`)
            }
          >
            Delete {person.name}
          </button>
          <button type="button" onClick={() => setAsking('none')}>
            Keep {person.name}
          </button>
        </div>
      ) : null}
    </li>
  );
}
