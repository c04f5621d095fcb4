import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startNginx, startWorker, type NginxProcess, type WorkerProcess } from '../../examples/cluster/launch.js';
import type { NginxSiteOptions } from '../../examples/cluster/nginxConfig.js';
import { startRedis, type RedisServer } from './redisServer.js';

/** Redis, worker processes running `app` and nginx in front of them, started by a test; `stop()` leaves nothing behind. */
export interface TestCluster {
  readonly redis: RedisServer;
  readonly nginx: NginxProcess;
  /** Workers by id (`w1`, `w2`, ...), as they are now (restarted ones replace the dead). */
  readonly workers: Map<string, WorkerProcess>;
  /** The WebSocket URL through nginx. */
  readonly wsUrl: string;
  /** The WebSocket URL of one worker, bypassing nginx. */
  wsUrlOf(id: string): string;
  /** Starts worker `id` again on its port (after it died or drained). */
  restart(id: string): Promise<WorkerProcess>;
  /** Lines the app wrote to its count file (one per cacheData computation). */
  computations(prefix: string): string[];
  /** The health of worker `id`, as its `/_lit-ui/health` says. */
  health(id: string): Promise<{ status: string; sessions: number; store?: { state: string } }>;
  /** The worker that owns session `id` in the store. */
  ownerOf(sessionId: string): Promise<string | null>;
  stop(): Promise<void>;
}

/** Starts a cluster of `workers` processes of `app` (a module path; default the cluster tests' app). */
export async function startTestCluster(
  options: { workers?: number; sticky?: NginxSiteOptions['sticky']; app?: string; transport?: 'ws' | 'http-stream' } = {},
): Promise<TestCluster> {
  const app = options.app ?? fileURLToPath(new URL('./clusterApp.ts', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'lit-ui-cluster-'));
  const countFile = join(dir, 'computations.txt');
  const redis = await startRedis();
  const ports = new Map<string, number>();
  const workers = new Map<string, WorkerProcess>();
  const launch = async (id: string) => {
    const worker = await startWorker({
      id,
      port: ports.get(id)!,
      redisUrl: redis.url,
      env: { APP: app, COUNT_FILE: countFile, TRANSPORT: options.transport ?? 'ws' },
    });
    workers.set(id, worker);
    return worker;
  };
  for (let i = 1; i <= (options.workers ?? 2); i++) ports.set(`w${i}`, await freePort());
  try {
    await Promise.all([...ports.keys()].map(launch));
  } catch (error) {
    await Promise.all([...workers.values()].map((w) => w.kill()));
    await redis.stop();
    throw error;
  }
  const nginx = await startNginx({ workers: [...ports.values()].map((p) => `127.0.0.1:${p}`), sticky: options.sticky ?? false });
  return {
    redis,
    nginx,
    workers,
    wsUrl: `ws://127.0.0.1:${nginx.port}/_lit-ui/ws`,
    wsUrlOf: (id) => `ws://127.0.0.1:${ports.get(id)}/_lit-ui/ws`,
    restart: launch,
    computations: (prefix) => {
      let text: string;
      try {
        text = readFileSync(countFile, 'utf8');
      } catch {
        return [];
      }
      return text.split('\n').filter((line) => line.startsWith(prefix));
    },
    health: async (id) =>
      (await (await fetch(`http://127.0.0.1:${ports.get(id)}/_lit-ui/health`)).json()) as Awaited<ReturnType<TestCluster['health']>>,
    ownerOf: (sessionId) => redis.client.hget(`lit-ui:explorer:session:${sessionId}`, 'owner'),
    stop: async () => {
      await Promise.all([...workers.values()].map((w) => w.kill()));
      await nginx.stop();
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
