import type { MessageBoxSyncOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  DISCARD_BUTTON,
  KEEP_EDITING_BUTTON,
  UNSAVED_CHANGES_QUESTION,
  hardenProcess,
  hardenSession,
  hardenWebContents,
  type NavigationEventLike,
  type SessionLike,
  type WebContentsLike,
} from '../../../electron/main/window-hardening';

type Listener = (event: NavigationEventLike) => void;

/** Records listeners like Electron's WebContents and lets a test fire them with a cancellable event. */
class FakeContents implements WebContentsLike {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Fires `name` and says whether any listener cancelled it. */
  emit(name: string, url = ''): boolean {
    let prevented = false;
    const event = { url, preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get(name) ?? []) listener(event);
    return prevented;
  }
}

function hardened(answer = KEEP_EDITING_BUTTON) {
  const contents = new FakeContents();
  const opened: string[] = [];
  const asked: MessageBoxSyncOptions[] = [];
  hardenWebContents(contents, {
    openExternal: (url) => opened.push(url),
    showMessageBoxSync: (options) => {
      asked.push(options);
      return answer;
    },
  });
  return { contents, opened, asked };
}

describe('hardenWebContents: navigation', () => {
  it('lets the app navigate within its own origin', () => {
    const { contents, opened } = hardened();
    expect(contents.emit('will-navigate', 'app://tierline/index.html')).toBe(false);
    expect(opened).toEqual([]);
  });

  it('keeps the page on a link to a website and opens the site in the system browser', () => {
    const { contents, opened } = hardened();
    expect(contents.emit('will-navigate', 'https://example.com/handbook')).toBe(true);
    expect(opened).toEqual(['https://example.com/handbook']);
  });

  it('refuses redirects out of the app origin and allows those within it', () => {
    const { contents } = hardened();
    expect(contents.emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.emit('will-redirect', 'app://tierline/index.html')).toBe(false);
  });

  it('never opens a new window; http(s) targets go to the system browser', () => {
    const { contents, opened } = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://tierline/index.html' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/']);
  });

  it('refuses every <webview>', () => {
    const { contents } = hardened();
    expect(contents.emit('will-attach-webview')).toBe(true);
  });
});

describe('hostile input: desktop window', () => {
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share/x.exe',
    'https://bank.example@evil.example/',
  ])('a navigation to %j is cancelled and nothing is opened', (url) => {
    const { contents, opened } = hardened();
    expect(contents.emit('will-navigate', url)).toBe(true);
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(opened).toEqual([]);
  });

  it('closing with a half-typed dialog asks first, and "Keep editing" keeps the window', () => {
    const { contents, asked } = hardened(KEEP_EDITING_BUTTON);
    expect(contents.emit('will-prevent-unload')).toBe(false);
    expect(asked).toEqual([UNSAVED_CHANGES_QUESTION]);
  });

  it('closing with a half-typed dialog and choosing "Discard" lets the window close', () => {
    const { contents, asked } = hardened(DISCARD_BUTTON);
    expect(contents.emit('will-prevent-unload')).toBe(true);
    expect(asked).toHaveLength(1);
  });
});

describe('the unsaved-changes question', () => {
  it('names both choices, and Enter or Escape (default and cancel) keep editing', () => {
    expect(UNSAVED_CHANGES_QUESTION.message).toBe('Discard changes?');
    expect(UNSAVED_CHANGES_QUESTION.buttons?.[KEEP_EDITING_BUTTON]).toBe('Keep editing');
    expect(UNSAVED_CHANGES_QUESTION.buttons?.[DISCARD_BUTTON]).toBe('Discard');
    expect(UNSAVED_CHANGES_QUESTION.defaultId).toBe(KEEP_EDITING_BUTTON);
    expect(UNSAVED_CHANGES_QUESTION.cancelId).toBe(KEEP_EDITING_BUTTON);
  });
});

describe('hardenSession and hardenProcess', () => {
  it('denies every permission request, check and device, whatever is asked', () => {
    const handlers: Partial<Record<keyof SessionLike, (...args: never[]) => unknown>> = {};
    const session: SessionLike = {
      setPermissionRequestHandler: (handler) => (handlers.setPermissionRequestHandler = handler),
      setPermissionCheckHandler: (handler) => (handlers.setPermissionCheckHandler = handler),
      setDevicePermissionHandler: (handler) => (handlers.setDevicePermissionHandler = handler),
    };
    hardenSession(session);
    const granted: boolean[] = [];
    const request = handlers.setPermissionRequestHandler as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'])
      request({}, permission, (answer) => granted.push(answer));
    expect(granted).toEqual([false, false, false, false, false]);
    expect((handlers.setPermissionCheckHandler as () => boolean)()).toBe(false);
    expect((handlers.setDevicePermissionHandler as () => boolean)()).toBe(false);
  });

  it('turns the sandbox on for every renderer', () => {
    let calls = 0;
    hardenProcess({ enableSandbox: () => void calls++ });
    expect(calls).toBe(1);
  });
});
