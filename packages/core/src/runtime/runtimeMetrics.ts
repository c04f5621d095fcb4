/** Gauges a metrics sink reads when it is scraped. */
export interface RuntimeGauges {
  /** Sessions with a client connection attached. */
  readonly liveSessions: number;
  /** Sessions waiting for their tab to resume them (within `sessionTtlMs`). */
  readonly disconnectedSessions: number;
  /** Script runs in progress. */
  readonly activeRuns: number;
  /** Script runs waiting for a free `maxConcurrentRuns` slot. */
  readonly queuedRuns: number;
  /**
   * Bytes on their way to clients that have not taken them yet: held by the
   * transports (`bufferedBytes`) plus the sessions' outbound queues of
   * lagging clients (see the `backpressure` option). Bounded per client.
   */
  readonly outboundBytes: number;
}

/** Text a metrics endpoint answers with (e.g. Prometheus' exposition format). */
export interface MetricsExposition {
  /** The response's `Content-Type`, e.g. `'text/plain; version=0.0.4'`. */
  readonly contentType: string;
  /** The response body. */
  readonly body: string;
}

/**
 * The runtime's metrics seam: what happened, told as it happens, so that a
 * metrics library outside core (Prometheus through `@lit-ui/metrics-prometheus`,
 * or anything else) can count it. Every member is optional; none may throw
 * (a sink that throws is caught and reported through the `logger`).
 *
 * @example
 * const seen: string[] = [];
 * createRuntime(app, { metrics: { sink: { messageRefused: (reason) => seen.push(reason) } } });
 */
export interface MetricsSink {
  /** Called once per runtime with a reader of its gauges; read it when scraped. */
  observe?(read: () => RuntimeGauges): void;
  /** A new session was created. */
  sessionCreated?(): void;
  /** A disconnected session was closed early to make room for a live visitor (`maxSessions`, `maxSessionsPerIp`). */
  sessionEvicted?(): void;
  /** A script run (or fragment run) ended after `durationMs` (from the moment it got its run slot). */
  runFinished?(durationMs: number): void;
  /** A run exceeded `runTimeoutMs`. */
  runTimedOut?(): void;
  /** A frame of `bytes` bytes went to a client (as the transport reports it). */
  bytesSent?(bytes: number): void;
  /**
   * A message or connection was refused; `reason` is the stable error code
   * (`InvalidMessage`, `MessageTooLarge`, `OriginRefused`, `TooManySessions`,
   * `HelloTimeout`, `ResumeRefused`, …).
   */
  messageRefused?(reason: string): void;
  /** The endpoint's answer: called for `GET <mount>/_lit-ui/metrics` when the runtime's `metrics.token` is set. */
  scrape?(): MetricsExposition | Promise<MetricsExposition>;
}

/** Runtime option `metrics`. */
export interface MetricsOptions {
  /** Where the runtime reports what happens. */
  readonly sink: MetricsSink;
  /**
   * Serve `sink.scrape()` at `<mount>/_lit-ui/metrics` to requests with
   * `Authorization: Bearer <token>` (others get 401). Absent: no endpoint
   * (404); the host can still expose the sink's registry itself.
   */
  readonly token?: string;
}

/**
 * The sink the runtime calls: each event forwarded to `sink` when it has
 * that member, an exception from it logged (never thrown into the runtime).
 */
export type MetricsEvents = Required<Omit<MetricsSink, 'observe' | 'scrape'>>;

/** Wraps `sink` so every call is safe: missing members do nothing, a throwing member is logged. */
export function metricsEvents(sink: MetricsSink | undefined, onError: (error: unknown) => void): MetricsEvents {
  const guard = (event: () => void): void => {
    try {
      event();
    } catch (error) {
      onError(error);
    }
  };
  return {
    sessionCreated: () => guard(() => sink?.sessionCreated?.()),
    sessionEvicted: () => guard(() => sink?.sessionEvicted?.()),
    runFinished: (durationMs) => guard(() => sink?.runFinished?.(durationMs)),
    runTimedOut: () => guard(() => sink?.runTimedOut?.()),
    bytesSent: (bytes) => guard(() => sink?.bytesSent?.(bytes)),
    messageRefused: (reason) => guard(() => sink?.messageRefused?.(reason)),
  };
}
