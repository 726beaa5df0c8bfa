import { useEffect, useState } from 'react';

// A minute is as fine as anything on the calendar gets (the now line, "overdue" after midnight).
const TICK_MS = 60_000;

/** The current time, refreshed every minute so "today" and "overdue" stay true overnight. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
