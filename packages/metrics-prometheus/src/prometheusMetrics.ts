import type { MetricsExposition, MetricsSink, RuntimeGauges } from '@lit-ui/core';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Options of {@link createPrometheusMetrics}. */
export interface PrometheusMetricsOptions {
  /**
   * Registry the metrics are registered in. Default: a new registry holding
   * only lit-ui's metrics. Pass prom-client's global `register` to serve them
   * with the process's other metrics from your own endpoint.
   */
  readonly registry?: Registry;
  /** Prefix of every metric name. Default `'lit_ui_'`. */
  readonly prefix?: string;
  /** Buckets of the run-duration histogram, in seconds. Default 5 ms … 60 s. */
  readonly runDurationBuckets?: readonly number[];
}

/** A lit-ui metrics sink backed by prom-client; give it to the runtime's `metrics.sink`. */
export interface PrometheusMetrics extends MetricsSink {
  /** The registry holding the metrics. */
  readonly registry: Registry;
}

const DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * Prometheus metrics of lit-ui runtimes, through prom-client:
 *
 * | metric | type | meaning |
 * |---|---|---|
 * | `lit_ui_sessions{state="live"\|"disconnected"}` | gauge | sessions with a client, and waiting for a resume |
 * | `lit_ui_sessions_created_total` | counter | sessions created |
 * | `lit_ui_sessions_evicted_total` | counter | disconnected sessions closed early for a new visitor |
 * | `lit_ui_runs_total` | counter | script and fragment runs finished |
 * | `lit_ui_run_duration_seconds` | histogram | run durations, from getting a run slot to the end |
 * | `lit_ui_runs_active` / `lit_ui_runs_queued` | gauge | runs in progress / waiting for a `maxConcurrentRuns` slot |
 * | `lit_ui_outbound_bytes` | gauge | bytes waiting to reach clients (transport buffers, queues of lagging clients) |
 * | `lit_ui_run_timeouts_total` | counter | runs that exceeded `runTimeoutMs` |
 * | `lit_ui_bytes_sent_total` | counter | bytes of frames sent to clients |
 * | `lit_ui_messages_refused_total{reason}` | counter | refused messages and connections by error code |
 *
 * One sink may serve several runtimes (gauges are summed).
 *
 * @param options - Registry, name prefix and histogram buckets.
 * @returns A {@link PrometheusMetrics} sink.
 * @throws Error from prom-client when the registry already holds metrics of these names (use another `prefix`).
 * @example
 * const metrics = createPrometheusMetrics();
 * app.use('/explorer', liteUi(script, { metrics: { sink: metrics, token: process.env.METRICS_TOKEN } }));
 * // GET /explorer/_lit-ui/metrics with "Authorization: Bearer <token>"
 */
export function createPrometheusMetrics(options: PrometheusMetricsOptions = {}): PrometheusMetrics {
  const registry = options.registry ?? new Registry();
  const prefix = options.prefix ?? 'lit_ui_';
  const registers = [registry];
  const readers = new Set<() => RuntimeGauges>();
  const total = (key: keyof RuntimeGauges): number => [...readers].reduce((sum, read) => sum + read()[key], 0);

  new Gauge({
    name: `${prefix}sessions`,
    help: 'Sessions by state: live (a client is connected) or disconnected (waiting for a resume).',
    labelNames: ['state'],
    registers,
    collect() {
      this.set({ state: 'live' }, total('liveSessions'));
      this.set({ state: 'disconnected' }, total('disconnectedSessions'));
    },
  });
  new Gauge({
    name: `${prefix}runs_active`,
    help: 'Script runs in progress.',
    registers,
    collect() {
      this.set(total('activeRuns'));
    },
  });
  new Gauge({
    name: `${prefix}runs_queued`,
    help: 'Script runs waiting for a free maxConcurrentRuns slot.',
    registers,
    collect() {
      this.set(total('queuedRuns'));
    },
  });
  new Gauge({
    name: `${prefix}outbound_bytes`,
    help: 'Bytes on their way to clients that have not taken them yet (transport buffers and the outbound queues of lagging clients).',
    registers,
    collect() {
      this.set(total('outboundBytes'));
    },
  });
  const created = new Counter({ name: `${prefix}sessions_created_total`, help: 'Sessions created.', registers });
  const evicted = new Counter({
    name: `${prefix}sessions_evicted_total`,
    help: 'Disconnected sessions closed early to make room for a new visitor.',
    registers,
  });
  const runs = new Counter({ name: `${prefix}runs_total`, help: 'Script and fragment runs finished.', registers });
  const durations = new Histogram({
    name: `${prefix}run_duration_seconds`,
    help: 'Duration of script and fragment runs, from getting a run slot to the end.',
    buckets: [...(options.runDurationBuckets ?? DEFAULT_BUCKETS)],
    registers,
  });
  const timeouts = new Counter({ name: `${prefix}run_timeouts_total`, help: 'Runs that exceeded runTimeoutMs.', registers });
  const bytes = new Counter({ name: `${prefix}bytes_sent_total`, help: 'Bytes of frames sent to clients.', registers });
  const refused = new Counter({
    name: `${prefix}messages_refused_total`,
    help: 'Messages and connections refused, by error code.',
    labelNames: ['reason'],
    registers,
  });

  return {
    registry,
    observe: (read) => void readers.add(read),
    sessionCreated: () => created.inc(),
    sessionEvicted: () => evicted.inc(),
    runFinished: (durationMs) => {
      runs.inc();
      durations.observe(durationMs / 1000);
    },
    runTimedOut: () => timeouts.inc(),
    bytesSent: (n) => bytes.inc(n),
    messageRefused: (reason) => refused.inc({ reason }),
    scrape: async (): Promise<MetricsExposition> => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
