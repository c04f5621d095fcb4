/**
 * Starting the cluster's processes on this machine: `redis-server` and
 * `nginx` (Debian's) and worker processes, each on a port, in a temporary
 * directory, stopped without leftovers. Used by `start.ts`, the tests and
 * the cluster bench.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nginxSite, nginxStandalone, type NginxSiteOptions } from './nginxConfig.js';

/** A process started here. */
export interface Launched {
  /** Everything it wrote (stdout and stderr). */
  readonly output: () => string;
  /** SIGTERM, then wait for the exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves once something accepts TCP connections on `port` (or rejects after `timeoutMs`, or when `proc` exits). */
export async function waitForPort(port: number, proc: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode !== null)
      throw new Error(`the process exited (${proc.exitCode ?? proc.signalCode}) before listening on ${port}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function launch(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): { proc: ChildProcess; launched: Launched } {
  const proc = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    proc,
    launched: {
      output: () => output,
      stop: async (graceMs = 15_000) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return;
        proc.kill('SIGTERM');
        const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      },
    },
  };
}

/** A `redis-server` without persistence. */
export interface RedisProcess extends Launched {
  readonly url: string;
  readonly port: number;
}

/** Starts `redis-server` (or `$REDIS_SERVER`) on `port` (default: a free one), its files in a temporary directory. */
export async function startRedisServer(port?: number): Promise<RedisProcess> {
  const actual = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'lit-ui-redis-'));
  const { proc, launched } = launch(process.env['REDIS_SERVER'] ?? 'redis-server', [
    '--port',
    String(actual),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  await waitForPort(actual, proc);
  return {
    ...launched,
    url: `redis://127.0.0.1:${actual}`,
    port: actual,
    stop: async (graceMs) => {
      await launched.stop(graceMs);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** nginx in front of the workers. */
export interface NginxProcess extends Launched {
  readonly url: string;
  readonly port: number;
}

/** Starts `nginx` (or `$NGINX`) in the foreground on a free port, with its configuration, pid, logs and temp files in a temporary directory. */
export async function startNginx(options: Omit<NginxSiteOptions, 'listen'> & { port?: number }): Promise<NginxProcess> {
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'lit-ui-nginx-'));
  // nginx's worker runs as an unprivileged user when started by root: it must reach its temp directories.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'tmp'), { mode: 0o777 });
  chmodSync(join(dir, 'tmp'), 0o777);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxStandalone(nginxSite({ ...options, listen: `127.0.0.1:${port}` }), dir));
  const { proc, launched } = launch(process.env['NGINX'] ?? 'nginx', ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf]);
  await waitForPort(port, proc);
  return {
    ...launched,
    url: `http://127.0.0.1:${port}`,
    port,
    stop: async (graceMs) => {
      await launched.stop(graceMs);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A worker process (`worker.ts`, run with tsx). */
export interface WorkerProcess extends Launched {
  readonly id: string;
  readonly port: number;
  readonly pid: number;
  /** SIGKILL: the worker dies on the spot (no drain, nothing written). */
  kill(): Promise<void>;
  /** Resolves when it has exited. */
  readonly exited: Promise<void>;
}

/** Starts `worker.ts` as worker `id` on `port`, with Redis at `redisUrl`; `env` adds variables (e.g. `APP`). */
export async function startWorker(options: { id: string; port: number; redisUrl: string; env?: Record<string, string> }): Promise<WorkerProcess> {
  const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));
  const env = { ...process.env, PORT: String(options.port), REDIS_URL: options.redisUrl, WORKER_ID: options.id, ...options.env };
  const { proc, launched } = launch(process.execPath, ['--import', 'tsx', worker], env);
  const exited = new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve();
    else proc.once('exit', () => resolve());
  });
  await waitForPort(options.port, proc).catch((error: unknown) => {
    throw new Error(`${String(error)}\n${launched.output()}`);
  });
  return {
    ...launched,
    id: options.id,
    port: options.port,
    pid: proc.pid ?? 0,
    exited,
    kill: async () => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      await exited;
    },
  };
}
