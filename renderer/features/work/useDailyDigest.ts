import { useEffect } from 'react';
import { dailyDigest, digestDue } from '../../../shared/work/digest';
import { instantToDay, instantOf } from '../../../shared/zoned-time';
import { showNotification } from '../../platform/notifications';
import { useReminderStore } from '../../stores/reminder-store';
import { useWorkStore } from '../../stores/work-store';
import type { PlanData } from '../../db/usePlanData';
import { buildWorkRows } from '../../../shared/work/work-rows';

/**
 * The daily digest: when the app starts or the day turns (useNow ticks every minute), and the
 * planner has reminders on and has said who they are, one notification of their items due today
 * and overdue. A click opens the Work view filtered to Mine and due by today.
 */
export function useDailyDigest(plan: PlanData, now: Date): void {
  const today = instantToDay(instantOf(now), plan.settings.timeZone);
  const me = useReminderStore((state) => state.me);
  const remindersOn = useReminderStore((state) => state.remindersOn);
  const lastDigestDay = useReminderStore((state) => state.lastDigestDay);
  useEffect(() => {
    if (!digestDue({ remindersOn, meKey: me, lastDigestDay, today }) || me === null) return;
    // Marked before showing: a re-render (or a plan change) while it is up must not show another.
    useReminderStore.getState().markDigest(today);
    // The rows are built only when a digest is due (issue 13: not on every write of the plan).
    const rows = buildWorkRows(plan, today, plan.settings.timeZone);
    const digest = dailyDigest(rows, me, today);
    if (!digest) return;
    void showNotification(digest.title, digest.body).then((outcome) => {
      if (outcome !== 'clicked') return;
      const work = useWorkStore.getState();
      work.showOnly({ owner: me, status: 'open', due: { from: null, to: today } });
      work.setGroupBy('due');
      work.setWorkOpen(true);
    });
  }, [plan, me, remindersOn, lastDigestDay, today]);
}
