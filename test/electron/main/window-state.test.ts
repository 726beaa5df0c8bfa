import fc from 'fast-check';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from '../../../electron/main/window-options';
import type { WindowState, WorkArea } from '../../../electron/main/window-state';
import {
  DEFAULT_WINDOW_SIZE,
  parseWindowState,
  restoreWindowBounds,
  serializeWindowState,
} from '../../../electron/main/window-state';
import { readWindowStateFile, writeWindowStateFile } from '../../../electron/main/window-state-file';

const laptop: WorkArea = { x: 0, y: 0, width: 1440, height: 875 };
const external: WorkArea = { x: 1440, y: -200, width: 2560, height: 1400 };
const state = (x: number, y: number, width: number, height: number, isMaximized = false): WindowState => ({
  bounds: { x, y, width, height },
  isMaximized,
});

describe('parseWindowState', () => {
  it('reads what serializeWindowState writes', () => {
    const arbitraryState = fc.record({
      bounds: fc.record({
        x: fc.integer({ min: -5000, max: 5000 }),
        y: fc.integer({ min: -5000, max: 5000 }),
        width: fc.integer({ min: 1, max: 8000 }),
        height: fc.integer({ min: 1, max: 8000 }),
      }),
      isMaximized: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitraryState, (s) => {
        expect(parseWindowState(serializeWindowState(s))).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    null,
    undefined,
    '',
    'not json',
    '{"bounds":{"x":0,"y":0,"width":800},"isMaximized":false}',
    '{"bounds":{"x":0.5,"y":0,"width":800,"height":600},"isMaximized":false}',
    '{"bounds":{"x":0,"y":0,"width":-800,"height":600},"isMaximized":false}',
    '{"bounds":{"x":0,"y":0,"width":1e12,"height":600},"isMaximized":false}',
    '{"bounds":{"x":"0","y":0,"width":800,"height":600},"isMaximized":false}',
    '{"bounds":{"x":0,"y":0,"width":800,"height":600},"isMaximized":"yes"}',
    '[]',
    'null',
  ])('gives null for %j', (text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('restoreWindowBounds', () => {
  it('lets the OS place a default-sized window when there is nothing to go on', () => {
    expect(restoreWindowBounds(null, [])).toEqual(DEFAULT_WINDOW_SIZE);
  });

  it('centres the default size on the primary display when nothing is stored', () => {
    const bounds = restoreWindowBounds(null, [laptop, external]);
    expect(bounds.width).toBe(DEFAULT_WINDOW_SIZE.width);
    expect(bounds.x).toBe((laptop.width - DEFAULT_WINDOW_SIZE.width) / 2);
    expect(bounds.y).toBe(Math.floor((laptop.height - DEFAULT_WINDOW_SIZE.height) / 2));
  });

  it('keeps a window that is fully visible exactly where it was', () => {
    expect(restoreWindowBounds(state(100, 50, 1000, 700), [laptop, external])).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
    });
    expect(restoreWindowBounds(state(2000, 0, 1200, 900), [laptop, external])).toEqual({
      x: 2000,
      y: 0,
      width: 1200,
      height: 900,
    });
  });

  it('pulls a window hanging off an edge back onto its display', () => {
    expect(restoreWindowBounds(state(1000, 600, 1000, 700), [laptop])).toEqual({
      x: 440,
      y: 175,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window bigger than the display it is on', () => {
    expect(restoreWindowBounds(state(0, 0, 2400, 1300), [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 875,
    });
  });

  it('centres a window from an unplugged monitor on the primary display', () => {
    const bounds = restoreWindowBounds(state(3000, 100, 1000, 700), [laptop]);
    expect(bounds).toEqual({ x: 220, y: 87, width: 1000, height: 700 });
  });

  it('treats a sliver on screen (no title bar to grab) as not visible', () => {
    const bounds = restoreWindowBounds(state(1430, 100, 1000, 700), [laptop]);
    expect(bounds).toEqual({ x: 220, y: 87, width: 1000, height: 700 });
  });

  it('chooses the display holding most of the window', () => {
    const bounds = restoreWindowBounds(state(1200, 0, 1400, 800), [laptop, external]);
    expect(bounds).toEqual({ x: 1440, y: 0, width: 1400, height: 800 });
  });

  it('always answers a window inside one display and at least the minimum size it allows', () => {
    const area = fc.record({
      x: fc.integer({ min: -4000, max: 4000 }),
      y: fc.integer({ min: -4000, max: 4000 }),
      width: fc.integer({ min: 300, max: 5000 }),
      height: fc.integer({ min: 300, max: 3000 }),
    });
    const stored = fc.option(
      fc.record({
        bounds: fc.record({
          x: fc.integer({ min: -10000, max: 10000 }),
          y: fc.integer({ min: -10000, max: 10000 }),
          width: fc.integer({ min: 1, max: 9000 }),
          height: fc.integer({ min: 1, max: 9000 }),
        }),
        isMaximized: fc.boolean(),
      }),
      { nil: null },
    );
    fc.assert(
      fc.property(stored, fc.array(area, { minLength: 1, maxLength: 3 }), (s, areas) => {
        const b = restoreWindowBounds(s, areas);
        const x = b.x ?? Number.NaN;
        const y = b.y ?? Number.NaN;
        const home = areas.find(
          (a) => x >= a.x && y >= a.y && x + b.width <= a.x + a.width && y + b.height <= a.y + a.height,
        );
        expect(home).toBeDefined();
        if (home !== undefined) {
          expect(b.width).toBeGreaterThanOrEqual(Math.min(MIN_WINDOW_WIDTH, home.width));
          expect(b.height).toBeGreaterThanOrEqual(Math.min(MIN_WINDOW_HEIGHT, home.height));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('window state file', () => {
  it('round-trips through the file and tolerates a missing or corrupt one', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tierline-window-'));
    try {
      const file = path.join(dir, 'window-state.json');
      expect(await readWindowStateFile(file)).toBeNull();
      await writeWindowStateFile(file, state(10, 20, 900, 650, true));
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state(10, 20, 900, 650, true));
      expect(await readWindowStateFile(file)).toEqual(state(10, 20, 900, 650, true));
      await writeFile(file, '{"bounds":');
      expect(await readWindowStateFile(file)).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
