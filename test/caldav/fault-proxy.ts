import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';

/** What the proxy does instead of (or to) one request. */
export type Fault =
  | { status: number; headers?: Record<string, string>; body?: string }
  | { stripEtag: true }
  | { redirect: string };

export type FaultProxy = { url: string; requests: string[]; close(): Promise<void> };

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * An HTTP proxy in front of a real CalDAV server that misbehaves on the requests `rule` picks:
 * answers a status of its own (429, 503, 403, 413…), drops the ETag of a PUT, or redirects.
 */
export async function startFaultProxy(
  target: string,
  rule: (method: string, path: string) => Fault | undefined,
): Promise<FaultProxy> {
  const requests: string[] = [];
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    requests.push(`${method} ${path}`);
    const data = await body(request);
    const fault = rule(method, path);
    if (fault && 'status' in fault) {
      response.writeHead(fault.status, fault.headers ?? {});
      response.end(fault.body ?? '');
      return;
    }
    if (fault && 'redirect' in fault) {
      response.writeHead(307, { Location: fault.redirect });
      response.end();
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers))
      if (name !== 'host' && typeof value === 'string') headers.set(name, value);
    const answer = await fetch(new URL(path, target), {
      method,
      headers,
      redirect: 'manual',
      ...(data.length > 0 ? { body: new Uint8Array(data) } : {}),
    });
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name))
        out[name] = value;
    });
    if (fault && 'stripEtag' in fault) delete out.etag;
    response.writeHead(answer.status, out);
    response.end(Buffer.from(await answer.arrayBuffer()));
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      response.writeHead(502);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
