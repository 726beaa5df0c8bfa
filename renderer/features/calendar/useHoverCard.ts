import type { CalendarRef, EventHoveringInfo } from '@fullcalendar/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { CalendarItemProps } from './calendar-events';
import type { HoveredItem } from './ItemCard';

function hoveredOf(event: { title: string; extendedProps: unknown }, el: Element): HoveredItem {
  const { left, top, bottom } = el.getBoundingClientRect();
  return { title: event.title, item: event.extendedProps as CalendarItemProps, rect: { left, top, bottom } };
}

/**
 * The item whose hover card shows: the chip under the pointer or with keyboard focus. The card
 * goes when the pointer leaves, and on Escape or `clear` (a new view or range: issue 10 saw it
 * stay on screen after "+N more" swapped the month for the day list under it). After those
 * a chip that lands under a resting pointer shows no card until the pointer moves: the browser
 * reports that as hovering, but the planner did not point at it.
 */
export function useHoverCard(calendar: RefObject<CalendarRef | null>) {
  const [hovered, setHovered] = useState<HoveredItem | null>(null);
  const pointer = useRef({ x: -1, y: -1 });
  const restingAt = useRef<{ x: number; y: number } | null>(null);
  const onHover = useCallback((info: EventHoveringInfo) => {
    const rest = restingAt.current;
    const { clientX, clientY } = info.jsEvent;
    if (rest && Math.abs(rest.x - clientX) + Math.abs(rest.y - clientY) <= 2) return;
    restingAt.current = null;
    setHovered(hoveredOf(info.event, info.el));
  }, []);
  const onUnhover = useCallback(() => setHovered(null), []);
  const clear = useCallback(() => {
    restingAt.current = { ...pointer.current };
    setHovered(null);
  }, []);
  // Keyboard focus shows the same card as the pointer: FullCalendar reports hovering only.
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const content = target?.querySelector('[data-event-id]') ?? target?.closest('[data-event-id]');
      const found =
        content && calendar.current?.getApi().getEventById(content.getAttribute('data-event-id') ?? '');
      setHovered(found && target ? hoveredOf(found, target) : null);
    };
    const onMove = (event: MouseEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY };
      const rest = restingAt.current;
      // Once the pointer has moved off the spot, a chip it comes back to is pointed at again.
      if (rest && Math.abs(rest.x - event.clientX) + Math.abs(rest.y - event.clientY) > 2)
        restingAt.current = null;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') clear();
    };
    document.addEventListener('focusin', onFocus);
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousemove', onMove, { passive: true });
    return () => {
      document.removeEventListener('mousemove', onMove);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('keydown', onKey);
    };
  }, [calendar, clear]);
  return { hovered, onHover, onUnhover, clear };
}
