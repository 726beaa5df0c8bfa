import { lazy, Suspense } from 'react';
import type { CalendarItemProps } from './calendar-events';

/** The item under the pointer or keyboard focus, and where its chip is on screen. */
export type HoveredItem = {
  title: string;
  item: CalendarItemProps;
  rect: { left: number; top: number; bottom: number };
};

// The card's rows and its conflict count load with the first card shown: the first month view
// shows none (issue 13: the start-up bundle). Once loaded, every card renders at once.
const LateItemCardBody = lazy(() =>
  import('./ItemCardBody').then((module) => ({ default: module.ItemCardBody })),
);

/**
 * The card a hovered or focused calendar item shows: the full title and what the chip had no
 * room for. It repeats the item's accessible label for sighted people, so it is hidden from
 * screen readers (which read that label) and never takes the pointer.
 */
export function ItemCard({ hovered }: { hovered: HoveredItem | null }) {
  if (!hovered) return null;
  return (
    <Suspense fallback={null}>
      <LateItemCardBody hovered={hovered} />
    </Suspense>
  );
}
