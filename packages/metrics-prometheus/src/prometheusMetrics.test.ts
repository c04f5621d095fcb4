import { connectInMemory, createRuntime, defineApp } from '@lit-ui/core';
import { Registry } from 'prom-client';
import { describe, expect, it, vi } from 'vitest';
import { createPrometheusMetrics } from './prometheusMetrics.js';

const app = defineApp((st) => {
  if (st.button('Fail', { key: 'fail' })) throw new Error('boom');
  st.text('ok');
});

/** The value of `name{labels}` in an exposition, or undefined. */
function valueOf(body: string, series: string): number | undefined {
  const line = body.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('createPrometheusMetrics', () => {
  it('exposes every lit-ui metric in the Prometheus format, moving with activity', async () => {
    const metrics = createPrometheusMetrics();
    const runtime = createRuntime(app, { metrics: { sink: metrics, token: 't0ken' } });
    const scrape = async () => {
      const response = await runtime.fetch(new Request('http://app.test/_lit-ui/metrics', { headers: { authorization: 'Bearer t0ken' } }));
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      return response.text();
    };
    const before = await scrape();
    expect(valueOf(before, 'lit_ui_sessions{state="live"}')).toBe(0);
    expect(valueOf(before, 'lit_ui_runs_total')).toBe(0);

    let wake: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (wake = resolve));
    const conn = connectInMemory(runtime, {
      context: { url: 'http://app.test/', headers: {}, cookies: {} },
      onMessage: (msg) => msg.type === 'scriptFinished' && wake(),
    });
    await finished;
    conn.send({ type: 'rerunScript', widgets: [{ id: 'nope', value: 1 }], fragmentId: 'x'.repeat(600) });
    conn.disconnect();

    await vi.waitFor(async () => {
      const body = await scrape();
      expect(valueOf(body, 'lit_ui_sessions{state="live"}')).toBe(0);
      expect(valueOf(body, 'lit_ui_sessions{state="disconnected"}')).toBe(1);
      expect(valueOf(body, 'lit_ui_sessions_created_total')).toBe(1);
      expect(valueOf(body, 'lit_ui_runs_total')).toBe(1);
      expect(valueOf(body, 'lit_ui_run_duration_seconds_count')).toBe(1);
      expect(valueOf(body, 'lit_ui_bytes_sent_total')).toBeGreaterThan(100);
      expect(valueOf(body, 'lit_ui_messages_refused_total{reason="InvalidMessage"}')).toBe(1);
      expect(valueOf(body, 'lit_ui_runs_queued')).toBe(0);
      expect(body).toContain('# TYPE lit_ui_run_timeouts_total counter');
    });
    await runtime.close();
  });

  it('registers in a given registry with a prefix, and sums the gauges of several runtimes', async () => {
    const registry = new Registry();
    const metrics = createPrometheusMetrics({ registry, prefix: 'apps_' });
    const one = createRuntime(app, { metrics: { sink: metrics } });
    const two = createRuntime(app, { metrics: { sink: metrics } });
    connectInMemory(one, { onMessage: () => undefined });
    connectInMemory(two, { onMessage: () => undefined });
    expect(valueOf(await registry.metrics(), 'apps_sessions{state="live"}')).toBe(2);
    expect(() => createPrometheusMetrics({ registry, prefix: 'apps_' })).toThrow(/already been registered/);
    await one.close();
    await two.close();
  });
});
