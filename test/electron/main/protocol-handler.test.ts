import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { createAppProtocolHandler, mimeTypeFor } from '../../../electron/main/protocol-handler';

let base: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'tierline-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets', 'folder.js'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Tierline</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'export const answer = 42;');
  await writeFile(path.join(base, 'secret.txt'), 'TOP SECRET');
  handle = createAppProtocolHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  return handle(new Request(url, { method }));
}

describe('createAppProtocolHandler', () => {
  it('serves index.html for the origin root with the CSP and nosniff headers', async () => {
    const response = await get('app://tierline/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Tierline</title>');
  });

  it('serves module scripts with a JavaScript MIME type', async () => {
    const response = await get('app://tierline/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toBe('export const answer = 42;');
  });

  it.each([
    'app://tierline/..%2fsecret.txt',
    'app://tierline/%252e%252e/secret.txt',
    'app://tierline/%2e%2e%5csecret.txt',
  ])('refuses the traversal %s with 403, CSP attached, secret not leaked', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('never leaks a file above the root even when the URL parser has already removed the dot segments', async () => {
    // Request (like Chromium) resolves %2e%2e before the handler sees it, so this asks for /secret.txt inside the root.
    const response = await get('app://tierline/%2e%2e/secret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('answers 404 for missing files and for folders', async () => {
    expect((await get('app://tierline/missing.js')).status).toBe(404);
    expect((await get('app://tierline/assets/folder.js')).status).toBe(404);
    expect((await get('app://tierline/planner')).status).toBe(404);
  });

  it('answers 500 when reading fails for another reason', async () => {
    const failing = createAppProtocolHandler(root, () =>
      Promise.reject(Object.assign(new Error('busy'), { code: 'EIO' })),
    );
    const response = await failing(new Request('app://tierline/index.html'));
    expect(response.status).toBe(500);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves HEAD without a body and refuses other methods', async () => {
    const head = await get('app://tierline/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://tierline/index.html', 'POST')).status).toBe(405);
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['a/b/index.HTML', 'text/html; charset=utf-8'],
    ['x.css', 'text/css; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['icon.svg', 'image/svg+xml'],
    ['blob.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});
