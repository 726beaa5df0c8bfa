import { describe, expect, it } from 'vitest';
import { teamCalendarStatusText } from '../../../../renderer/features/team-calendar/status-text';
import { utcInstant } from '../../../dates';

const ZONE = 'Europe/London';

describe('the toolbar’s team-calendar status', () => {
  it('says when it last synced, in the planner’s zone', () => {
    expect(
      teamCalendarStatusText({ kind: 'synced', at: utcInstant('2026-07-01T09:42:00.000Z') }, 0, ZONE),
    ).toBe('Synced 10:42');
  });

  it('counts what waits, before and after a sync', () => {
    expect(
      teamCalendarStatusText({ kind: 'synced', at: utcInstant('2026-12-02T10:42:00.000Z') }, 3, ZONE),
    ).toBe('3 changes waiting');
    expect(teamCalendarStatusText({ kind: 'idle' }, 1, ZONE)).toBe('1 change waiting');
  });

  it('names the sign-in problem and the offline queue', () => {
    expect(teamCalendarStatusText({ kind: 'failed', reason: 'sign-in', message: 'x' }, 3, ZONE)).toBe(
      'Sign-in failed: check the app password',
    );
    expect(teamCalendarStatusText({ kind: 'failed', reason: 'network', message: 'x' }, 3, ZONE)).toBe(
      'Offline: 3 changes waiting',
    );
    expect(teamCalendarStatusText({ kind: 'failed', reason: 'network', message: 'x' }, 0, ZONE)).toBe(
      'Offline',
    );
  });
});
