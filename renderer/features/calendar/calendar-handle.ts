import { CalendarController, type CalendarApi, type CalendarRef } from '@fullcalendar/react';
import { useState, type RefObject } from 'react';

/**
 * The calendar's API, handed over through FullCalendar's `controller` option instead of a `ref`.
 * React 19 gives a forwardRef component that is passed a ref a fresh copy of its props (the ref
 * taken out) on every render, and FullCalendar treats a new props object as new options: it refined
 * every one of them again on each of its own renders, a dozen times in one drag (issue 13).
 */
class CalendarHandle extends CalendarController {
  api: CalendarApi | undefined;

  constructor() {
    // The controller's date-change callback: nothing here follows it (datesSet does).
    super(() => {});
  }

  override _setApi(api: CalendarApi | undefined): void {
    super._setApi(api);
    this.api = api;
  }
}

/**
 * A controller for FullCalendar's `controller` option and a ref-shaped view of the API it
 * receives, which the calendar's hooks read as they would a `ref` (null until the calendar runs).
 */
export function useCalendarHandle(): {
  controller: CalendarController;
  calendar: RefObject<CalendarRef | null>;
  /** The API, or undefined until the calendar runs. */
  getApi: () => CalendarApi | undefined;
} {
  const [handle] = useState(() => {
    const controller = new CalendarHandle();
    const calendar: RefObject<CalendarRef | null> = {
      get current() {
        const api = controller.api;
        return api ? { getApi: () => api } : null;
      },
      set current(_ignored) {
        // Nothing sets it: the calendar hands its API to the controller.
      },
    };
    return { controller, calendar, getApi: () => controller.api };
  });
  return handle;
}
