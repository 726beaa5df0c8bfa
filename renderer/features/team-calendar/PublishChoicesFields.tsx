import { useState } from 'react';
import type { IcsTaskMode } from '../../../shared/export/types';
import type { PublishChoices } from '../../../shared/sync/app-state';
import type { Settings } from '../../../shared/types';
import { updateAccount } from '../../db/team-calendar-repo';
import type { PlanData } from '../../db/usePlanData';
import { TASK_LABELS, filterOptions } from '../export/ExportDialog';
import { ExportFilterFields } from '../export/ExportFilterFields';

/** What is published, chosen as in the ICS export; each change is saved and published a few seconds later. */
export function PublishChoicesFields({
  choices,
  plan,
  settings,
}: {
  choices: PublishChoices;
  plan: PlanData;
  settings: Settings;
}) {
  // Shown at once, stored a moment later: a controlled box waiting for IndexedDB would flick back.
  const [shown, setShown] = useState(choices);
  const save = (patch: Partial<PublishChoices>) => {
    const next = { ...shown, ...patch };
    setShown(next);
    void updateAccount({ choices: next });
  };
  return (
    <section className="team-calendar__section" aria-labelledby="team-calendar-choices">
      <h3 id="team-calendar-choices">What is published</h3>
      <fieldset className="export-formats">
        <legend>Checklist items</legend>
        {(Object.keys(TASK_LABELS) as IcsTaskMode[]).map((mode) => (
          <label key={mode} className="checkbox">
            <input
              type="radio"
              name="team-calendar-tasks"
              checked={shown.tasks === mode}
              onChange={() => save({ tasks: mode })}
            />
            {TASK_LABELS[mode]}
          </label>
        ))}
      </fieldset>
      <ExportFilterFields
        value={{ ...shown, from: '', to: '' }}
        options={filterOptions(plan, settings)}
        showRange={false}
        showKinds
        rangeError={undefined}
        onChange={({ hiddenKinds, hiddenTiers, hiddenTeams, owner }) =>
          save({
            ...(hiddenKinds ? { hiddenKinds } : {}),
            ...(hiddenTiers ? { hiddenTiers } : {}),
            ...(hiddenTeams ? { hiddenTeams } : {}),
            ...(owner !== undefined ? { owner } : {}),
          })
        }
      />
    </section>
  );
}
