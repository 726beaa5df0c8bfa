import type { PluginInput, ViewComponentType } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import { useSyncExternalStore } from 'react';

// Issue 13: the first month view needs only the day grid. The week, day and list views (about
// 14 KiB gzip of FullCalendar) load the first time one is shown; until then a stand-in plugin
// declares the same views, so the toolbar's view tabs, the keyboard's 1–4 and "+N more" (a day
// list) work from the start, and the stand-in view loads the real ones as soon as it is shown.

const BASE: PluginInput[] = [classicThemePlugin, dayGridPlugin, interactionPlugin];

// No hooks here: FullCalendar renders view components its own way. The load starts from the
// calendar's datesSet (ensureViewPlugins), which FullCalendar reports for every view it shows.
const ViewLoading: ViewComponentType = () => (
  <p className="calendar-view-loading" role="status">
    Opening the view…
  </p>
);

// The same view names, durations and button texts as the timegrid and list plugins declare.
const STAND_IN: PluginInput = {
  name: 'tierline-view-loader',
  views: {
    timeGrid: { component: ViewLoading },
    timeGridDay: { type: 'timeGrid', duration: { days: 1 } },
    timeGridWeek: { type: 'timeGrid', duration: { weeks: 1 } },
    list: { component: ViewLoading, buttonTextKey: 'listText' },
    listDay: { type: 'list', duration: { days: 1 } },
    listMonth: { type: 'list', duration: { month: 1 } },
  },
};

let plugins: readonly PluginInput[] = [...BASE, STAND_IN];
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Loads the week, day and list views once; every calendar then gets them (a new plugin list). */
function loadViewPlugins(): Promise<void> {
  loading ??= Promise.all([import('@fullcalendar/react/timegrid'), import('@fullcalendar/react/list')]).then(
    ([timeGrid, list]) => {
      plugins = [...BASE, timeGrid.default, list.default];
      for (const listener of listeners) listener();
    },
    (error: unknown) => {
      // A failed load (an app update removed the chunk) may be retried by showing the view again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Starts loading the real views when the calendar shows one of the stand-ins. */
export function ensureViewPlugins(viewType: string): void {
  if (!viewType.startsWith('dayGrid')) loadViewPlugins().catch((error: unknown) => console.error(error));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The calendar's plugins: the same array until the other views have loaded (FullCalendar re-reads a new one). */
export function useViewPlugins(): readonly PluginInput[] {
  return useSyncExternalStore(subscribe, () => plugins);
}
