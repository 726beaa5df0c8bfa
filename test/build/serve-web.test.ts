import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { get, type IncomingMessage, type Server } from 'node:http';
import { resolveStaticPath, serveWeb } from '../../build/serve-web.mjs';

const ROOT = '/srv/tierline/dist/renderer';

describe('browser mode serves only the built app', () => {
  it('maps request paths inside the renderer folder', () => {
    expect(resolveStaticPath('/', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveStaticPath('/assets/index.js?v=1', ROOT)).toBe(join(ROOT, 'assets/index.js'));
    expect(resolveStaticPath('/assets/a%20b.css', ROOT)).toBe(join(ROOT, 'assets/a b.css'));
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/..%5cpackage.json',
    '/assets/%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(path, ROOT)).toBeNull();
  });

  let running: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (running ? running.close(() => resolve()) : resolve()));
    running = undefined;
  });

  it('sends the CSP with every response and refuses traversal over HTTP', async () => {
    const { url, server } = await serveWeb({ port: 0 });
    running = server;
    const page = await fetch(url);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(page.headers.get('content-security-policy')).not.toMatch(/unsafe-eval/);
    // fetch() would normalise the dots away; a raw request sends the path exactly as an attacker would.
    const { port } = new URL(url);
    const traversal = await new Promise<IncomingMessage>((resolve, reject) =>
      get({ host: '127.0.0.1', port, path: '/%2e%2e/package.json' }, resolve).on('error', reject),
    );
    traversal.resume();
    expect(traversal.statusCode).toBe(403);
    expect(traversal.headers['content-security-policy']).toBeTruthy();
  });

  it('says the port is taken instead of moving to another one', async () => {
    const { url, server } = await serveWeb({ port: 0 });
    running = server;
    const port = Number(new URL(url).port);
    await expect(serveWeb({ port })).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
  });
});
