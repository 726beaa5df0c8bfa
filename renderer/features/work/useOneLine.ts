import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Whether a row of controls fits on one line of `outer`, or should fold into a button (issue 10:
 * at 1024×700 with the side panel open the filter bar and legend wrapped onto several lines and
 * pushed the month's last week out of view). `inner` is the row laid out on one line at its
 * natural width while it is shown; the width it needed is remembered while folded, so the row
 * comes back once the window is wide enough again. `outer`'s width is the room there is.
 */
export function useOneLine(outer: RefObject<HTMLElement | null>) {
  const inner = useRef<HTMLDivElement>(null);
  const needed = useRef(0);
  const [folded, setFolded] = useState(false);
  const check = useRef(() => {});
  check.current = () => {
    const room = outer.current?.clientWidth ?? 0;
    if (room === 0) return;
    if (inner.current) {
      needed.current = inner.current.scrollWidth;
      if (needed.current > room) setFolded(true);
    } else if (needed.current <= room) setFolded(false);
  };
  // Every render: the row's content (tier names, a count) can grow without the window changing.
  useLayoutEffect(() => check.current());
  useLayoutEffect(() => {
    const box = outer.current;
    if (!box) return;
    const observer = new ResizeObserver(() => check.current());
    observer.observe(box);
    return () => observer.disconnect();
  }, [outer]);
  return { inner, folded };
}
