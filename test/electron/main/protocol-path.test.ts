import fc from 'fast-check';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequestPath } from '../../../electron/main/protocol-path';

const root = path.join(os.tmpdir(), 'tierline-renderer-root');

function isInside(filePath: string): boolean {
  const relative = path.relative(root, filePath);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

describe('resolveAppRequestPath: allowed requests', () => {
  it.each([
    ['app://tierline/', 'index.html'],
    ['app://tierline', 'index.html'],
    ['app://tierline/index.html', 'index.html'],
    ['app://tierline/assets/index-B9x_3kQa.js', 'assets/index-B9x_3kQa.js'],
    ['app://tierline/assets/fonts/inter-latin.woff2', 'assets/fonts/inter-latin.woff2'],
    ['app://tierline/assets/my%20styles.css', 'assets/my styles.css'],
    ['app://TIERLINE/index.html', 'index.html'],
    ['app://tierline/index.html?next=../../etc/passwd', 'index.html'],
    ['app://tierline/index.html#/../../etc/passwd', 'index.html'],
    ['app://tierline/assets/app.js?v=1&x=%2e%2e%2f', 'assets/app.js'],
  ])('%s → %s', (url, expected) => {
    expect(resolveAppRequestPath(url, root)).toEqual({
      ok: true,
      filePath: path.join(root, ...expected.split('/')),
    });
  });

  it('accepts a relative root and still answers absolute paths inside it', () => {
    const result = resolveAppRequestPath('app://tierline/index.html', 'dist/renderer');
    expect(result).toEqual({ ok: true, filePath: path.resolve('dist/renderer', 'index.html') });
  });
});

describe('resolveAppRequestPath: refused with 403', () => {
  it.each([
    // literal traversal
    'app://tierline/../etc/passwd',
    'app://tierline/assets/../../etc/passwd',
    'app://tierline/assets/../index.html',
    'app://tierline/./index.html',
    'app://tierline/..',
    // percent-encoded traversal, any case
    'app://tierline/%2e%2e/etc/passwd',
    'app://tierline/%2E%2E/etc/passwd',
    'app://tierline/.%2e/secret.txt',
    'app://tierline/%2e./secret.txt',
    'app://tierline/%2e%2e%2fetc%2fpasswd',
    'app://tierline/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://tierline/%2fetc%2fpasswd',
    'app://tierline/assets%2f..%2fsecret.txt',
    // double-encoded
    'app://tierline/%252e%252e/etc/passwd',
    'app://tierline/%252e%252e%252fetc%252fpasswd',
    'app://tierline/assets/%25252e%25252e/secret.txt',
    // backslashes, raw and encoded
    'app://tierline/..\\..\\etc\\passwd',
    'app://tierline/assets\\..\\..\\secret.txt',
    'app://tierline\\..\\secret.txt',
    'app://tierline/%5c..%5csecret.txt',
    'app://tierline/assets%5c..%5c..%5csecret.txt',
    'app://tierline/%5C%5Cserver%5Cshare%5Cx.txt',
    // absolute paths and empty segments
    '/etc/passwd',
    'app://tierline//etc/passwd',
    'app://tierline//evil/index.html',
    '//evil/index.html',
    'app://tierline/C:/Windows/win.ini',
    'app://tierline/C%3A%5CWindows%5Cwin.ini',
    'app://tierline/index.html:stream.js',
    // NUL and control characters
    'app://tierline/index.html%00.png',
    'app://tierline/index.html\u0000',
    'app://tierline/index\u0000.html',
    'app://tierline/a%0a.js',
    // wrong scheme, host, credentials, port
    'file:///etc/passwd',
    'https://tierline/index.html',
    'http://127.0.0.1:5173/index.html',
    'app://evil/index.html',
    'app://tierline.evil/index.html',
    'app://evil.tierline/index.html',
    'app://user:secret@tierline/index.html',
    'app://tierline@evil/index.html',
    'app://tierline:8080/index.html',
    // malformed escapes, dotfiles, names Windows would alias
    'app://tierline/%',
    'app://tierline/%zz.js',
    'app://tierline/%e0%a4%a.js',
    'app://tierline/.env',
    'app://tierline/assets/.hidden.js',
    'app://tierline/index.html.',
    'app://tierline/index.html%20',
    '',
    'app:',
    'not a url',
  ])('%j', (url) => {
    expect(resolveAppRequestPath(url, root)).toEqual({ ok: false, status: 403 });
  });
});

describe('resolveAppRequestPath: 404 without an SPA fallback', () => {
  it.each([
    'app://tierline/planner',
    'app://tierline/announcements/42',
    'app://tierline/assets/',
    'app://tierline/assets',
  ])('%s', (url) => {
    expect(resolveAppRequestPath(url, root)).toEqual({ ok: false, status: 404 });
  });
});

describe('resolveAppRequestPath: properties', () => {
  it('never answers a file outside the root, whatever follows the origin', () => {
    const pieces = fc.constantFrom(
      '..',
      '.',
      '%2e',
      '%2E',
      '%25',
      '%2f',
      '%5c',
      '/',
      '\\',
      '%00',
      'a',
      'index.html',
      'x.js',
      ':',
      '%3a',
      '?',
      '#',
      '~',
    );
    const tail = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(tail, (rest) => {
        const result = resolveAppRequestPath(`app://tierline/${rest}`, root);
        if (result.ok) expect(isInside(result.filePath)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never answers a file outside the root for arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (url) => {
        const result = resolveAppRequestPath(url, root);
        if (result.ok) expect(isInside(result.filePath)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('maps plain nested names to the same names under the root', () => {
    const name = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,11}$/);
    fc.assert(
      fc.property(
        fc.array(name, { maxLength: 4 }),
        name,
        fc.constantFrom('js', 'css', 'svg', 'woff2'),
        (folders, base, ext) => {
          const file = `${base}.${ext}`;
          const url = `app://tierline/${[...folders, file].join('/')}`;
          expect(resolveAppRequestPath(url, root)).toEqual({
            ok: true,
            filePath: path.join(root, ...folders, file),
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
