import type { DueOffset, TemplateItem } from '../../../shared/types';
import { moveItemInTier, removeItemFromTier, updateTierItem } from '../../db/template-repo';
import { CHANNEL_OPTIONS } from '../checklist/channel-labels';
import { CommitInput } from '../../components/CommitInput';
import { describeOffset } from './offset-text';

type Props = {
  setId: string;
  tierKey: string;
  item: TemplateItem;
  index: number;
  count: number;
  teamsListId: string;
  /** Every edit reports here: null when it landed, the reason when it was refused. */
  run: (write: Promise<void>) => void;
};

type RuleKind = 'launch' | 'next-array' | 'maintenance';

/** One template item: its words, channel, owning team and due rule, and its place in the tier. */
export function TemplateItemRow({ setId, tierKey, item, index, count, teamsListId, run }: Props) {
  const patch = (change: Parameters<typeof updateTierItem>[3]) =>
    run(updateTierItem(setId, tierKey, item.id, change));
  const setRule = (kind: RuleKind) => {
    if (kind === item.offset.kind) return;
    const offset: DueOffset = kind === 'next-array' ? { kind: 'next-array' } : { kind: 'launch', days: 0 };
    patch({ offset });
  };
  const commitDays = (value: string) => {
    const days = Number(value);
    // An unreadable number goes to the validator as NaN, which refuses it with a message.
    patch({ offset: { kind: 'launch', days: value.trim() === '' ? Number.NaN : days } });
  };
  return (
    <li className="template-item">
      <span className="template-item__number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="template-item__body">
        <CommitInput
          key={`title-${item.title}`}
          className="template-item__title"
          label={`Title of item ${index + 1}`}
          value={item.title}
          onCommit={(title) => patch({ title })}
        />
        <div className="template-item__fields">
          <select
            aria-label={`Channel for ${item.title}`}
            value={item.channel}
            onChange={(event) => patch({ channel: event.target.value as TemplateItem['channel'] })}
          >
            {CHANNEL_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <CommitInput
            key={`team-${item.team}`}
            label={`Team for ${item.title}`}
            value={item.team}
            list={teamsListId}
            onCommit={(team) => patch({ team })}
          />
          <select
            aria-label={`Due rule for ${item.title}`}
            value={item.offset.kind}
            onChange={(event) => setRule(event.target.value as RuleKind)}
          >
            <option value="launch">Days from launch</option>
            <option value="next-array">Next Array edition</option>
            {item.offset.kind === 'maintenance' ? (
              <option value="maintenance">Maintenance timing</option>
            ) : null}
          </select>
          {item.offset.kind === 'launch' ? (
            <CommitInput
              key={`days-${item.offset.days}`}
              type="number"
              className="template-item__days"
              label={`Days from launch for ${item.title}`}
              value={String(item.offset.days)}
              onCommit={commitDays}
            />
          ) : null}
          <span className="template-item__rule">{describeOffset(item.offset)}</span>
        </div>
      </div>
      <div className="template-item__actions">
        <button
          type="button"
          aria-label={`Move ${item.title} up`}
          disabled={index === 0}
          onClick={() => run(moveItemInTier(setId, tierKey, item.id, index - 1))}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`Move ${item.title} down`}
          disabled={index === count - 1}
          onClick={() => run(moveItemInTier(setId, tierKey, item.id, index + 1))}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={`Remove ${item.title} from the template`}
          onClick={() => run(removeItemFromTier(setId, tierKey, item.id))}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
