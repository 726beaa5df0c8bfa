import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveStaticPath } from '../../../build/serve-web.mjs';

/** Serves a built page (the bare FullCalendar page, or another build of the app) on 127.0.0.1. */
export function serveStatic(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const file = resolveStaticPath(request.url ?? '/', dir);
    if (!file) return void response.writeHead(403).end();
    readFile(file).then(
      (body) => {
        const type =
          extname(file) === '.js' ? 'text/javascript' : extname(file) === '.css' ? 'text/css' : 'text/html';
        response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
        server,
      });
    }),
  );
}
