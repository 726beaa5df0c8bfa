import { useId, useState } from 'react';
import { requestNotificationPermission } from '../../platform/notifications';
import { useReminderStore } from '../../stores/reminder-store';
import { usePlanData } from '../../db/usePlanData';
import { useOwnerOptions } from './owners';

const EMPTY = { announcements: [], windows: [], items: [], people: [] };

/**
 * Settings' "I am" and Reminders. They apply at once and stay on this computer (see
 * reminder-store): they say who sits here, not how the plan is made, so Cancel does not undo
 * them and plan files do not carry them. Turning reminders on asks for notifications there and
 * then, from the planner's click, and says so beside the box when the browser refuses.
 */
export function PersonalSettings() {
  const plan = usePlanData();
  const me = useReminderStore((state) => state.me);
  const choices = useOwnerOptions(plan ?? EMPTY, [me]);
  const remindersOn = useReminderStore((state) => state.remindersOn);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const toggleReminders = async (on: boolean) => {
    setProblem(null);
    if (!on) return useReminderStore.getState().setRemindersOn(false);
    const answer = await requestNotificationPermission();
    if (answer === 'granted') return useReminderStore.getState().setRemindersOn(true);
    setProblem(
      answer === 'denied'
        ? 'This browser blocks notifications from Tierline: allow them in the site settings to get reminders.'
        : 'This browser cannot show notifications.',
    );
  };
  return (
    <fieldset className="personal-settings">
      <legend>On this computer</legend>
      <div className="field">
        <label htmlFor={`${id}-me`}>I am</label>
        <select
          id={`${id}-me`}
          value={me ?? ''}
          aria-describedby={`${id}-me-hint`}
          onChange={(event) => useReminderStore.getState().setMe(event.target.value || null)}
        >
          <option value="">Not chosen</option>
          {choices.map((owner) => (
            <option key={owner.key} value={owner.key}>
              {owner.name}
            </option>
          ))}
        </select>
        <span id={`${id}-me-hint`} className="field__hint">
          One of the people (Settings → People): Mine and the daily digest show their work. Saved at once.
        </span>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={remindersOn}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => void toggleReminders(event.target.checked)}
        />
        Reminders: a daily digest of my items due today and overdue
      </label>
      {problem ? (
        <p id={`${id}-problem`} className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
