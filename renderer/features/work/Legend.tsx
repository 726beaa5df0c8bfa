import { findTier } from '../../../shared/templates/built-in-sets';
import type { ReactNode } from 'react';
import type { TemplateSet } from '../../../shared/types';
import { DISRUPTION_LABELS } from '../../../shared/work/filter-chips';
import {
  isHidden,
  LEGEND_DISRUPTIONS,
  tierLegendKey,
  toggleHidden,
  windowLegendKey,
  type LegendKey,
} from '../../../shared/work/filters';
import { useWorkStore } from '../../stores/work-store';
import type { TierOption } from './filter-options';
import './legend.css';

type Props = {
  templateSets: readonly TemplateSet[];
  activeSetId: string;
  /** The tiers the filter bar offers (tierOptions), each with a toggle of its colour. */
  tiers: readonly TierOption[];
};

// The calendar's colour for a launch with no known tier (calendar-events.ts).
const NO_TIER_COLOR = '#6b6b6b';

function tierColor(sets: readonly TemplateSet[], activeSetId: string, key: string): string {
  const active = sets.find((set) => set.id === activeSetId);
  const tier = findTier(active, key) ?? findTier({ tiers: sets.flatMap((set) => set.tiers) }, key);
  return tier?.color ?? NO_TIER_COLOR;
}

function Toggle(props: { legendKey: LegendKey; name: string; swatch: ReactNode }) {
  const shown = useWorkStore((state) => !isHidden(state.filters, props.legendKey));
  const toggle = () => {
    const { filters, setFilter } = useWorkStore.getState();
    setFilter('hidden', toggleHidden(filters.hidden, props.legendKey));
  };
  return (
    <button
      type="button"
      className="legend__toggle"
      aria-pressed={shown}
      title={shown ? `Hide ${props.name}` : `Show ${props.name}`}
      onClick={toggle}
    >
      {props.swatch}
      {props.name}
    </button>
  );
}

/**
 * The colour key, which doubles as show/hide toggles (as Google Calendar's calendar list does):
 * one per tier and one per window kind. A toggle writes the filter bar's own `hidden` value, so
 * the legend, the chips and Clear filters agree. Late and conflict are shapes, not colours.
 */
export function Legend({ templateSets, activeSetId, tiers }: Props) {
  return (
    <div className="legend" role="group" aria-label="Legend: show or hide">
      {tiers.map((tier) => (
        <Toggle
          key={tier.key}
          legendKey={tierLegendKey(tier.key)}
          name={tier.name}
          swatch={
            <span
              className="legend__swatch"
              aria-hidden="true"
              style={{ background: tierColor(templateSets, activeSetId, tier.key) }}
            />
          }
        />
      ))}
      {LEGEND_DISRUPTIONS.map((kind) => (
        <Toggle
          key={kind}
          legendKey={windowLegendKey(kind)}
          name={DISRUPTION_LABELS[kind]}
          swatch={<span className={`legend__swatch legend__swatch--${kind}`} aria-hidden="true" />}
        />
      ))}
      <span className="legend__mark">
        <span aria-hidden="true">⚠</span> conflict
      </span>
      <span className="legend__mark">
        <span aria-hidden="true">◷</span> late
      </span>
    </div>
  );
}
