import type { MessageBoxSyncOptions } from 'electron';
import { externalUrlToOpen, isAllowedNavigation } from './navigation-guard';

/** An Electron event the handler may cancel; navigation events also carry the target URL. */
export type PreventableEventLike = { preventDefault(): void };
export type NavigationEventLike = PreventableEventLike & { url: string };

/**
 * The slice of Electron's `WebContents` the hardening touches. Main passes the real one; tests
 * pass a fake that records the listeners, so every rule here runs in Node without Electron.
 */
export type WebContentsLike = {
  on(event: 'will-navigate', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEventLike) => void): unknown;
  on(event: 'will-prevent-unload', listener: (event: PreventableEventLike) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

/** The slice of Electron's `Session` whose permission handlers the hardening sets. */
export type SessionLike = {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
};

export type HardeningDeps = {
  /** Hands an already-checked http(s) URL to the operating system's browser. */
  openExternal(url: string): void;
  /** Shows a native, modal question and returns the index of the button pressed. */
  showMessageBoxSync(options: MessageBoxSyncOptions): number;
};

/** The button that keeps the window open is first and the default: Enter or Escape never loses work. */
export const KEEP_EDITING_BUTTON = 0;
export const DISCARD_BUTTON = 1;

/** The native question asked when the page's `beforeunload` says a dialog holds unsaved changes. */
export const UNSAVED_CHANGES_QUESTION: MessageBoxSyncOptions = {
  type: 'question',
  title: 'Discard changes?',
  message: 'Discard changes?',
  detail: 'A Tierline dialog has changes that are not saved. Closing or reloading now throws them away.',
  buttons: ['Keep editing', 'Discard'],
  defaultId: KEEP_EDITING_BUTTON,
  cancelId: KEEP_EDITING_BUTTON,
  noLink: true,
};

/**
 * The page may use no browser permission (camera, notifications through the web API, geolocation,
 * devices…): the planner needs none, and a compromised page must not gain one by asking.
 */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** The renderer sandbox for every renderer, even one created without our window options. */
export function hardenProcess(app: { enableSandbox(): void }): void {
  app.enableSandbox();
}

/**
 * Guards one web contents: navigation stays inside the app origin (links to http(s) sites open in
 * the system browser instead), redirects out are refused, `window.open` never makes a window, no
 * <webview> attaches, and a page that asks to keep unsaved changes gets a native question.
 */
export function hardenWebContents(contents: WebContentsLike, deps: HardeningDeps): void {
  const openExternally = (url: string) => {
    const safeUrl = externalUrlToOpen(url);
    if (safeUrl !== null) deps.openExternal(safeUrl);
  };
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Electron shows no prompt of its own for beforeunload: without this the close is silently
  // cancelled. preventDefault here means "ignore the page and unload".
  contents.on('will-prevent-unload', (event) => {
    if (deps.showMessageBoxSync(UNSAVED_CHANGES_QUESTION) === DISCARD_BUTTON) event.preventDefault();
  });
}
