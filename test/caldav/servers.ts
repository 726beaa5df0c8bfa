import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real CalDAV server on 127.0.0.1 with a throwaway folder, started and stopped by a test file. */
export type CalDavServer = {
  name: 'Radicale' | 'Xandikos';
  url: string;
  user: string;
  password: string;
  /** Stops the process (the folder stays, so start() brings the same calendars back). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes the folder. */
  dispose(): Promise<void>;
};

// Debian's interpreter: the python3 first on PATH may lack Debian's radicale and xandikos modules.
const PYTHON = '/usr/bin/python3';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${log()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`server at ${url} did not answer within 20 s: ${log()}`);
}

function managed(
  name: CalDavServer['name'],
  url: string,
  folder: string,
  args: string[],
  credentials: { user: string; password: string },
): CalDavServer {
  let child: ChildProcess | undefined;
  let output = '';
  const server: CalDavServer = {
    name,
    url,
    ...credentials,
    async start() {
      output = '';
      child = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await waitUntilAnswering(url, child, () => output.slice(-2000));
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.kill('SIGTERM');
      await exited;
    },
    async dispose() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  return server;
}

/** Radicale 3 with an htpasswd (bcrypt) user, as a team would run it. */
export async function startRadicale(): Promise<CalDavServer> {
  const folder = mkdtempSync(join(tmpdir(), 'tierline-radicale-'));
  const port = await freePort();
  const user = 'planner';
  const password = 'correct horse battery staple';
  const users = join(folder, 'users');
  execFileSync('htpasswd', ['-B', '-b', '-c', users, user, password], { stdio: 'ignore' });
  const config = join(folder, 'config');
  writeFileSync(
    config,
    [
      '[server]',
      `hosts = 127.0.0.1:${port}`,
      '[auth]',
      'type = htpasswd',
      `htpasswd_filename = ${users}`,
      'htpasswd_encryption = bcrypt',
      '[rights]',
      'type = owner_only',
      '[storage]',
      `filesystem_folder = ${join(folder, 'collections')}`,
      '[logging]',
      'level = warning',
      '',
    ].join('\n'),
  );
  const server = managed(
    'Radicale',
    `http://127.0.0.1:${port}/`,
    folder,
    ['-m', 'radicale', '--config', config],
    { user, password },
  );
  await server.start();
  return server;
}

/** Xandikos with its default principal and calendar; it has no sign-in of its own (a proxy's job). */
export async function startXandikos(): Promise<CalDavServer> {
  const folder = mkdtempSync(join(tmpdir(), 'tierline-xandikos-'));
  const port = await freePort();
  const server = managed(
    'Xandikos',
    `http://127.0.0.1:${port}/`,
    folder,
    ['-m', 'xandikos', '-d', folder, '-l', '127.0.0.1', '-p', String(port), '--defaults'],
    { user: 'user', password: 'unused' },
  );
  await server.start();
  return server;
}
