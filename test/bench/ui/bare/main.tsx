// The benchmark's baseline: FullCalendar v7 alone showing the same stored rows as Tierline, with
// a drop written straight back to IndexedDB. No validation, no conflicts, no checklist logic: the
// least any app on this library must do, so the ratio isolates what Tierline adds.
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import type { EventDropInfo, EventInput } from '@fullcalendar/react';
import { createRoot } from 'react-dom/client';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';

type Row = Record<string, unknown> & { id: string };
type Rows = Record<string, Row[]>;

const STORES = ['announcements', 'checklistItems', 'maintenanceWindows', 'templateSets', 'settings'];
const PLUGINS = [classicThemePlugin, dayGridPlugin, interactionPlugin];
const TOOLBAR = { start: 'prev,next today', center: 'title', end: '' };

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('bench-bare', 1);
    request.onupgradeneeded = () => {
      for (const store of STORES) request.result.createObjectStore(store, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

function readAll(database: IDBDatabase): Promise<Rows> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(STORES, 'readonly');
    const out: Rows = {};
    for (const store of STORES) {
      const request = transaction.objectStore(store).getAll();
      request.onsuccess = () => {
        out[store] = request.result as Row[];
      };
    }
    transaction.oncomplete = () => resolve(out);
    transaction.onerror = () => reject(transaction.error ?? new Error('read failed'));
  });
}

function toEvents(rows: Rows): EventInput[] {
  const markers = rows.settings?.[0]?.showChecklistMarkers === true;
  const events: EventInput[] = [];
  for (const row of rows.announcements ?? []) {
    const time = row.launchTime as string | null;
    events.push({
      id: row.id,
      title: row.title as string,
      allDay: time === null,
      start: time === null ? (row.launchDate as string) : `${row.launchDate as string}T${time}:00`,
      extendedProps: { store: 'announcements', layer: 0 },
    });
  }
  for (const row of rows.maintenanceWindows ?? []) {
    events.push({
      id: row.id,
      title: row.title as string,
      start: (row.start as string).slice(0, 19),
      end: (row.end as string).slice(0, 19),
      display: 'block',
      extendedProps: { store: 'maintenanceWindows', layer: 0 },
    });
  }
  if (markers) {
    for (const row of rows.checklistItems ?? []) {
      events.push({
        id: row.id,
        title: row.title as string,
        allDay: true,
        start: row.dueDate as string,
        extendedProps: { store: 'checklistItems', layer: 1 },
      });
    }
  }
  return events;
}

async function main(): Promise<void> {
  const database = await openDatabase();
  const rows = await readAll(database);
  const events = toEvents(rows);
  const byId = new Map<string, Row>();
  for (const store of STORES) for (const row of rows[store] ?? []) byId.set(row.id, row);
  const onDrop = (info: EventDropInfo) => {
    const row = byId.get(info.event.id);
    const start = info.event.start;
    if (!row || !start) return info.revert();
    const store = (info.event.extendedProps as { store: string }).store;
    const day = start.toISOString().slice(0, 10);
    const next = store === 'announcements' ? { ...row, launchDate: day } : { ...row, dueDate: day };
    byId.set(row.id, next);
    database.transaction(store, 'readwrite').objectStore(store).put(next);
  };
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <FullCalendar
      plugins={PLUGINS}
      initialView="dayGridMonth"
      timeZone="UTC"
      firstDay={1}
      headerToolbar={TOOLBAR}
      height="100%"
      editable
      dayMaxEvents={4}
      eventOrder="layer,start,-duration,title"
      events={events}
      eventDrop={onDrop}
    />,
  );
}

void main();
