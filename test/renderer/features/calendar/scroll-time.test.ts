import { describe, expect, it } from 'vitest';
import { DEFAULT_SCROLL_TIME, scrollTimeFor } from '../../../../renderer/features/calendar/scroll-time';

// The calendar's UTC mode: these Dates' UTC fields are the planner's wall clock.
const at = (wall: string) => new Date(`${wall}Z`);
const WEEK = [at('2026-12-07T00:00:00'), at('2026-12-14T00:00:00')] as const;
const timed = (start: string, end: string) => ({ start: at(start), end: at(end), allDay: false });

describe('scrollTimeFor', () => {
  it('opens an hour before the earliest time of day shown that week', () => {
    expect(scrollTimeFor([timed('2026-12-10T22:00:00', '2026-12-10T23:30:00')], ...WEEK)).toBe('21:00:00');
    expect(
      scrollTimeFor(
        [
          timed('2026-12-10T22:00:00', '2026-12-10T23:30:00'),
          timed('2026-12-12T06:30:00', '2026-12-12T07:00:00'),
        ],
        ...WEEK,
      ),
    ).toBe('05:00:00');
  });

  it('opens at 08:00 with nothing timed in view, ignoring all-day items and other weeks', () => {
    expect(scrollTimeFor([], ...WEEK)).toBe(DEFAULT_SCROLL_TIME);
    expect(
      scrollTimeFor(
        [
          { start: at('2026-12-09T00:00:00'), end: at('2026-12-10T00:00:00'), allDay: true },
          timed('2026-12-15T03:00:00', '2026-12-15T04:00:00'),
          timed('2026-12-06T03:00:00', '2026-12-06T04:00:00'),
        ],
        ...WEEK,
      ),
    ).toBe('08:00:00');
  });

  it('shows a window that began the night before from midnight, and never scrolls above 00:00', () => {
    expect(scrollTimeFor([timed('2026-12-06T22:00:00', '2026-12-07T02:00:00')], ...WEEK)).toBe('00:00:00');
    expect(scrollTimeFor([timed('2026-12-08T00:30:00', '2026-12-08T01:00:00')], ...WEEK)).toBe('00:00:00');
  });
});
