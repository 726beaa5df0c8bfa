import { createPortal } from 'react-dom';
import { plural } from '../../../shared/plural';
import { useConflictCountsStore } from '../conflicts/conflict-counts-store';
import { conflictCountText } from '../conflicts/conflict-count-text';
import { conflictKey } from './conflict-key';
import type { CalendarItemProps } from './calendar-events';
import type { HoveredItem } from './ItemCard';
import './item-card.css';

const CARD_WIDTH = 320;
const CARD_ROOM = 170;

function rows(item: CalendarItemProps, conflicts: number): [string, string][] {
  const list: [string, string][] = [];
  if (item.kind === 'maintenance') list.push(['Kind', 'Maintenance window']);
  if (item.tierName) list.push(['Tier', item.tierName]);
  const when = item.timeRange ?? item.time;
  if (when) list.push(['Time', when]);
  if (item.detail) list.push(['Services', item.detail]);
  if (item.owner) list.push([item.kind === 'checklist-item' ? 'Assignee' : 'Owner', item.owner]);
  const progress = item.progress;
  if (progress && progress.total > 0) list.push(['Progress', `${progress.done} of ${progress.total} done`]);
  if (progress && progress.overdue > 0) list.push(['Late', plural(progress.overdue, 'item')]);
  if (conflicts > 0) list.push(['Conflicts', conflictCountText(conflicts)]);
  if (item.kind === 'checklist-item') list.push(['Status', item.done ? 'Done' : 'Open']);
  if (item.cancelled) list.push(['Status', 'Cancelled']);
  return list;
}

/** The hover card itself (ItemCard.tsx says what it is for), loaded with the first one shown. */
export function ItemCardBody({ hovered }: { hovered: HoveredItem }) {
  // The live count from the conflicts store: the event's own props are not rebuilt when it changes.
  const conflicts = useConflictCountsStore((state) => state.counts.get(conflictKey(hovered.item)) ?? 0);
  const { rect } = hovered;
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - CARD_WIDTH - 8));
  const below = rect.bottom + CARD_ROOM < window.innerHeight;
  const style = below ? { left, top: rect.bottom + 4 } : { left, bottom: window.innerHeight - rect.top + 4 };
  return createPortal(
    <div className="item-card" aria-hidden="true" data-testid="item-card" style={style}>
      <div className="item-card__title">{hovered.title}</div>
      <dl>
        {rows(hovered.item, conflicts).map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>,
    document.body,
  );
}
