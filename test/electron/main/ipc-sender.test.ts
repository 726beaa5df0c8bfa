import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/main/ipc-sender';

describe('isTrustedSender', () => {
  it.each(['app://tierline/index.html', 'app://tierline/', 'app://tierline/index.html#/week'])(
    'trusts a frame at %s',
    (url) => {
      expect(isTrustedSender({ url })).toBe(true);
    },
  );

  it('refuses a missing or destroyed frame', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it.each([
    '',
    'about:blank',
    'http://localhost:5173/',
    'http://127.0.0.1:4173/index.html',
    'file:///opt/Tierline/resources/app.asar/dist/renderer/index.html',
    'https://tierline/index.html',
    'app://evil/index.html',
    'app://tierline.evil/index.html',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/index.html',
    'data:text/html,hi',
  ])('refuses a frame at %j (no dev or localhost allowance)', (url) => {
    expect(isTrustedSender({ url })).toBe(false);
  });

  it('refuses a frame object whose url is not a string', () => {
    expect(isTrustedSender({ url: 42 } as unknown as { url: string })).toBe(false);
  });
});
