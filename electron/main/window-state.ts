import { z } from 'zod';
import type { WindowBounds } from './window-options';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from './window-options';

/** What is remembered between runs: the normal (unmaximised) bounds and whether it was maximised. */
export type WindowState = {
  bounds: { x: number; y: number; width: number; height: number };
  isMaximized: boolean;
};

/** A display's work area (screen minus task bars and docks), as Electron's `Display.workArea`. */
export type WorkArea = { x: number; y: number; width: number; height: number };

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

/** File name inside userData. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** How much of the window must lie on a display for it to count as visible (room to grab the title bar). */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

const COORDINATE_LIMIT = 100_000;

const storedStateSchema = z.object({
  bounds: z.object({
    x: z.number().int().min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT),
    y: z.number().int().min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT),
    width: z.number().int().positive().max(COORDINATE_LIMIT),
    height: z.number().int().positive().max(COORDINATE_LIMIT),
  }),
  isMaximized: z.boolean(),
});

/**
 * The stored state, or null when the text is missing, not JSON, or not a plausible state
 * (non-integers, absurd sizes, missing fields). Never throws: a corrupt file only costs the
 * remembered position.
 */
export function parseWindowState(text: string | null | undefined): WindowState | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = storedStateSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The state as the JSON text `parseWindowState` reads back. */
export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

function overlapArea(a: WorkArea, b: WorkArea): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width >= MIN_VISIBLE.width && height >= MIN_VISIBLE.height ? width * height : 0;
}

function clampInto(length: number, min: number, max: number): number {
  return Math.max(min, Math.min(length, max));
}

/**
 * Bounds to open the window with, given what was stored (or null) and the current displays
 * (primary first). Promises: the result fits entirely inside one work area when it is positioned
 * (shrunk if the display got smaller, moved if it hung off an edge), never goes below the minimum
 * window size unless the display itself is smaller, and a window that is no longer on any
 * display (monitor unplugged) is centred on the primary one. Without a stored state or displays it
 * returns the default size without a position, letting the OS place the window.
 */
export function restoreWindowBounds(
  stored: WindowState | null,
  workAreas: readonly WorkArea[],
): WindowBounds {
  const primary = workAreas[0];
  if (primary === undefined) return { ...DEFAULT_WINDOW_SIZE };
  if (stored === null) return fitCentred(DEFAULT_WINDOW_SIZE, primary);

  let best: WorkArea | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(stored.bounds, area);
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }
  if (best === undefined) return fitCentred(stored.bounds, primary);

  const width = clampInto(stored.bounds.width, Math.min(MIN_WINDOW_WIDTH, best.width), best.width);
  const height = clampInto(stored.bounds.height, Math.min(MIN_WINDOW_HEIGHT, best.height), best.height);
  return {
    x: clampInto(stored.bounds.x, best.x, best.x + best.width - width),
    y: clampInto(stored.bounds.y, best.y, best.y + best.height - height),
    width,
    height,
  };
}

function fitCentred(size: { width: number; height: number }, area: WorkArea): WindowBounds {
  const width = clampInto(size.width, Math.min(MIN_WINDOW_WIDTH, area.width), area.width);
  const height = clampInto(size.height, Math.min(MIN_WINDOW_HEIGHT, area.height), area.height);
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}
