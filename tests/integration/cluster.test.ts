import { deserialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterClient, type ClusterClient } from '../cluster/clusterClient.js';
import { startTestCluster, type TestCluster } from '../cluster/testCluster.js';
import { waitUntil } from '../cluster/waitUntil.js';

/**
 * Two worker processes of one app behind nginx (round robin: no sticky
 * routing), sessions and cacheData in a real redis-server, clients over
 * real WebSockets. Everything is started here on free loopback ports and
 * stopped at the end.
 */
let cluster: TestCluster;
const clients: ClusterClient[] = [];
const client = (url: string) => {
  const made = clusterClient(url);
  clients.push(made);
  return made;
};

beforeAll(async () => {
  cluster = await startTestCluster({ workers: 2, sticky: false });
}, 90_000);

afterAll(async () => {
  for (const c of clients) c.connection.close();
  await cluster?.stop();
}, 60_000);

describe('without sticky routing', () => {
  it('a session follows its client from worker to worker: 30 drops while clicking, 0 lost and 0 applied twice', async () => {
    const c = client(cluster.wsUrl);
    await c.settled();
    const workers = new Set<string>();
    let clicks = 0;
    for (let drop = 0; drop < 30; drop++) {
      c.click('inc');
      c.click('inc');
      clicks += 2;
      c.drop();
      // Sent while the connection is down: queued by the client, re-sent after the resume.
      c.click('inc');
      clicks += 1;
      if (drop % 5 === 0) c.set('name', `drop${drop}`);
      const line = await c
        .settled((l) => l.count === clicks)
        .catch((error: unknown) => {
          // What the workers said, for the failure report.
          const logs = [...cluster.workers.values()].map((w) => `${w.id}:\n${w.output().split('\n').slice(-15).join('\n')}`);
          throw new Error(`${(error as Error).message}\n${logs.join('\n')}`, { cause: error });
        });
      workers.add(line.worker);
    }
    const line = await c.settled();
    expect(line.count).toBe(clicks);
    expect(line.name).toBe('drop25');
    expect(c.newSessions).toBe(1);
    expect(workers).toEqual(new Set(['w1', 'w2']));
  }, 120_000);
});

describe('cacheData across workers', () => {
  it('is computed once for concurrent callers in two workers', async () => {
    const a = client(cluster.wsUrlOf('w1'));
    const b = client(cluster.wsUrlOf('w2'));
    await Promise.all([a.settled(), b.settled()]);
    a.set('n', 42);
    b.set('n', 42);
    const [lineA, lineB] = await Promise.all([a.settled((l) => l.n === 42), b.settled((l) => l.n === 42)]);
    expect([lineA.worker, lineB.worker]).toEqual(['w1', 'w2']);
    expect(lineA.raw).toContain('square=1764');
    expect(lineB.raw).toContain('square=1764');
    expect(cluster.computations('square:42')).toHaveLength(1);
  }, 60_000);

  it('a clear in one worker clears for all; a TTL expires for all', async () => {
    const a = client(cluster.wsUrlOf('w1'));
    const b = client(cluster.wsUrlOf('w2'));
    await Promise.all([a.settled(), b.settled()]);
    a.set('n', 7);
    await a.settled((l) => l.n === 7);
    b.set('n', 7);
    await b.settled((l) => l.n === 7);
    expect(cluster.computations('square:7')).toHaveLength(1);
    b.click('clear');
    await b.settled();
    const afterClear = cluster.computations('square:7').length;
    expect(afterClear).toBe(2);
    a.set('name', 'again');
    await a.settled((l) => l.name === 'again');
    expect(cluster.computations('square:7')).toHaveLength(2);

    // shortLived lives 1.5 s: once Redis has dropped it, the next run in the other worker computes it again.
    const shortBefore = cluster.computations('short').length;
    await waitUntil('the short-lived entry to expire in Redis', async () => (await cluster.redis.client.keys('lit-ui:explorer:cache:*')).length <= 1);
    b.set('name', 'later');
    await b.settled((l) => l.name === 'later');
    expect(cluster.computations('short').length).toBe(shortBefore + 1);
  }, 60_000);
});

describe('Redis down', () => {
  it('the app keeps serving from memory with a warning and a degraded health, and writes resume when Redis is back', async () => {
    const c = client(cluster.wsUrlOf('w1'));
    await c.settled();
    await cluster.redis.down();
    c.click('inc');
    c.click('inc');
    const line = await c.settled((l) => l.count === 2);
    expect(line.worker).toBe('w1');
    expect((await cluster.health('w1')).status).toBe('degraded');
    expect(cluster.workers.get('w1')!.output()).toContain('the session store cannot be reached');
    // Redis comes back empty (no persistence): the worker writes its sessions again, without waiting for an input.
    await cluster.redis.start();
    await waitUntil('w1 to report ok', async () => (await cluster.health('w1')).status === 'ok');
    const stored = async () => {
      const rec = await cluster.redis.client.hgetBuffer(`lit-ui:explorer:session:${c.connection.sessionId}`, 'rec');
      return rec ? (deserialize(rec) as { state: { values: [string, unknown][] } }).state.values : [];
    };
    await waitUntil('the session to be written again', async () => (await stored()).some(([k, v]) => k === 'count' && v === 2));
    c.click('inc');
    await c.settled((l) => l.count === 3);
    await waitUntil('the next write', async () => (await stored()).some(([k, v]) => k === 'count' && v === 3));
  }, 60_000);
});

describe('graceful shutdown', () => {
  it('a worker asked to stop under load drains: every session moves to the other worker, nothing lost', async () => {
    const many = Array.from({ length: 10 }, () => client(cluster.wsUrl));
    await Promise.all(many.map((c) => c.settled()));
    const clicks = many.map(() => 0);
    let clicking = true;
    const load = Promise.all(
      many.map(async (c, i) => {
        while (clicking) {
          if (c.clickIfShown('inc')) clicks[i]! += 1;
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
      }),
    );
    const w1 = cluster.workers.get('w1')!;
    expect((await cluster.health('w1')).sessions).toBeGreaterThan(0);
    await w1.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    clicking = false;
    await load;
    const lines = await Promise.all(many.map((c, i) => c.settled((l) => l.count === clicks[i]))).catch((error: unknown) => {
      const logs = [...cluster.workers.values()].map((w) => `${w.id}:\n${w.output().split('\n').slice(-15).join('\n')}`);
      throw new Error(`${(error as Error).message}\n${logs.join('\n')}`);
    });
    expect(lines.map((l) => l.count)).toEqual(clicks);
    expect(lines.every((l) => l.worker === 'w2')).toBe(true);
    expect(many.every((c) => c.newSessions === 1)).toBe(true);
    expect(w1.output()).toContain('"message":"stopped"');
    await cluster.restart('w1');
  }, 90_000);
});
