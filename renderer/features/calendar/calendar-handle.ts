import type { CalendarApi, CalendarController, CalendarRef } from '@fullcalendar/react';
import { useState, type RefObject } from 'react';

/*
 * The calendar's API, handed over through FullCalendar's `controller` option instead of a `ref`.
 * React 19 gives a forwardRef component that is passed a ref a fresh copy of its props (the ref
 * taken out) on every render, and FullCalendar treats a new props object as new options: it refined
 * every one of them again on each of its own renders, a dozen times in one drag (issue 13).
 */

type Handle = {
  /** For FullCalendar's `controller` option. */
  controller: CalendarController;
  /** A ref-shaped view of the API for the calendar's hooks: null until the calendar runs. */
  calendar: RefObject<CalendarRef | null>;
  /** The API, or undefined until the calendar runs. */
  getApi: () => CalendarApi | undefined;
};

function createHandle(): Handle {
  let api: CalendarApi | undefined;
  // FullCalendar calls nothing on a controller but `_setApi` (when the calendar starts and when
  // the option changes). The library's own CalendarController class would add its navigation
  // methods to the start-up bundle for nothing, and its private fields make TypeScript refuse any
  // other object: hence the cast.
  const controller = {
    _setApi(next: CalendarApi | undefined) {
      api = next;
    },
  } as unknown as CalendarController;
  const calendar: RefObject<CalendarRef | null> = {
    get current() {
      const current = api;
      return current ? { getApi: () => current } : null;
    },
    set current(_ignored) {
      // Nothing sets it: the calendar hands its API to the controller.
    },
  };
  return { controller, calendar, getApi: () => api };
}

/** One handle for the calendar's life. */
export function useCalendarHandle(): Handle {
  const [handle] = useState(createHandle);
  return handle;
}
