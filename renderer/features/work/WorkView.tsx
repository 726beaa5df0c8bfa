import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Settings, CalendarDay } from '../../../shared/types';
import { plural } from '../../../shared/plural';
import { GROUP_BYS, groupRows, type GroupBy, type WorkGroup } from '../../../shared/work/grouping';
import { hasActiveFilters, rowMatches } from '../../../shared/work/filters';
import type { WorkRow } from '../../../shared/work/work-rows';
import { useWorkStore } from '../../stores/work-store';
import { ViewSwitch } from './ViewSwitch';
import { WorkItemRow } from './WorkItemRow';
import { WorkloadWeeks } from './WorkloadWeeks';
import './work.css';

const GROUP_BY_LABELS: Record<GroupBy, string> = {
  due: 'Due date',
  person: 'Person',
  team: 'Team',
  launch: 'Launch',
};

type Props = { rows: readonly WorkRow[]; settings: Settings; today: CalendarDay };

// Typing in a field must not move the list: arrows and j/k there belong to the field.
function isTextEntry(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return target.type !== 'checkbox';
  return target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

const NEXT_KEYS: Record<string, 1 | -1> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };

/**
 * Every checklist item and maintenance step of the plan, as the filter bar leaves them, grouped
 * by due date (or person, team, launch). Up/Down or j/k move between rows, Space ticks the row,
 * Enter opens its launch or window.
 */
export function WorkView({ rows, settings, today }: Props) {
  const filters = useWorkStore((state) => state.filters);
  const groupBy = useWorkStore((state) => state.groupBy);
  const setGroupBy = useWorkStore((state) => state.setGroupBy);
  const toggled = useWorkStore((state) => state.toggledGroups);
  const toggleGroup = useWorkStore((state) => state.toggleGroup);
  const [activeId, setActiveId] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const groupById = useId();
  const shown = useMemo(() => rows.filter((row) => rowMatches(row, filters)), [rows, filters]);
  const groups = useMemo(
    () => groupRows(shown, groupBy, today, settings.weekStart),
    [shown, groupBy, today, settings.weekStart],
  );
  // A new grouping is a new list: start it at the top, not where the old one was scrolled to.
  useEffect(() => {
    if (list.current) list.current.scrollTop = 0;
  }, [groupBy]);
  const isOpen = (group: WorkGroup) => group.collapsedByDefault === toggled.includes(group.key);
  const visible = groups.flatMap((group) => (isOpen(group) ? group.rows : []));
  const active = visible.some((row) => row.id === activeId) ? activeId : (visible[0]?.id ?? null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = NEXT_KEYS[event.key];
    if (step === undefined || isTextEntry(event.target) || event.altKey || event.ctrlKey || event.metaKey)
      return;
    const index = visible.findIndex((row) => row.id === active);
    const next = visible[Math.min(visible.length - 1, Math.max(0, index + step))];
    if (!next) return;
    event.preventDefault();
    setActiveId(next.id);
    list.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(next.id)}"]`)?.focus();
  };

  return (
    <section className="work-view" aria-labelledby={`${groupById}-title`}>
      <header className="work-view__head">
        <h2 id={`${groupById}-title`} className="work-view__title">
          Work
        </h2>
        <span className="work-view__count">
          {plural(shown.filter((row) => row.status === 'open').length, 'open item')}
          {hasActiveFilters(filters) ? ` (filtered from ${rows.length})` : ''}
        </span>
        <span className="work-view__group-by">
          <label htmlFor={groupById}>Group by</label>
          <select
            id={groupById}
            value={groupBy}
            onChange={(event) => setGroupBy(event.target.value as GroupBy)}
          >
            {GROUP_BYS.map((by) => (
              <option key={by} value={by}>
                {GROUP_BY_LABELS[by]}
              </option>
            ))}
          </select>
        </span>
        <ViewSwitch />
      </header>
      <div className="work-view__groups" ref={list} onKeyDown={onKeyDown}>
        {groups.length === 0 ? (
          <p className="work-view__empty">
            {rows.length === 0
              ? 'No checklist items yet: plan a launch or a maintenance window and its work shows here.'
              : 'Nothing matches these filters.'}
          </p>
        ) : null}
        {groups.map((group) => {
          const open = isOpen(group);
          const listId = `${groupById}-${group.key}`;
          const owner = group.ownerKey ? { key: group.ownerKey, name: group.label } : null;
          return (
            <section key={group.key} className="work-group" aria-label={group.label}>
              <h3 className="work-group__title">
                <button
                  type="button"
                  aria-expanded={open}
                  aria-controls={listId}
                  onClick={() => toggleGroup(group.key)}
                >
                  <span aria-hidden="true">{open ? '▾' : '▸'} </span>
                  {group.label} ({group.rows.length})
                </button>
              </h3>
              {groupBy === 'person' && owner ? (
                <WorkloadWeeks
                  rows={rows}
                  owner={owner}
                  today={today}
                  weekStart={settings.weekStart}
                  maxPerDay={settings.maxItemsPerPersonPerDay}
                />
              ) : null}
              {open ? (
                <ul id={listId} className="work-group__rows" aria-label={`${group.label} items`}>
                  {group.rows.map((row) => (
                    <WorkItemRow
                      key={row.id}
                      row={row}
                      today={today}
                      timeZone={settings.timeZone}
                      active={row.id === active}
                      onFocusRow={() => setActiveId(row.id)}
                    />
                  ))}
                </ul>
              ) : null}
            </section>
          );
        })}
      </div>
    </section>
  );
}
