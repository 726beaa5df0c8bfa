import { findTier } from '../../../shared/templates/built-in-sets';
import { memo, useId, useRef, type ReactNode } from 'react';
import type { CalendarDay, TemplateSet } from '../../../shared/types';
import { filterChips, KIND_LABELS, STATUS_LABELS } from '../../../shared/work/filter-chips';
import { FILTER_KINDS, FILTER_STATUSES, hasActiveFilters } from '../../../shared/work/filters';
import { useUiStore } from '../../stores/ui-store';
import { useReminderStore } from '../../stores/reminder-store';
import { useWorkStore } from '../../stores/work-store';
import { teamOptions, type TierOption } from './filter-options';
import { Fold } from './Fold';
import { Legend } from './Legend';
import { useOneLine } from './useOneLine';
import type { Owner } from './owners';
import './work.css';

type Props = {
  /** The teams the plan's items name (teamOptions adds the handbook's). */
  teams: readonly string[];
  owners: readonly Owner[];
  /** The tiers to filter by (tierOptions): the active set's, then any other a launch uses. */
  tiers: readonly TierOption[];
  templateSets: readonly TemplateSet[];
  activeSetId: string;
  today: CalendarDay;
};

function FilterSelect(props: {
  label: string;
  value: string | null;
  any: string;
  onChange: (value: string | null) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <span className="filter-bar__control">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value || null)}
      >
        <option value="">{props.any}</option>
        {props.children}
      </select>
    </span>
  );
}

/**
 * The one filter bar over the calendar and the Work view: Owner, Team, Tier, Kind and Status,
 * the Mine toggle, the active filters as removable chips, and Clear filters; then the legend.
 * Each of the two keeps to one line: when the window is too narrow for it, it folds into a
 * "Filters (2)" or "Legend" button that opens it below (issue 10, small windows).
 */
export const FilterBar = memo(function FilterBar({
  teams,
  owners,
  tiers,
  templateSets,
  activeSetId,
  today,
}: Props) {
  const filters = useWorkStore((state) => state.filters);
  const setFilter = useWorkStore((state) => state.setFilter);
  const clearFilters = useWorkStore((state) => state.clearFilters);
  const me = useReminderStore((state) => state.me);
  const tierName = (key: string) => findTier({ tiers }, key)?.name ?? key;
  const chips = filterChips(filters, { owners, tierName, today });
  const mine = me !== null && filters.owner === me;
  const toggleMine = () => {
    if (me === null) {
      useUiStore.getState().showToast('Choose who you are first: Settings → I am.');
      return;
    }
    setFilter('owner', mine ? null : me);
  };
  const bar = useRef<HTMLElement>(null);
  const filterLine = useRef<HTMLDivElement>(null);
  const legendLine = useRef<HTMLDivElement>(null);
  const shown = tiers.map((tier) => tier.name).join('|');
  const filtersFolded = useOneLine(bar, filterLine, shown);
  const legendFolded = useOneLine(bar, legendLine, shown);
  const controls = (
    <div className="filter-bar__controls">
      <FilterSelect
        label="Owner"
        any="Anyone"
        value={filters.owner}
        onChange={(value) => setFilter('owner', value)}
      >
        {owners.map((owner) => (
          <option key={owner.key} value={owner.key}>
            {owner.name}
          </option>
        ))}
      </FilterSelect>
      <button type="button" className="filter-bar__mine" aria-pressed={mine} onClick={toggleMine}>
        Mine
      </button>
      <FilterSelect
        label="Team"
        any="Any team"
        value={filters.team}
        onChange={(value) => setFilter('team', value)}
      >
        {teamOptions(teams).map((team) => (
          <option key={team} value={team}>
            {team}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label="Tier"
        any="Any tier"
        value={filters.tier}
        onChange={(value) => setFilter('tier', value)}
      >
        {tiers.map((tier) => (
          <option key={tier.key} value={tier.key}>
            {tier.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label="Kind"
        any="Any kind"
        value={filters.kind}
        onChange={(value) => setFilter('kind', FILTER_KINDS.find((kind) => kind === value) ?? null)}
      >
        {FILTER_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {KIND_LABELS[kind]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label="Status"
        any="Any status"
        value={filters.status}
        onChange={(value) => setFilter('status', FILTER_STATUSES.find((status) => status === value) ?? null)}
      >
        {FILTER_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </FilterSelect>
    </div>
  );
  const active = hasActiveFilters(filters) ? (
    <div className="filter-bar__active">
      <ul className="filter-bar__chips" aria-label="Active filters">
        {chips.map((chip) => (
          <li key={chip.name}>
            <button
              type="button"
              className="filter-chip"
              aria-label={`Remove filter ${chip.text}`}
              onClick={() => setFilter(chip.name, null)}
            >
              {chip.text} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={clearFilters}>
        Clear filters
      </button>
    </div>
  ) : null;
  const legend = <Legend templateSets={templateSets} activeSetId={activeSetId} tiers={tiers} />;
  const hiddenCount = filters.hidden?.length ?? 0;
  return (
    <section ref={bar} className="filter-bar" aria-label="Filters">
      {filtersFolded ? (
        <div className="filter-bar__folded" data-testid="filter-line">
          <Fold label={chips.length > 0 ? `Filters (${chips.length})` : 'Filters'}>
            {controls}
            {active}
          </Fold>
        </div>
      ) : (
        <>
          <div ref={filterLine} className="filter-bar__line" data-testid="filter-line">
            {controls}
          </div>
          {active}
        </>
      )}
      {legendFolded ? (
        <div className="filter-bar__folded" data-testid="legend-line">
          <Fold label={hiddenCount > 0 ? `Legend (${hiddenCount} hidden)` : 'Legend'}>{legend}</Fold>
        </div>
      ) : (
        <div ref={legendLine} className="filter-bar__line" data-testid="legend-line">
          {legend}
        </div>
      )}
    </section>
  );
});
