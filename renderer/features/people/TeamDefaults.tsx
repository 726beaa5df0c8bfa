import { errorMessage } from '../../../shared/error-message';
import { useState } from 'react';
import { CHANNELS, type Channel, type Person, type TeamDefaultOwners } from '../../../shared/types';
import { setTeamDefaultOwner } from '../../db/people-repo';
import { channelLabel } from '../checklist/channel-labels';

type Props = {
  teams: readonly string[];
  people: readonly Person[];
  defaults: TeamDefaultOwners;
};

/**
 * Per team, who gets a channel's items when a launch's checklist is generated (issue 9). Each
 * default is one row with a Remove button; the row below adds or replaces one.
 */
export function TeamDefaults({ teams, people, defaults }: Props) {
  const [team, setTeam] = useState(teams[0] ?? '');
  const [channel, setChannel] = useState<Channel>('blog');
  const [personId, setPersonId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? 'someone removed';
  const rows = Object.entries(defaults).flatMap(([rowTeam, channels]) =>
    (Object.entries(channels) as [Channel, string][]).map(([rowChannel, id]) => ({
      rowTeam,
      rowChannel,
      id,
    })),
  );
  const fail = (error: unknown) => setMessage(errorMessage(error));
  return (
    <section className="people-defaults" aria-labelledby="team-defaults-title">
      <h3 id="team-defaults-title">Team default owners</h3>
      <p className="field__hint">New launches assign these people to their team’s items of that channel.</p>
      {rows.length > 0 ? (
        <ul className="people-defaults__list" aria-label="Team default owners">
          {rows.map(({ rowTeam, rowChannel, id }) => (
            <li key={`${rowTeam}/${rowChannel}`}>
              <span>
                {rowTeam} · {channelLabel(rowChannel)} → {nameOf(id)}
              </span>
              <button
                type="button"
                aria-label={`Remove default owner of ${rowTeam} ${channelLabel(rowChannel)}`}
                onClick={() => void setTeamDefaultOwner(rowTeam, rowChannel, null).catch(fail)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="people-defaults__add">
        <label>
          For team{' '}
          <select aria-label="For team" value={team} onChange={(event) => setTeam(event.target.value)}>
            {teams.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          Channel{' '}
          <select
            aria-label="Channel"
            value={channel}
            onChange={(event) => setChannel(event.target.value as Channel)}
          >
            {CHANNELS.map((value) => (
              <option key={value} value={value}>
                {channelLabel(value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Default owner{' '}
          <select
            aria-label="Default owner"
            value={personId}
            onChange={(event) => setPersonId(event.target.value)}
          >
            <option value="">Choose a person</option>
            {people
              .filter((person) => person.active)
              .map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            if (personId === '') return setMessage('Choose a person first.');
            setMessage(null);
            setTeamDefaultOwner(team, channel, personId).catch(fail);
          }}
        >
          Set default owner
        </button>
      </div>
      {message ? (
        <p className="field__error" role="alert">
          {message}
        </p>
      ) : null}
    </section>
  );
}
