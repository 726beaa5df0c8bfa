import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';
import { resolveAppRequestPath } from './protocol-path';

/*
 * Only what Vite emits and the planner ships. Module scripts must come with a JavaScript MIME type
 * or Chromium refuses them; nosniff (below) makes that strict.
 */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

/** The Content-Type for a file name, `application/octet-stream` when unknown. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers every app:// response carries, errors included. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
    return error.code;
  return undefined;
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The `protocol.handle('app', …)` handler: serves files of the built renderer folder and nothing
 * else. Refused paths answer 403, missing files (and folders) 404, other read errors 500; every
 * response carries the CSP and nosniff headers. Only GET and HEAD are served.
 */
export function createAppProtocolHandler(
  rendererRoot: string,
  readFile: ReadFile = (filePath) => fsPromises.readFile(filePath),
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const resolved = resolveAppRequestPath(request.url, rendererRoot);
    if (!resolved.ok) return plain(resolved.status, resolved.status === 403 ? 'Forbidden' : 'Not found');
    let body: Uint8Array;
    try {
      body = await readFile(resolved.filePath);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return plain(404, 'Not found');
      return plain(500, 'Could not read the file');
    }
    const headers = {
      ...securityHeaders(),
      'Content-Type': mimeTypeFor(resolved.filePath),
      'Cache-Control': 'no-cache',
    };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}
