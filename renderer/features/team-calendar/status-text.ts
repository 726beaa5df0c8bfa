import { instantToLocal } from '../../../shared/zoned-time';
import { plural } from '../../../shared/plural';
import type { SyncPhase } from './team-calendar-store';

/**
 * The toolbar's one line about the team calendar: "Synced 10:42", "3 changes waiting",
 * "Sign-in failed: check the app password", "Offline: 3 changes waiting".
 */
export function teamCalendarStatusText(phase: SyncPhase, pending: number, timeZone: string): string {
  const waiting = `${plural(pending, 'change')} waiting`;
  if (phase.kind === 'failed') {
    if (phase.reason === 'sign-in') return 'Sign-in failed: check the app password';
    if (phase.reason === 'network') return pending > 0 ? `Offline: ${waiting}` : 'Offline';
    return pending > 0 ? `Not published: ${waiting}` : 'Team calendar: not connected';
  }
  if (phase.kind === 'syncing') return 'Syncing…';
  if (pending > 0) return waiting;
  if (phase.kind === 'synced') return `Synced ${instantToLocal(phase.at, timeZone).slice(11, 16)}`;
  return 'Team calendar';
}
