import { utf8ByteLength } from './limits';

/**
 * Waits for the caller's turn to go on: between slices of work, so what the planner does (a drop,
 * a key press) runs before the rest of it.
 */
export type Pause = () => Promise<void>;

/** JSON text and its size in UTF-8 bytes. */
export type SlicedJson = { text: string; bytes: number };

/** Hears each slice's text as soon as the slice is done: in order, they join into the whole text. */
export type OnSlice = (text: string) => void;

/** Whether the slice under way has used its time; a new slice starts after each pause. */
export type SliceClock = { startSlice: () => void; sliceUsed: () => boolean };

/**
 * A clock of slices of `sliceMs` milliseconds, read from `now` (performance.now in a window).
 * The default is well under a frame, so a drop waits at most that long behind a snapshot.
 */
export function sliceClock(now: () => number, sliceMs = 8): SliceClock {
  let started = now();
  return {
    startSlice: () => {
      started = now();
    },
    sliceUsed: () => now() - started >= sliceMs,
  };
}

// The values JSON.stringify leaves out of an object and writes as null in an array.
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

// Only plain objects and arrays are split: anything else (a Date, a boxed number, an object with
// its own toJSON) is written whole, exactly as JSON.stringify writes it.
function isSplittable(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * `JSON.stringify(value)`, character for character, made a piece at a time: plain objects and
 * arrays up to `depth` levels down are taken apart, and whatever lies below (a backup's rows) is
 * written whole, one at a time, pausing whenever the clock says a slice is used. For data as
 * IndexedDB hands it back (plain objects, arrays, strings, numbers, booleans, null, Dates): a
 * value's own `toJSON(key)` is called with '' for the key instead of its property's name.
 *
 * Comes back with its size in UTF-8 bytes, counted a piece at a time, and the pieces are joined a
 * slice at a time too: counting or joining a 5 MB text at the end held the window ~25 ms each.
 * `onSlice` hears each slice's text as it is done, so a writer elsewhere (the snapshot worker) can
 * take it a slice at a time instead of as one copy of the whole text at the end.
 *
 * Why: a backup of a 10,000-item plan is one JSON.stringify of ~90 ms, and the snapshot taken when
 * the plan opens ran it just as a planner's first drop came (issue 13). The caller must not change
 * `value` until the text is made; stored rows are never changed in place, only replaced.
 */
export async function jsonInSlices(
  value: unknown,
  depth: number,
  pause: Pause,
  clock: SliceClock,
  onSlice?: OnSlice,
): Promise<SlicedJson | undefined> {
  // The pieces of the slice under way, and the slices already joined.
  let pieces: string[] = [];
  const slices: string[] = [];
  let bytes = 0;
  const push = (piece: string) => {
    pieces.push(piece);
    bytes += utf8ByteLength(piece);
  };
  const endSlice = () => {
    const text = pieces.join('');
    pieces = [];
    slices.push(text);
    onSlice?.(text);
  };
  clock.startSlice();

  async function write(node: unknown, levels: number): Promise<void> {
    if (levels === 0 || !isSplittable(node)) {
      if (clock.sliceUsed()) {
        endSlice();
        await pause();
        clock.startSlice();
      }
      push(JSON.stringify(node) ?? 'null');
      return;
    }
    if (Array.isArray(node)) {
      push('[');
      for (let index = 0; index < node.length; index++) {
        if (index > 0) push(',');
        const element: unknown = node[index];
        if (isSkipped(element)) push('null');
        else await write(element, levels - 1);
      }
      push(']');
      return;
    }
    push('{');
    let first = true;
    for (const key of Object.keys(node)) {
      const member = node[key];
      if (isSkipped(member)) continue;
      push(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
      first = false;
      await write(member, levels - 1);
    }
    push('}');
  }

  if (isSkipped(value)) return undefined;
  await write(value, depth);
  endSlice();
  return { text: slices.join(''), bytes };
}
