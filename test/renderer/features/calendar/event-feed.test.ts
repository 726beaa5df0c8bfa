import type { CalendarApi, EventApi, EventDragStopInfo, EventDropInfo } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import { CalendarApiImpl, CalendarDataManager } from '@fullcalendar/react/protected-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { EventFeed, type FeedInputs } from '../../../../renderer/features/calendar/event-feed';
import * as patching from '../../../../renderer/features/calendar/event-patch';
import { loadCalendarFilter } from '../../../../renderer/features/calendar/calendar-filter';
import { NO_FILTERS } from '../../../../shared/work/filters';
import type { Announcement, ChecklistItem } from '../../../../shared/types';
import { makeAnnouncement, makeChecklistItem, makeSettings } from '../../../builders';
import { confirmDrop, previewFollowers } from '../../../../renderer/features/calendar/drag-followers';
import { calendarDay } from '../../../dates';
import { addCalendarDays } from '../../../../shared/calendar-day';

/*
 * The feed against FullCalendar's own data layer (its store, sources and fetches run without a
 * DOM): what the calendar holds after patches, refetches, paging and a calendar built anew must
 * always be exactly what the plan says for the days it shows.
 */

const launch = (id: string, day: string, patch: Partial<Announcement> = {}) =>
  makeAnnouncement({ id, title: `Launch ${id}`, launchDate: calendarDay(day), launchTime: null, ...patch });

function inputs(announcements: Announcement[], patch: Partial<FeedInputs> = {}): FeedInputs {
  return {
    announcements,
    windows: [],
    items: [],
    templateSets: [],
    people: [],
    plannerZone: 'UTC',
    today: calendarDay('2026-12-02'),
    showChecklistMarkers: false,
    filters: NO_FILTERS,
    occurrences: [],
    weekStart: 1,
    ...patch,
  };
}

/** A calendar on December 2026 fed by `feed`, as the React component builds one. */
function calendarOn(feed: EventFeed, eventAdd?: (info: { event: EventApi }) => void): CalendarApi {
  const api = new CalendarApiImpl();
  const manager = new CalendarDataManager({ calendarApi: api, onDataChange: () => undefined });
  manager.update({
    plugins: [dayGridPlugin],
    initialView: 'dayGridMonth',
    initialDate: '2026-12-02',
    timeZone: 'UTC',
    firstDay: 1,
    events: feed.source,
    eventAdd,
  });
  return api;
}

/** What the calendar holds: each event's id and day, sorted (a duplicate shows twice). */
function held(api: CalendarApi): string[] {
  return api
    .getEvents()
    .map((event: EventApi) => `${event.id}@${event.startStr.slice(0, 10)}`)
    .sort();
}

// The filter's matching rules load on demand in the app (PlanViews waits for them); here, up front.
beforeAll(() => loadCalendarFilter());

describe('the event feed keeps FullCalendar on what the plan says', () => {
  const plan = [launch('a', '2026-12-03'), launch('b', '2026-12-10'), launch('c', '2027-03-01')];

  it('gives the calendar only the days it shows', () => {
    const api = calendarOn(new EventFeed(inputs(plan), patching));
    expect(held(api)).toEqual(['announcement:a@2026-12-03', 'announcement:b@2026-12-10']);
  });

  it('patches a moved, an added and a deleted launch in, with no refetch', () => {
    const feed = new EventFeed(inputs(plan), patching);
    const api = calendarOn(feed);
    const next = [launch('a', '2026-12-04'), launch('d', '2026-12-20'), plan[2] as Announcement];
    expect(feed.update(inputs(next), api)).toBe('patched');
    expect(held(api)).toEqual(['announcement:a@2026-12-04', 'announcement:d@2026-12-20']);
  });

  it('refetches instead of patching until the patch code has loaded, then patches', () => {
    const feed = new EventFeed(inputs(plan));
    const api = calendarOn(feed);
    const moved = [launch('a', '2026-12-05'), ...plan.slice(1)];
    expect(feed.update(inputs(moved), api)).toBe('refetched');
    expect(held(api)).toEqual(['announcement:a@2026-12-05', 'announcement:b@2026-12-10']);
    feed.setPatching(patching);
    const movedAgain = [launch('a', '2026-12-06'), ...plan.slice(1)];
    expect(feed.update(inputs(movedAgain), api)).toBe('patched');
    expect(held(api)).toEqual(['announcement:a@2026-12-06', 'announcement:b@2026-12-10']);
  });

  it('leaves a launch a drop already moved alone', () => {
    const feed = new EventFeed(inputs(plan), patching);
    let added = 0;
    const api = calendarOn(feed, () => added++);
    api.getEventById('announcement:a')?.moveDates({ days: 2 });
    expect(feed.update(inputs([launch('a', '2026-12-05'), ...plan.slice(1)]), api)).toBe('patched');
    // No second render of it: nothing was handed to the calendar again.
    expect(added).toBe(0);
    expect(held(api)).toEqual(['announcement:a@2026-12-05', 'announcement:b@2026-12-10']);
    // Dropped on another day than the write then says: replaced, to the data's day.
    api.getEventById('announcement:a')?.moveDates({ days: 1 });
    feed.update(inputs([launch('a', '2026-12-07'), ...plan.slice(1)]), api);
    expect(added).toBe(1);
    expect(held(api)).toEqual(['announcement:a@2026-12-07', 'announcement:b@2026-12-10']);
  });

  describe('a dropped launch with its checklist markers, as the live plan shows its write', () => {
    const marker = (id: string, day: string): ChecklistItem =>
      makeChecklistItem({ id, parentId: 'a', parentKind: 'announcement', dueDate: calendarDay(day) });
    const withMarkers = (announcements: Announcement[], items: ChecklistItem[]) =>
      inputs(announcements, { items, showChecklistMarkers: true });
    const before = [marker('m1', '2026-12-01'), marker('m2', '2026-12-02')];
    const after = [marker('m1', '2026-12-08'), marker('m2', '2026-12-09')];
    // What the calendar holds of the plan before the drop: each event once, on its day.
    const AS_PLANNED = [
      'announcement:a@2026-12-03',
      'announcement:b@2026-12-10',
      'item:m1@2026-12-01',
      'item:m2@2026-12-02',
    ];

    /** A calendar that shows launch a dropped a week later, before its write has landed. */
    function dropped() {
      const feed = new EventFeed(withMarkers(plan, before), patching);
      const api = calendarOn(feed);
      api.getEventById('announcement:a')?.moveDates({ days: 7 });
      const moved = [launch('a', '2026-12-10'), ...plan.slice(1)];
      return { feed, api, moved };
    }

    it('moves the markers when the plan shows the write, with the launch held once', () => {
      const { feed, api, moved } = dropped();
      expect(feed.update(withMarkers(moved, after), api)).toBe('patched');
      expect(held(api)).toContain('item:m1@2026-12-08');
      expect(held(api)).toContain('item:m2@2026-12-09');
      expect(held(api)).toContain('announcement:a@2026-12-10');
      expect(held(api).filter((event) => event.startsWith('announcement:a@'))).toHaveLength(1);
    });

    it('a refused write the plan had shown (and then took back) leaves each event once, on its day', () => {
      const { feed, api, moved } = dropped();
      // The live plan shows the write before its commit, then takes it back when it is refused.
      feed.update(withMarkers(moved, after), api);
      feed.update(withMarkers(plan, before), api);
      // FullCalendar's own revert of the drop puts its copy of the launch back, in the feed's source.
      api.addEvent({ id: 'announcement:a', title: 'copy', start: '2026-12-03', allDay: true }, true);
      expect(held(api).filter((event) => event.startsWith('announcement:a@'))).toHaveLength(2);
      feed.refetch(api);
      expect(held(api)).toEqual(AS_PLANNED);
    });

    // drag-followers.ts: the markers moved with FullCalendar's drop render, before the write.
    describe('markers moved ahead of the write, as a drag ends', () => {
      const settings = makeSettings({ showChecklistMarkers: true, businessDaysOnly: false });
      const WEEK_LATER = new Date('2026-12-10T00:00:00Z');
      /** What eventDragStop is handed for a drag of launch a: the event and its calendar. */
      const dragStopOf = (api: CalendarApi) =>
        ({
          event: api.getEventById('announcement:a'),
          view: { calendar: api },
        }) as unknown as EventDragStopInfo;

      /**
       * A calendar as FullCalendar leaves it when a drag of launch a ends on 10 December: the
       * drag-stop hook previews its markers, then (`drop`) FullCalendar moves the launch and calls
       * eventDrop, or (no drop) does not. Counts the events handed over after that.
       */
      function dragEnds(items: ChecklistItem[], drop: Date | null) {
        const added: string[] = [];
        const feed = new EventFeed(withMarkers(plan, items), patching);
        const api = calendarOn(feed, (info) => added.push(info.event.id));
        const info = dragStopOf(api);
        const event = info.event as EventApi | null;
        if (!event) throw new Error('launch a is not on the calendar');
        previewFollowers(info, WEEK_LATER, { announcements: plan, items, settings }, feed);
        if (drop) {
          event.moveDates({ days: Math.round((drop.getTime() - Date.UTC(2026, 11, 3)) / 86_400_000) });
          confirmDrop({ event: api.getEventById('announcement:a') } as unknown as EventDropInfo);
        }
        added.length = 0;
        return { feed, api, added, moved: [launch('a', '2026-12-10'), ...plan.slice(1)] };
      }
      // A microtask: where a preview with no drop of its own is put back.
      const afterTheCall = () => Promise.resolve();
      const shifted = (items: ChecklistItem[]) =>
        items.map((item) => ({ ...item, dueDate: addCalendarDays(item.dueDate, 7) }));
      // Due after today before and after the move: the launch's progress stays the same.
      const ahead = [marker('m1', '2026-12-05'), marker('m2', '2026-12-06')];
      const AHEAD_MOVED = [
        'announcement:a@2026-12-10',
        'announcement:b@2026-12-10',
        'item:m1@2026-12-12',
        'item:m2@2026-12-13',
      ];

      it('moves the markers with the drop, and the write that follows hands the calendar nothing', async () => {
        const { feed, api, added, moved } = dragEnds(ahead, WEEK_LATER);
        await afterTheCall();
        expect(held(api)).toEqual(AHEAD_MOVED);
        expect(feed.update(withMarkers(moved, shifted(ahead)), api)).toBe('patched');
        expect(added).toEqual([]);
        expect(held(api)).toEqual(AHEAD_MOVED);
      });

      it('hands over again a launch whose progress the move changes, but not its moved markers', async () => {
        // m1 was overdue (today is 2 December) and is not after the move: the launch's chip changes.
        const { feed, api, added, moved } = dragEnds(before, WEEK_LATER);
        await afterTheCall();
        feed.update(withMarkers(moved, after), api);
        expect(added).toEqual(['announcement:a']);
        expect(held(api).filter((event) => event.startsWith('announcement:a@'))).toEqual([
          'announcement:a@2026-12-10',
        ]);
      });

      it('puts the markers back exactly when no drop comes, and the next write sees the plan as shown', async () => {
        const { feed, api } = dragEnds(before, null);
        expect(held(api)).toContain('item:m1@2026-12-08');
        await afterTheCall();
        expect(held(api)).toEqual(AS_PLANNED);
        expect(feed.update(withMarkers(plan, before), api)).toBe('unchanged');
      });

      it('puts the markers back when the drop lands on another day than the last one asked about', async () => {
        const { api } = dragEnds(ahead, new Date('2026-12-11T00:00:00Z'));
        await afterTheCall();
        expect(held(api)).toContain('item:m1@2026-12-05');
        expect(held(api)).not.toContain('item:m1@2026-12-12');
      });

      it('moves nothing ahead with markers hidden, or for a move the write would refuse', async () => {
        // The calendar shows the markers; the settings the preview reads say they are hidden.
        const feed = new EventFeed(withMarkers(plan, ahead), patching);
        const api = calendarOn(feed);
        const info = dragStopOf(api);
        const shownBefore = held(api);
        previewFollowers(
          info,
          WEEK_LATER,
          { announcements: plan, items: ahead, settings: { ...settings, showChecklistMarkers: false } },
          feed,
        );
        expect(held(api)).toEqual(shownBefore);
        // Dropped at the plannable range's end, m1 and m2 would fall past it: the write refuses.
        previewFollowers(
          info,
          new Date('2199-12-31T00:00:00Z'),
          { announcements: plan, items: ahead, settings },
          feed,
        );
        expect(held(api)).toEqual(shownBefore);
        await afterTheCall();
        expect(held(api)).toEqual(shownBefore);
      });
    });
  });

  it('after patches, a refetch (a filter, paging away and back) brings each launch once', () => {
    const feed = new EventFeed(inputs(plan), patching);
    const api = calendarOn(feed);
    const moved = [launch('a', '2026-12-04'), launch('d', '2026-12-20'), ...plan.slice(1)];
    feed.update(inputs(moved), api);
    const tier = `tier:${moved[0]?.tierKey ?? ''}` as const;
    const filtered = inputs(moved, { filters: { ...NO_FILTERS, hidden: [tier] } });
    expect(feed.update(filtered, api)).toBe('refetched');
    expect(held(api)).toEqual([]);
    expect(feed.update(inputs(moved), api)).toBe('refetched');
    const december = ['announcement:a@2026-12-04', 'announcement:b@2026-12-10', 'announcement:d@2026-12-20'];
    expect(held(api)).toEqual(december);
    api.next();
    api.prev();
    expect(held(api)).toEqual(december);
  });

  it('gives a calendar built anew (a remount) the latest plan, not the one it started with', () => {
    const feed = new EventFeed(inputs(plan), patching);
    const first = calendarOn(feed);
    feed.update(inputs([launch('a', '2026-12-04'), ...plan.slice(1)]), first);
    const rebuilt = calendarOn(feed);
    expect(held(rebuilt)).toEqual(['announcement:a@2026-12-04', 'announcement:b@2026-12-10']);
  });
});

describe('hostile input: changes the feed can not patch one by one', () => {
  it('refetches when a write changes more events than a patch is worth', () => {
    const many = Array.from({ length: 60 }, (_, n) => launch(`m${n}`, '2026-12-15'));
    const feed = new EventFeed(inputs([]), patching);
    const api = calendarOn(feed);
    expect(feed.update(inputs(many), api)).toBe('refetched');
    expect(held(api)).toHaveLength(60);
  });

  it('refetches the whole range after changes made while no calendar was there to patch', () => {
    const feed = new EventFeed(inputs([launch('a', '2026-12-03')]), patching);
    const api = calendarOn(feed);
    expect(feed.update(inputs([launch('a', '2026-12-09')]), undefined)).toBe('unchanged');
    expect(feed.update(inputs([launch('a', '2026-12-09')]), api)).toBe('refetched');
    expect(held(api)).toEqual(['announcement:a@2026-12-09']);
  });
});
