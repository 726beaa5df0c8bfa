import { describe, expect, it } from 'vitest';
import {
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  createWindowOptions,
} from '../../../electron/main/window-options';

const options = createWindowOptions({
  preloadPath: '/app/dist/electron/preload.cjs',
  bounds: { x: 10, y: 20, width: 1200, height: 800 },
});
const web = options.webPreferences ?? {};

describe('createWindowOptions: security flags', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['webviewTag', false],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
  ] as const)('%s is %s', (flag, value) => {
    expect(web[flag]).toBe(value);
  });

  it('uses the given preload and nothing enables Blink features', () => {
    expect(web.preload).toBe('/app/dist/electron/preload.cjs');
    expect(web.enableBlinkFeatures).toBeUndefined();
  });
});

describe('createWindowOptions: window', () => {
  it('starts hidden (shown on ready-to-show) with a background colour', () => {
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('uses the given bounds and sets a minimum size', () => {
    expect([options.x, options.y, options.width, options.height]).toEqual([10, 20, 1200, 800]);
    expect([options.minWidth, options.minHeight]).toEqual([MIN_WINDOW_WIDTH, MIN_WINDOW_HEIGHT]);
  });

  it('centres the window when no position is known', () => {
    const centred = createWindowOptions({ preloadPath: '/p.cjs', bounds: { width: 1000, height: 700 } });
    expect(centred.center).toBe(true);
    expect(centred.x).toBeUndefined();
    expect(centred.y).toBeUndefined();
  });

  it('keeps spellcheck on by default and lets the caller turn it off', () => {
    expect(web.spellcheck).toBe(true);
    const off = createWindowOptions({
      preloadPath: '/p.cjs',
      bounds: { width: 1000, height: 700 },
      spellcheck: false,
    });
    expect(off.webPreferences?.spellcheck).toBe(false);
  });
});
