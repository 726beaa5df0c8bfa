import type { BrowserWindowConstructorOptions } from 'electron';

/** Smallest window in which a month grid and the toolbar still fit. */
export const MIN_WINDOW_WIDTH = 800;
export const MIN_WINDOW_HEIGHT = 560;

/** Painted before the first frame so a dark flash never precedes the light planner. */
export const WINDOW_BACKGROUND_COLOR = '#ffffff';

export type WindowBounds = { x?: number; y?: number; width: number; height: number };

export type WindowOptionsArgs = {
  preloadPath: string;
  bounds: WindowBounds;
  spellcheck?: boolean;
  backgroundColor?: string;
};

/**
 * Options for the one planner window. Promises the hardened web preferences the security guide
 * asks for: context isolation, the renderer sandbox, no Node in the page, its workers or frames,
 * web security on, no <webview>, no insecure content, no Blink experiments; the preload is the
 * only bridge. The window starts hidden and is shown on `ready-to-show` to avoid a blank flash.
 */
export function createWindowOptions(args: WindowOptionsArgs): BrowserWindowConstructorOptions {
  const { bounds } = args;
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : { center: true }),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Tierline',
    show: false,
    backgroundColor: args.backgroundColor ?? WINDOW_BACKGROUND_COLOR,
    webPreferences: {
      preload: args.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: args.spellcheck ?? true,
    },
  };
}
