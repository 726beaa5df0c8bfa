import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  isAppUrl,
} from '../../../electron/main/app-origin';
import { externalUrlToOpen, isAllowedNavigation } from '../../../electron/main/navigation-guard';

describe('app origin', () => {
  it('is frozen at app://tierline (changing it orphans IndexedDB)', () => {
    expect(APP_ORIGIN).toBe('app://tierline');
    expect(APP_ENTRY_URL).toBe('app://tierline/index.html');
  });

  it('registers the scheme as standard and secure, without CORS or CSP bypass', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeFalsy();
    expect(APP_SCHEME_PRIVILEGES.privileges?.corsEnabled).toBeFalsy();
  });

  it.each([
    'app://tierline/',
    'app://tierline/index.html',
    'app://tierline/assets/x.js?y#z',
    'app://TIERLINE/index.html',
  ])('isAppUrl(%s)', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });
});

describe('isAllowedNavigation', () => {
  it('allows pages of the app origin', () => {
    expect(isAllowedNavigation('app://tierline/index.html')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'app://evil/index.html',
    'app://tierline.evil.com/index.html',
    'app://tierline@evil/index.html',
    'app://user:pw@tierline/index.html',
    'app://tierline:1/index.html',
    'tierline/index.html',
    '',
  ])('refuses %j', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('externalUrlToOpen', () => {
  it.each([
    ['https://example.com/docs?q=1#top', 'https://example.com/docs?q=1#top'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['https://example.com/a%20b', 'https://example.com/a%20b'],
  ])('opens %s as %s', (url, expected) => {
    expect(externalUrlToOpen(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'data:text/html,hi',
    'mailto:someone@example.com',
    'smb://server/share',
    'ms-settings:privacy',
    'vscode://file/etc/passwd',
    'app://tierline/index.html',
    'https://user:pw@example.com/',
    'https://bank.example@evil.example/',
    ' https://example.com',
    'https://example.com/\n',
    'https://exa\tmple.com/',
    'https://',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(9000)}`,
  ])('refuses %j', (url) => {
    expect(externalUrlToOpen(url)).toBeNull();
  });
});
