import { useEffect, useState } from 'react';

// The longest a deferred part waits for an idle moment. Short: the conflicts must still follow the
// first paint closely, and what starts later re-renders the app while the planner is already at work.
const IDLE_TIMEOUT_MS = 300;

/**
 * False until `ready` (the view is rendered) and the frame showing it has been painted and the main thread has had an idle moment;
 * then true for good. Work the first calendar view does not need (the start snapshot, loading the
 * backup machinery) waits for it, so it neither delays the first paint nor competes with it (issue 13).
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!ready || done) return;
    let idle: number | undefined;
    // The frame after the next one has been painted once its callback runs.
    const frame = requestAnimationFrame(() => {
      idle = requestIdleCallback(() => setDone(true), { timeout: IDLE_TIMEOUT_MS });
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [ready, done]);
  return done;
}
