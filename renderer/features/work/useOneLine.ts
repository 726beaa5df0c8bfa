import { useLayoutEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';

type Line = {
  outer: RefObject<HTMLElement | null>;
  inner: RefObject<HTMLElement | null>;
  needed: RefObject<number>;
  setFolded: Dispatch<SetStateAction<boolean>>;
};

function measure({ outer, inner, needed, setFolded }: Line): void {
  const room = outer.current?.clientWidth ?? 0;
  if (room === 0) return;
  if (inner.current) {
    needed.current = inner.current.scrollWidth;
    if (needed.current > room) setFolded(true);
  } else if (needed.current <= room) setFolded(false);
}

/**
 * Whether a row of controls should fold into a button because it no longer fits on one line
 * (issue 10: at 1024×700 with the side panel open the filter bar and legend wrapped onto several
 * lines and pushed the month's last week out of view). `outer`'s width is the room there is;
 * `inner` is the row laid out on one line at its natural width while it shows (null while
 * folded); `content` names what it shows, so a change measures again. The width it needed is remembered while folded, so it comes back once there is room.
 */
export function useOneLine(
  outer: RefObject<HTMLElement | null>,
  inner: RefObject<HTMLElement | null>,
  content: string,
): boolean {
  const needed = useRef(0);
  const [folded, setFolded] = useState(false);
  // The row's content (its tier names) can grow while the window stays.
  useLayoutEffect(() => measure({ outer, inner, needed, setFolded }), [outer, inner, content, folded]);
  useLayoutEffect(() => {
    const box = outer.current;
    if (!box) return;
    const observer = new ResizeObserver(() => measure({ outer, inner, needed, setFolded }));
    observer.observe(box);
    return () => observer.disconnect();
  }, [outer, inner]);
  return folded;
}
