import { create } from 'zustand';
import { storedState } from './stored-state';
import { isCalendarDay } from '../../shared/calendar-day';
import { TEXT_LIMITS } from '../../shared/text-limits';
import type { CalendarDay } from '../../shared/types';

type ReminderState = {
  /** Who the planner is: an owner key (shared/work/owners.ts); null until they say. */
  me: string | null;
  /** The daily digest is wanted (and, in a browser, notifications were allowed). */
  remindersOn: boolean;
  /** The last day the digest was shown or found empty: at most one a day. */
  lastDigestDay: CalendarDay | null;
  setMe: (me: string | null) => void;
  setRemindersOn: (on: boolean) => void;
  markDigest: (day: CalendarDay) => void;
};

/**
 * "I am" and Reminders, kept on this computer (localStorage), not in the plan: a plan file or
 * backup shared with the team must not say who "I" am, and notification permission belongs to
 * this browser or desktop profile anyway. Bad stored values read back as unset.
 */
export const useReminderStore = create<ReminderState>()(
  storedState(
    (set) => ({
      me: null,
      remindersOn: false,
      lastDigestDay: null,
      setMe: (me) => set({ me }),
      setRemindersOn: (remindersOn) => set({ remindersOn }),
      markDigest: (lastDigestDay) => set({ lastDigestDay }),
    }),
    {
      name: 'tierline-reminders',
      partialize: (state) => ({
        me: state.me,
        remindersOn: state.remindersOn,
        lastDigestDay: state.lastDigestDay,
      }),
      merge: (stored, current) => {
        const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
          string,
          unknown
        >;
        const me = typeof value.me === 'string' && value.me.length <= TEXT_LIMITS.owner ? value.me : null;
        const day =
          typeof value.lastDigestDay === 'string' && isCalendarDay(value.lastDigestDay)
            ? value.lastDigestDay
            : null;
        return { ...current, me: me || null, remindersOn: value.remindersOn === true, lastDigestDay: day };
      },
    },
  ),
);
