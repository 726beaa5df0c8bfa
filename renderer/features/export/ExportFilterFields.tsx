import { useId } from 'react';
import type { ExportKind } from '../../../shared/export/types';
import { EXPORT_KINDS } from '../../../shared/export/types';
import { Field } from '../../components/Field';

export type FilterState = {
  from: string;
  to: string;
  /** Unticked tiers, teams and kinds: everything starts ticked, and "all ticked" filters nothing. */
  hiddenTiers: string[];
  hiddenTeams: string[];
  hiddenKinds: ExportKind[];
  owner: string;
};

export type FilterOptions = { tiers: { key: string; name: string }[]; teams: string[]; people: string[] };

const KIND_LABELS: Record<ExportKind, string> = {
  announcement: 'Announcements',
  maintenance: 'Maintenance windows',
  checklist: 'Checklist items',
};

type Props = {
  value: FilterState;
  options: FilterOptions;
  showRange: boolean;
  showKinds: boolean;
  rangeError: string | undefined;
  onChange: (patch: Partial<FilterState>) => void;
};

function toggle<T>(list: T[], item: T, shown: boolean): T[] {
  return shown ? list.filter((entry) => entry !== item) : [...list, item];
}

function Checks<T extends string>(props: {
  legend: string;
  items: { key: T; label: string }[];
  hidden: T[];
  onChange: (hidden: T[]) => void;
}) {
  return (
    <fieldset className="export-checks">
      <legend>{props.legend}</legend>
      {props.items.map((item) => (
        <label key={item.key} className="checkbox">
          <input
            type="checkbox"
            checked={!props.hidden.includes(item.key)}
            onChange={(event) => props.onChange(toggle(props.hidden, item.key, event.target.checked))}
          />
          {item.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The filters every export understands: date range, tiers, teams, owner and kinds. */
export function ExportFilterFields({ value, options, showRange, showKinds, rangeError, onChange }: Props) {
  const peopleId = useId();
  return (
    <div className="export-filters">
      {showRange ? (
        <div className="field-row">
          <Field label="From" error={rangeError}>
            <input
              type="date"
              value={value.from}
              onChange={(event) => onChange({ from: event.target.value })}
            />
          </Field>
          <Field label="To">
            <input type="date" value={value.to} onChange={(event) => onChange({ to: event.target.value })} />
          </Field>
        </div>
      ) : null}
      {options.tiers.length > 0 ? (
        <Checks
          legend="Tiers"
          items={options.tiers.map((tier) => ({ key: tier.key, label: tier.name }))}
          hidden={value.hiddenTiers}
          onChange={(hiddenTiers) => onChange({ hiddenTiers })}
        />
      ) : null}
      {options.teams.length > 0 ? (
        <Checks
          legend="Teams"
          items={options.teams.map((team) => ({ key: team, label: team }))}
          hidden={value.hiddenTeams}
          onChange={(hiddenTeams) => onChange({ hiddenTeams })}
        />
      ) : null}
      {showKinds ? (
        <Checks
          legend="Kinds"
          items={EXPORT_KINDS.map((kind) => ({ key: kind, label: KIND_LABELS[kind] }))}
          hidden={value.hiddenKinds}
          onChange={(hiddenKinds) => onChange({ hiddenKinds })}
        />
      ) : null}
      <Field label="Owner" hint="Only what this person owns or is assigned; empty for everyone">
        <input
          type="text"
          list={peopleId}
          value={value.owner}
          onChange={(event) => onChange({ owner: event.target.value })}
        />
      </Field>
      <datalist id={peopleId}>
        {options.people.map((person) => (
          <option key={person} value={person} />
        ))}
      </datalist>
    </div>
  );
}
