import { useEffect, type RefObject } from 'react';
import type { CalendarRef } from '@fullcalendar/react';
import { isPlainShortcut } from '../keyboard/shortcut-keys';
import { useWorkStore } from '../../stores/work-store';
import type { CalendarViewName } from '../../stores/ui-store';

const VIEWS: Record<string, CalendarViewName> = {
  '1': 'dayGridMonth',
  '2': 'timeGridWeek',
  '3': 'timeGridDay',
  '4': 'listMonth',
};

/**
 * The calendar's keys (issue 10): t today, j or → next range, k or ← previous, 1–4 the views and
 * 5 the Work view. Arrows are left to a focused calendar item or control that uses them.
 */
export function useCalendarKeys(calendar: RefObject<CalendarRef | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const api = calendar.current?.getApi();
      if (!api || !isPlainShortcut(event)) return;
      const work = useWorkStore.getState();
      const key = event.key;
      // Arrows page only when nothing focused claims them (view tabs, menus, lists do).
      const free = event.target === document.body;
      const view = VIEWS[key];
      if (key === '5') work.setWorkOpen(true);
      else if (view) {
        work.setWorkOpen(false);
        api.changeView(view);
      } else if (work.workOpen) return;
      else if (key === 't') api.today();
      else if (key === 'j' || (key === 'ArrowRight' && free)) api.next();
      else if (key === 'k' || (key === 'ArrowLeft' && free)) api.prev();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [calendar]);
}
