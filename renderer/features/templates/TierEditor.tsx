import { useId, useState } from 'react';
import { createTemplateItem } from '../../../shared/templates/template-editing';
import { TEAMS, type TierTemplate } from '../../../shared/types';
import { newId } from '../../db/ids';
import { addItemToTier, renameTemplateTier } from '../../db/template-repo';
import { CommitInput } from '../../components/CommitInput';
import { TemplateItemRow } from './TemplateItemRow';

type Props = {
  setId: string;
  tier: TierTemplate;
  run: (write: Promise<void>) => Promise<boolean>;
};

/** One tier of a template set: its name, and its items in checklist order. */
export function TierEditor({ setId, tier, run }: Props) {
  const id = useId();
  const [newTitle, setNewTitle] = useState('');
  const add = () => {
    if (newTitle.trim() === '') return;
    // Channel, team and timing are read from the words, as the importer does; the planner adjusts.
    const item = createTemplateItem({ newId, title: newTitle });
    void run(addItemToTier(setId, tier.key, item)).then((ok) => {
      if (ok) setNewTitle('');
    });
  };
  return (
    <section className="tier-editor" aria-label={`Tier ${tier.name}`}>
      <div className="tier-editor__head">
        <label htmlFor={`${id}-name`}>Tier name</label>
        <CommitInput
          key={`name-${tier.name}`}
          id={`${id}-name`}
          label="Tier name"
          value={tier.name}
          onCommit={(name) => void run(renameTemplateTier(setId, tier.key, name))}
        />
        <span className="field__hint">
          {tier.items.length} items · rank {tier.rank} of 3 (1 is the biggest)
        </span>
      </div>
      {tier.description ? <p className="tier-editor__description">{tier.description}</p> : null}
      <ol className="tier-editor__items" aria-label={`Items of ${tier.name}`}>
        {tier.items.map((item, index) => (
          <TemplateItemRow
            key={item.id}
            setId={setId}
            tierKey={tier.key}
            item={item}
            index={index}
            count={tier.items.length}
            teamsListId={`${id}-teams`}
            run={(write) => void run(write)}
          />
        ))}
      </ol>
      <datalist id={`${id}-teams`}>
        {TEAMS.map((team) => (
          <option key={team} value={team} />
        ))}
      </datalist>
      <div className="tier-editor__add">
        <label htmlFor={`${id}-new`}>New item</label>
        <input
          id={`${id}-new`}
          value={newTitle}
          placeholder="e.g. Writing a follow-on blog article within three weeks of launch."
          onChange={(event) => setNewTitle(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={newTitle.trim() === ''}>
          Add to {tier.name}
        </button>
      </div>
    </section>
  );
}
