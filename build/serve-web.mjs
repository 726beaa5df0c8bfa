// Browser mode: serves the built renderer on 127.0.0.1 with the same CSP as the desktop app.
// The port is fixed (PORT overrides it) because IndexedDB belongs to the origin: a different
// port would open an empty plan, so a taken port is an error, never a silent move.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_PORT = 4517;
const root = fileURLToPath(new URL('../dist/renderer/', import.meta.url));
const { contentSecurityPolicy } = JSON.parse(readFileSync(new URL('./csp.json', import.meta.url), 'utf8'));

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Maps a request path to a file inside dist/renderer, or null for anything that would leave it. */
export function resolveStaticPath(urlPath, rendererRoot = root) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(rendererRoot, relative));
  return full.startsWith(rendererRoot.endsWith(sep) ? rendererRoot : rendererRoot + sep) ? full : null;
}

/** Starts the server; resolves with its URL, rejects with a readable message if the port is taken. */
export function serveWeb({ port = Number(process.env.PORT ?? DEFAULT_PORT), host = '127.0.0.1' } = {}) {
  const server = createServer(async (request, response) => {
    const headers = {
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    };
    const file =
      request.method === 'GET' || request.method === 'HEAD' ? resolveStaticPath(request.url ?? '/') : null;
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      const body = await readFile(file);
      response.writeHead(200, {
        ...headers,
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(file ? 404 : 403, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(file ? 'Not found' : 'Forbidden');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} on ${host} is already in use (is Tierline already running?). Stop that process, or set PORT to another port: note that a different port opens a separate, empty plan.`,
            )
          : error,
      );
    });
    server.listen(port, host, () => resolve({ url: `http://${host}:${server.address().port}/`, server }));
  });
}
