import { useId, useMemo, useState } from 'react';
import { comparePeople } from '../../../shared/people/names';
import { countOwned } from '../../../shared/people/person-edits';
import { TEAMS } from '../../../shared/types';
import { Dialog } from '../../components/Dialog';
import { useUiStore } from '../../stores/ui-store';
import type { PlanData } from '../../db/usePlanData';
import { AddPersonForm } from './AddPersonForm';
import { PersonRow } from './PersonRow';
import { TeamDefaults } from './TeamDefaults';
import './people.css';

/**
 * Settings → People: everyone who owns or is assigned work, with team, email and active, and the
 * edits that keep owners tidy (rename, merge, delete with reassign), each one undoable change.
 */
export function PeopleDialog({ plan }: { plan: PlanData }) {
  const close = useUiStore((state) => state.closeDialog);
  const teamListId = useId();
  const [typing, setTyping] = useState(false);
  // Stored in id order; listed by name so a person is found where the eye expects.
  const people = useMemo(() => [...plan.people].sort(comparePeople), [plan.people]);
  const teams = useMemo(() => {
    const fromTemplates = plan.templateSets.flatMap((set) =>
      set.tiers.flatMap((tier) => tier.items.map((item) => item.team)),
    );
    return [...new Set([...TEAMS, ...fromTemplates, ...people.map((person) => person.team)])].filter(
      (team) => team.trim() !== '',
    );
  }, [plan.templateSets, people]);
  const records = { announcements: plan.announcements, items: plan.items, windows: plan.windows };
  return (
    <Dialog title="People" onClose={close} wide dirty={typing}>
      <div className="people-dialog">
        <datalist id={teamListId}>
          {teams.map((team) => (
            <option key={team} value={team} />
          ))}
        </datalist>
        <AddPersonForm teamListId={teamListId} onDirtyChange={setTyping} />
        {people.length === 0 ? (
          <p className="muted">Nobody yet: add people here, or type a new name in any owner field.</p>
        ) : (
          <ul className="people-list" aria-label="People">
            {people.map((person) => (
              <PersonRow
                key={person.id}
                person={person}
                others={people.filter((other) => other.id !== person.id)}
                owns={countOwned(records, person.id)}
                teamListId={teamListId}
              />
            ))}
          </ul>
        )}
        <TeamDefaults teams={teams} people={people} defaults={plan.settings.teamDefaultOwners ?? {}} />
      </div>
    </Dialog>
  );
}
