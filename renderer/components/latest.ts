/**
 * The latest of a value a component renders, for a handler made once (a calendar option must stay
 * the same function) to read when it runs. Kept by a layout effect, so it is what is on screen.
 */
export type Latest<T> = { read: () => T; keep: (value: T) => void };

export function createLatest<T>(initial: T): Latest<T> {
  let value = initial;
  return {
    read: () => value,
    keep: (next) => {
      value = next;
    },
  };
}
