import { runWrite } from '../../components/run-write';
import { useState, type KeyboardEvent } from 'react';
import { Field } from '../../components/Field';
import { createPerson } from '../../db/people-repo';
import { useReportDirty } from '../../components/useReportDirty';

/**
 * Adds a person: name (required, unique ignoring case), team (a handbook team or one typed) and
 * optional email. It sits inside the dialog's form, so it saves on its own button and on Enter
 * rather than submitting the dialog.
 */
export function AddPersonForm({
  teamListId,
  onDirtyChange,
}: {
  teamListId: string;
  /** Whether anything is typed and not yet added, for the dialog's "Discard changes?". */
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const [email, setEmail] = useState('');
  useReportDirty(name.trim() !== '' || team.trim() !== '' || email.trim() !== '', onDirtyChange);
  const [error, setError] = useState<string | undefined>();
  const add = () => {
    void runWrite(createPerson(name, { team: team.trim(), email: email.trim() }), {
      done: `Added ${name.trim().replace(/\s+/g, ' ')}.`,
      showError: setError,
    }).then((ok) => {
      if (!ok) return;
      // Only what was added is cleared: typing that went on meanwhile is kept.
      setName((current) => (current === name ? '' : current));
      setTeam((current) => (current === team ? '' : current));
      setEmail((current) => (current === email ? '' : current));
      setError(undefined);
    });
  };
  const onEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };
  return (
    <fieldset className="people-add" onKeyDown={onEnter}>
      <legend>Add a person</legend>
      <div className="field-row">
        <Field label="Name" error={error}>
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
        <Field label="Team">
          <input list={teamListId} value={team} onChange={(event) => setTeam(event.target.value)} />
        </Field>
        <Field label="Email (optional)">
          <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
        </Field>
      </div>
      <button type="button" onClick={add}>
        Add person
      </button>
    </fieldset>
  );
}
