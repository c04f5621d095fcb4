import { nanoid } from 'nanoid';
import type { AuthRoutes } from '../auth/user.js';
import { createSecrets, type Secrets } from '../secrets/secrets.js';
import { normalizeAllowedOrigins } from '../access/checkOrigin.js';
import type { IdentifyUser } from '../access/sessionToken.js';
import { ERROR_DETAILS_LEVELS, type ErrorDetailsLevel } from '../elements/exception.js';
import { ErrorCode, LitUiError } from '../errors.js';
import type { CacheStore } from '../store/cacheStore.js';
import type { PubSub } from '../store/pubSub.js';
import type { SessionStore } from '../store/sessionStore.js';
import type { HttpStreamOptions } from '../transport/httpStream/httpStreamTransport.js';
import type { BackpressureOptions } from './outboundBuffer.js';
import { createMediaHasher } from '../media/mediaHash.js';
import { MediaManager } from '../media/mediaManager.js';
import { createMemoryMediaStorage } from '../media/mediaStorage.js';
import { RunSlots } from './runSlots.js';
import { metricsEvents, type MetricsEvents, type MetricsOptions } from './runtimeMetrics.js';
import { systemScheduler, type ClusterOptions, type InboundRateOptions, type Logger, type RuntimeOptions, type Scheduler } from './runtimeOptions.js';

/** RuntimeOptions with every default filled in. */
export interface ResolvedRuntimeOptions {
  readonly sessionTtlMs: number;
  readonly replayLimit: number;
  readonly replayLimitBytes: number;
  readonly staleDelayMs: number;
  readonly debounceMs: number;
  readonly showErrorDetails: ErrorDetailsLevel;
  readonly maxSessions: number;
  readonly maxConnectionsPerIp: number;
  readonly maxSessionsPerIp: number;
  readonly helloTimeoutMs: number;
  readonly runTimeoutMs: number | undefined;
  readonly runAbandonGraceMs: number;
  readonly maxMessageBytes: number;
  readonly maxMessageDepth: number;
  readonly inboundRate: Readonly<Required<InboundRateOptions>>;
  readonly backpressure: Required<BackpressureOptions>;
  /** The HTTP streaming transport's settings; `false` when it is off. */
  readonly httpStream: Required<HttpStreamOptions> | false;
  /** `allowedOrigins`, normalised. */
  readonly allowedOrigins: ReadonlySet<string>;
  readonly trustProxy: boolean;
  readonly identifyUser: IdentifyUser | undefined;
  /** `st.secrets`, made once from the `secrets` option and shared by every session. */
  readonly secrets: Secrets;
  /** The host's login and logout routes (`st.login`, `st.logout`). */
  readonly auth: AuthRoutes | undefined;
  readonly metricsOptions: MetricsOptions | undefined;
  /** The metrics sink's events, safe to call (no-ops without a sink). */
  readonly metrics: MetricsEvents;
  readonly logger: Logger | undefined;
  readonly scheduler: Scheduler;
  readonly createSessionId: () => string;
  readonly maxUploadBytes: number;
  /** Shared by every session of a runtime: the media files they reference and upload. */
  readonly media: MediaManager;
  /** Shared by every session of a runtime: at most `maxConcurrentRuns` runs at once. */
  readonly runSlots: RunSlots;
  readonly sessionStore: SessionStore | undefined;
  readonly cacheStore: CacheStore | undefined;
  readonly pubSub: PubSub | undefined;
  readonly cluster: Readonly<Required<ClusterOptions>>;
}

/** `NODE_ENV` when the platform has a `process` (Node, Bun, bundlers' shims), read without importing `node:`. */
function nodeEnv(): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.['NODE_ENV'];
}

/**
 * The level of `showErrorDetails`: booleans map as documented (`true` → `'full'`;
 * `false` → `'type'`, unlike Streamlit's `'stacktrace'`: lit-ui's `false`
 * never sent stacks); absent → `'none'` in production, `'full'` otherwise.
 *
 * @throws LitUiError `InvalidOption` for an unknown level.
 */
export function errorDetailsLevel(value: boolean | ErrorDetailsLevel | undefined, env = nodeEnv()): ErrorDetailsLevel {
  if (value === undefined) return env === 'production' ? 'none' : 'full';
  if (value === true) return 'full';
  if (value === false) return 'type';
  if (!ERROR_DETAILS_LEVELS.includes(value)) {
    throw new LitUiError(
      ErrorCode.InvalidOption,
      `showErrorDetails: '${String(value)}' is not one of ${ERROR_DETAILS_LEVELS.join(', ')} (or a boolean).`,
    );
  }
  return value;
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value > 0)) throw new LitUiError(ErrorCode.InvalidOption, `${name} must be a positive number (got ${String(value)}).`);
  return value;
}

function origins(allowed: readonly string[] | undefined): ReadonlySet<string> {
  try {
    return normalizeAllowedOrigins(allowed);
  } catch (error) {
    throw new LitUiError(ErrorCode.InvalidOption, (error as Error).message);
  }
}

function httpStreamOptions(options: HttpStreamOptions | false | undefined, maxMessageBytes: number): Required<HttpStreamOptions> | false {
  if (options === false) return false;
  const keepAliveMs = options?.keepAliveMs ?? 15_000;
  if (!(keepAliveMs >= 0)) throw new LitUiError(ErrorCode.InvalidOption, `httpStream.keepAliveMs must be 0 or more (got ${String(keepAliveMs)}).`);
  return {
    keepAliveMs,
    maxPostBytes: positive('httpStream.maxPostBytes', options?.maxPostBytes, maxMessageBytes + 64 * 1024),
    maxFramesPerPost: positive('httpStream.maxFramesPerPost', options?.maxFramesPerPost, 1000),
  };
}

/**
 * Fills in the defaults of {@link RuntimeOptions}.
 *
 * @throws LitUiError `InvalidOption` for an invalid `showErrorDetails`, `allowedOrigins` entry or limit.
 */
export function resolveOptions(options: RuntimeOptions = {}): ResolvedRuntimeOptions {
  const maxMessageBytes = options.maxMessageBytes ?? 1_048_576;
  const logger = options.logger;
  const scheduler = options.scheduler ?? systemScheduler;
  const { storage, maxBytes, graceMs, hasher } = options.media ?? {};
  return {
    sessionTtlMs: options.sessionTtlMs ?? 120_000,
    replayLimit: options.replayLimit ?? 4096,
    replayLimitBytes: options.replayLimitBytes ?? 262_144,
    staleDelayMs: options.staleDelayMs ?? 400,
    debounceMs: options.debounceMs ?? 120,
    showErrorDetails: errorDetailsLevel(options.showErrorDetails),
    maxSessions: positive('maxSessions', options.maxSessions, Infinity),
    maxConnectionsPerIp: positive('maxConnectionsPerIp', options.maxConnectionsPerIp, 100),
    maxSessionsPerIp: positive('maxSessionsPerIp', options.maxSessionsPerIp, 100),
    helloTimeoutMs: positive('helloTimeoutMs', options.helloTimeoutMs, 10_000),
    runTimeoutMs: options.runTimeoutMs,
    runAbandonGraceMs: options.runAbandonGraceMs ?? 1000,
    maxMessageBytes,
    maxMessageDepth: options.maxMessageDepth ?? 64,
    inboundRate: {
      bytesPerSecond: options.inboundRate?.bytesPerSecond ?? 1_048_576,
      burstBytes: Math.max(options.inboundRate?.burstBytes ?? 4_194_304, maxMessageBytes),
      closeAfterRefusals: options.inboundRate?.closeAfterRefusals ?? 32,
    },
    httpStream: httpStreamOptions(options.httpStream, maxMessageBytes),
    backpressure: {
      lagBytes: positive('backpressure.lagBytes', options.backpressure?.lagBytes, 262_144),
      maxQueuedBytes: positive('backpressure.maxQueuedBytes', options.backpressure?.maxQueuedBytes, 8_388_608),
      pollMs: positive('backpressure.pollMs', options.backpressure?.pollMs, 25),
    },
    allowedOrigins: origins(options.allowedOrigins),
    trustProxy: options.trustProxy ?? false,
    identifyUser: options.identifyUser,
    secrets: createSecrets(options.secrets),
    auth: options.auth,
    metricsOptions: options.metrics,
    metrics: metricsEvents(options.metrics?.sink, (error) => logger?.error('lit-ui: the metrics sink threw', error)),
    logger,
    scheduler,
    createSessionId: options.createSessionId ?? (() => nanoid()),
    maxUploadBytes: options.maxUploadBytes ?? 209_715_200,
    media: new MediaManager({
      storage: storage ?? createMemoryMediaStorage(),
      maxBytes: maxBytes ?? 536_870_912,
      graceMs: graceMs ?? 60_000,
      hasher: hasher ? () => hasher : createMediaHasher,
      scheduler,
      logger: options.logger,
    }),
    runSlots: new RunSlots(options.maxConcurrentRuns ?? Infinity),
    sessionStore: options.sessionStore,
    cacheStore: options.cacheStore,
    pubSub: options.pubSub,
    cluster: {
      workerId: options.cluster?.workerId ?? nanoid(10),
      handoffTimeoutMs: options.cluster?.handoffTimeoutMs ?? 1000,
      storeRetryMs: options.cluster?.storeRetryMs ?? 1000,
      drainTimeoutMs: options.cluster?.drainTimeoutMs ?? 10_000,
    },
  };
}
