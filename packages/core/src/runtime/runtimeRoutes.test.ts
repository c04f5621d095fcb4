import { describe, expect, it, vi } from 'vitest';
import { defineApp } from '../app.js';
import { createRuntime } from './runtime.js';
import type { MetricsSink, RuntimeGauges } from './runtimeMetrics.js';
import { context, openConnection } from './testConnection.js';

const app = defineApp((st) => {
  st.text('hello');
});

/** A sink that counts what it is told and scrapes as `name value` lines. */
function countingSink() {
  const counts: Record<string, number> = {};
  let gauges: (() => RuntimeGauges) | undefined;
  const add = (name: string, by = 1) => (counts[name] = (counts[name] ?? 0) + by);
  const sink: MetricsSink = {
    observe: (read) => (gauges = read),
    sessionCreated: () => add('sessions_created'),
    runFinished: () => add('runs'),
    bytesSent: (bytes) => add('bytes', bytes),
    messageRefused: (reason) => add(`refused_${reason}`),
    scrape: () => ({
      contentType: 'text/plain; version=0.0.4',
      body: Object.entries({ ...counts, ...gauges?.() })
        .map(([k, v]) => `${k} ${v}`)
        .join('\n'),
    }),
  };
  return { sink, counts };
}

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://app.test${path}`, { headers });

describe('runtime HTTP routes', () => {
  it('the metrics endpoint is off by default (404), even with a sink but no token', async () => {
    expect((await createRuntime(app).fetch(get('/_lit-ui/metrics'))).status).toBe(404);
    const { sink } = countingSink();
    expect((await createRuntime(app, { metrics: { sink } }).fetch(get('/_lit-ui/metrics'))).status).toBe(404);
  });

  it('asks for the bearer token (401) and serves the sink’s exposition with it; counts move with activity', async () => {
    const { sink } = countingSink();
    const runtime = createRuntime(app, { metrics: { sink, token: 's3cret-token' } });
    const none = await runtime.fetch(get('/_lit-ui/metrics'));
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await runtime.fetch(get('/_lit-ui/metrics', { authorization: 'Bearer wrong' }))).status).toBe(401);

    const scrape = async () => {
      const response = await runtime.fetch(get('/_lit-ui/metrics', { authorization: 'Bearer s3cret-token' }));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      return Object.fromEntries(
        (await response.text())
          .split('\n')
          .map((line) => line.split(' '))
          .map(([k, v]): [string, number] => [k ?? '', Number(v)]),
      );
    };
    const before = await scrape();
    expect(before).toMatchObject({ liveSessions: 0, disconnectedSessions: 0 });

    const a = openConnection(runtime);
    a.hello();
    await a.runFinished();
    a.handle.receive('not json');
    const b = openConnection(runtime);
    b.hello();
    await b.runFinished();
    b.drop();
    // A run's duration is reported once its slot is released, just after its last message.
    await vi.waitFor(async () => {
      const after = await scrape();
      expect(after).toMatchObject({ sessions_created: 2, runs: 2, liveSessions: 1, disconnectedSessions: 1, refused_InvalidMessage: 1 });
      expect(after['bytes']).toBeGreaterThan(100);
    });
    await runtime.close();
  });

  it('refuses a POST from a foreign origin with 403 and counts it; a same-origin POST reaches routing (the upload route, which wants the session headers)', async () => {
    const { sink, counts } = countingSink();
    const runtime = createRuntime(app, { metrics: { sink } });
    const foreign = await runtime.fetch(
      new Request('http://app.test/_lit-ui/upload', { method: 'POST', headers: { origin: 'https://evil.test' }, body: 'x' }),
    );
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain("'https://evil.test'");
    expect(counts['refused_OriginRefused']).toBe(1);
    const own = await runtime.fetch(
      new Request('http://app.test/_lit-ui/upload', { method: 'POST', headers: { origin: 'http://app.test/' }, body: 'x' }),
    );
    expect(own.status).toBe(403);
    expect(((await own.json()) as { code: string }).code).toBe('UploadForbidden');
    const health = await runtime.fetch(get('/_lit-ui/health', { origin: 'https://evil.test' }));
    expect(health.status).toBe(200);
  });

  it('a sink that throws is logged and never breaks the runtime', async () => {
    const errors: string[] = [];
    const runtime = createRuntime(app, {
      logger: { warn: () => undefined, error: (message) => errors.push(message) },
      metrics: {
        sink: {
          sessionCreated: () => {
            throw new Error('sink down');
          },
        },
      },
    });
    const a = openConnection(runtime, context());
    a.hello();
    await a.runFinished();
    expect(a.texts()).toEqual(['hello']);
    expect(errors).toContain('lit-ui: the metrics sink threw');
    await runtime.close();
  });
});
