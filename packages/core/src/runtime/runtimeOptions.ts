import type { App, AppScript } from '../app.js';
import type { OriginCheck, OriginRequest } from '../access/checkOrigin.js';
import type { IdentifyUser } from '../access/sessionToken.js';
import type { AuthRoutes } from '../auth/user.js';
import type { ErrorDetailsLevel } from '../elements/exception.js';
import type { Scheduler } from '../protocol/scheduler.js';
import type { OfferedTransport } from '../protocol/httpStream.js';
import type { MediaHasher } from '../media/mediaHash.js';
import type { MediaStorage } from '../media/mediaStorage.js';
import type { ConnectionHandle, ServerConnection } from '../protocol/transport.js';
import type { FetchInfo, HttpStreamOptions } from '../transport/httpStream/httpStreamTransport.js';
import type { BackpressureOptions } from './outboundBuffer.js';
import type { MetricsOptions } from './runtimeMetrics.js';
import type { CacheStore } from '../store/cacheStore.js';
import type { PubSub } from '../store/pubSub.js';
import type { SessionStore } from '../store/sessionStore.js';

export { systemScheduler } from '../protocol/scheduler.js';
export type { Scheduler } from '../protocol/scheduler.js';

/** Where the library reports what it does not throw. Nothing is logged without one. */
export interface Logger {
  /** Routine events, e.g. a disconnected session closed early to make room. */
  info?(message: string, details?: unknown): void;
  /** Something refused or unexpected that the runtime handled. */
  warn(message: string, details?: unknown): void;
  /** A failure: an uncaught script error (the error in `details`), a throwing metrics sink. */
  error(message: string, details?: unknown): void;
}

/**
 * A per-connection token bucket for incoming frames: each frame costs its
 * length in bytes (at least 256); the bucket refills at `bytesPerSecond` up
 * to `burstBytes`. A frame the bucket cannot pay for is refused with
 * `RateLimited` without being parsed, so one flooding client cannot slow
 * the others down. The defaults are far above what a browser sends.
 */
export interface InboundRateOptions {
  /** Sustained inbound bytes per second per connection. Default 1 048 576. */
  bytesPerSecond?: number;
  /** Most bytes a connection may send at once after being quiet. Default 4 194 304 (at least `maxMessageBytes`). */
  burstBytes?: number;
  /** Refused frames in a row after which the connection is closed with 1008 (policy violation). Default 32. */
  closeAfterRefusals?: number;
}

/** How the processes of one app share sessions (see docs/deployment.md). */
export interface ClusterOptions {
  /** This process's name in the stores and logs. Default: a random id. */
  workerId?: string;
  /** How long a process taking a session over waits for its holder to hand it over, in ms. Default 1000. */
  handoffTimeoutMs?: number;
  /** How often a process whose store fails tries it again, in ms. Default 1000. */
  storeRetryMs?: number;
  /** How long `drain()` waits for runs in progress and writes, in ms. Default 10 000. */
  drainTimeoutMs?: number;
}

/**
 * Options of `createRuntime`. Every field is optional; the defaults are
 * safe for a public deployment. docs/operations.md lists every guardrail
 * with its default and the refusal it produces.
 */
export interface RuntimeOptions {
  /** How long a disconnected session waits for its tab to resume it, in ms. Default 120 000. */
  sessionTtlMs?: number;
  /**
   * Most ForwardMsgs a session keeps for replay after a reconnect. The client
   * acknowledges what it applied and those are dropped; a gap older than what
   * is kept gets an empty snapshot and a rerun instead (docs/protocol.md). Default 4096.
   */
  replayLimit?: number;
  /** Most bytes (UTF-16 code units of their JSON) of ForwardMsgs a session keeps for replay, as `replayLimit`. Default 262 144 (256 KiB). */
  replayLimitBytes?: number;
  /** Delay before the client fades unconfirmed elements of a running script, in ms. Default 400. */
  staleDelayMs?: number;
  /** Client-side debounce of rapid widget input, in ms. Default 120. */
  debounceMs?: number;
  /**
   * How much of an uncaught error the page shows, as Streamlit's
   * `client.showErrorDetails`: `'full'` (type, message, stack), `'stacktrace'`
   * (type and stack, a generic message), `'type'` (type, a generic message),
   * `'none'` (a generic message). Below `'full'` the error is logged through
   * `logger` with a correlation id that the page shows. `true` means `'full'`;
   * `false` means `'type'` (no message, no stack). Default `'none'` when
   * `NODE_ENV` is `'production'`, else `'full'`.
   */
  showErrorDetails?: boolean | ErrorDetailsLevel;
  /**
   * Most sessions at once (connected or waiting for a resume). At the limit,
   * the session disconnected longest ago is closed to make room for a new
   * visitor; when every session is connected, the new connection is closed
   * with `CloseCode.tooManySessions` (4429). Default unlimited.
   */
  maxSessions?: number;
  /** Most open connections from one client address (`RequestContext.ip`), counted before `hello` too; beyond it 4429. Default 100. */
  maxConnectionsPerIp?: number;
  /**
   * Most sessions (connected or not) per client address; at the limit that
   * address's session disconnected longest ago yields, else 4429. Default 100.
   */
  maxSessionsPerIp?: number;
  /** A connection that sends no valid `hello` within this time is closed with `CloseCode.helloTimeout` (4408), in ms. Default 10 000. */
  helloTimeoutMs?: number;
  /**
   * Most script runs in progress at once across sessions; further runs wait
   * their turn (first come, first served) and their sessions are sent
   * `sessionStatus { state: 'queued' }`. Default unlimited.
   */
  maxConcurrentRuns?: number;
  /**
   * A run still going after this many ms is ended for its session: `st.signal`
   * aborts, a `RunTimeout` exception is shown, the session moves on, and the
   * script's later `st.*` calls are refused. Default none.
   */
  runTimeoutMs?: number;
  /**
   * How long a run ended by `runTimeoutMs` (or by its session closing) keeps
   * its `maxConcurrentRuns` slot while its script winds down, in ms. Default 1000.
   */
  runAbandonGraceMs?: number;
  /** Largest accepted BackMsg frame, in bytes (UTF-16 length of the text). Default 1 048 576. */
  maxMessageBytes?: number;
  /**
   * Deepest accepted nesting of arrays and objects in a BackMsg (the message
   * itself is level 1, a widget value starts at level 4). Deeper frames are
   * refused with `InvalidMessage` before they are parsed. Default 64.
   */
  maxMessageDepth?: number;
  /** Per-connection budget for incoming frames. */
  inboundRate?: InboundRateOptions;
  /**
   * Origins allowed to connect and to send HTTP requests other than GET/HEAD,
   * besides the server's own (which is always allowed), e.g.
   * `['https://portal.example.com']` for a page on another origin that
   * embeds the app. Case, default ports and a trailing slash do not matter;
   * `'*'` allows any origin (turns the check off). A request without an
   * `Origin` header (not a browser) is allowed. Refusals: HTTP 403 on
   * upgrades and requests, `CloseCode.originRefused` (4403) on an open connection.
   * Default `[]` (same origin only).
   */
  allowedOrigins?: readonly string[];
  /**
   * Take the server's own origin from `X-Forwarded-Proto` / `X-Forwarded-Host`
   * (only behind a proxy you control: clients can send these headers). Default false.
   */
  trustProxy?: boolean;
  /**
   * The identity a session is bound to, from the user the host authenticated
   * (`RequestContext.user`, e.g. the adapter's `getUser`): a session is
   * resumed only by a connection whose user gives the same string. Default: a
   * content hash of the user value as JSON (give this option when the user
   * value holds fields that change between requests, e.g. `(u) => u.id`).
   */
  identifyUser?: IdentifyUser;
  /**
   * The app's secrets, as `st.secrets` reads them: an object of keys and tables, as a parsed `secrets.toml`
   * (read one with `readSecretsFile` of `@lit-ui/core/node`; the adapters read `.lit-ui/secrets.toml` or
   * `.streamlit/secrets.toml` of the working directory by default, see docs/secrets.md). Server-side only:
   * never sent to the browser. Default `{}`.
   */
  secrets?: Readonly<Record<string, unknown>>;
  /**
   * Where `st.login()` and `st.logout()` send the browser: routes of the host app, which does the
   * authentication (lit-ui reads identity through the adapter's `getUser`, it does not implement OIDC).
   * Without a route, the call raises `AuthNotConfigured`. See docs/auth.md.
   */
  auth?: AuthRoutes;
  /**
   * Outbound backpressure (DESIGN): a client that reads more slowly than the
   * app writes gets one composed update per delta path instead of a backlog,
   * and is disconnected (1013, it resumes) when even that grows past
   * `maxQueuedBytes`. Its fields: `BackpressureOptions`.
   */
  backpressure?: BackpressureOptions;
  /**
   * The HTTP streaming transport served by `runtime.fetch` (server-sent
   * events down, POSTs up; docs/transports.md): keep-alive interval and POST
   * limits, or `false` to serve WebSocket only. Default on.
   */
  httpStream?: HttpStreamOptions | false;
  /** Metrics: a sink for counters and gauges, and the token of the `/_lit-ui/metrics` endpoint. Default off. */
  metrics?: MetricsOptions;
  /**
   * Largest uploaded file, in bytes, for uploaders without their own
   * `maxUploadSize` (as Streamlit's `server.maxUploadSize`). Enforced while
   * the file streams in: a larger one is refused with HTTP 413. Default 200 MB (209 715 200).
   */
  maxUploadBytes?: number;
  /** The media manager: where media, downloads and uploads are kept (see docs/files-and-media.md). */
  media?: MediaOptions;
  /** Where warnings and internal errors go. Default: nowhere. */
  logger?: Logger;
  /** Timers and clock of every session (flushes, timeouts, fragment timers, `st.spinner`'s delay). Default `systemScheduler`. */
  scheduler?: Scheduler;
  /** Session id source. Default nanoid(21). */
  createSessionId?: () => string;
  /**
   * Where sessions are kept so that another process can take them over (a
   * worker that died or drains, no sticky routing): written after runs,
   * inputs written ahead of their acks. Default: none, sessions live in
   * this process only. `createRedisStores(...)` of `@lit-ui/store-redis` makes one.
   */
  sessionStore?: SessionStore;
  /**
   * Where `cacheData` keeps results. `cacheData` is module-level, so this
   * is process-wide: set when the runtime is created, put back to memory
   * when it closes; two runtimes of one process must share it. Default: memory.
   */
  cacheStore?: CacheStore;
  /** Messages between the processes of the app (reruns, handoffs). Default: within this process. */
  pubSub?: PubSub;
  /** Timings of the session store's use. */
  cluster?: ClusterOptions;
}

/** Options of the runtime's media manager (`RuntimeOptions.media`). */
export interface MediaOptions {
  /** Where bytes are kept. Default: in memory ({@link createMemoryMediaStorage}); `createDiskMediaStorage()` from `@lit-ui/core/node` keeps them in a temporary folder. */
  storage?: MediaStorage;
  /** Most bytes held at once, media and uploads together; unreferenced files are freed first when full. Default 512 MiB (536 870 912). */
  maxBytes?: number;
  /** How long a file no session references is kept (covers a reconnect, a reload, a late fetch), in ms. Default 60 000. */
  graceMs?: number;
  /** Computes content ids. Default: HMAC-SHA-256 through Node's `node:crypto` (needed on other runtimes). */
  hasher?: MediaHasher;
}

/** Options of {@link Runtime.connect}. */
export interface ConnectOptions {
  /** A session id the transport learned out of band; `hello.sessionId` wins. */
  sessionId?: string;
  /** The token of that session (never from a URL); `hello.sessionToken` wins. */
  sessionToken?: string;
}

/**
 * Owns the app script and every AppSession, as Streamlit's Runtime. A
 * transport calls `connect` per client connection; an adapter routes HTTP
 * requests under the mount path to `fetch`.
 */
export interface Runtime {
  /** Binds a new client connection; the session is chosen by the client's `hello`. */
  connect(conn: ServerConnection, options?: ConnectOptions): ConnectionHandle;
  /**
   * Handles the runtime's HTTP routes (`<mount>/_lit-ui/...`: health, the
   * metrics endpoint when `metrics.token` is set, media, uploads).
   * `request.url`'s path must already be relative to the mount (adapters
   * strip the mount path). Every request other than GET/HEAD must pass the
   * origin rule (403 with the reason otherwise). Resolves to a 404 Response
   * for unknown routes; never rejects for bad input. Also serves the HTTP
   * streaming transport (`/_lit-ui/stream`, `/_lit-ui/send`) unless the
   * `httpStream` option is `false`.
   *
   * @param request - The request, its URL relative to the mount.
   * @param info - What the host knows beyond the `Request`: the client's
   *   address and who it authenticated (`getUser`, asked when a stream opens).
   */
  fetch(request: Request, info?: FetchInfo): Promise<Response>;
  /**
   * Announces that a transport serves this runtime, so the health route
   * lists it in `transports` and clients pick it (`@lit-ui/transport-ws`
   * calls it when attached). HTTP streaming is listed by itself. Optional,
   * so that a runtime stand-in (a test double, a proxy) need not have it.
   *
   * @param name - The transport's name.
   * @returns A function that withdraws the offer (when the transport closes).
   */
  offerTransport?(name: OfferedTransport): () => void;
  /**
   * The transports serving this runtime now, in order of preference (what
   * the health route lists as `transports`): the host page names them on
   * `<lit-ui-app offers>`, so the page connects without asking the health
   * route first. Optional, as `offerTransport`.
   *
   * @returns `'ws'` when a WebSocket transport is attached, `'ws-mux'` when it also serves the server's
   *   shared endpoint, then `'http-stream'` unless turned off.
   */
  offeredTransports?(): readonly OfferedTransport[];
  /**
   * The runtime's origin rule (same origin, plus `allowedOrigins`; a request
   * without `Origin` passes), for transports that check before accepting a
   * connection (a WebSocket upgrade answered 403). Counts refusals in metrics.
   *
   * @param request - The request's URL as the server received it (proxy
   *   headers are applied with `trustProxy`) and its headers.
   */
  checkOrigin(request: OriginRequest): OriginCheck;
  /** Number of live sessions (connected or waiting for a resume). */
  readonly sessionCount: number;
  /**
   * Reruns session `sessionId` (after any run in progress), as its
   * `st.session.requestRerun()`: here if this process holds it, else in the
   * process that does (through `pubSub`). Server push from code outside a run.
   */
  requestRerun(sessionId: string): void;
  /**
   * Graceful stop (SIGTERM): takes no new sessions (health says `draining`,
   * 503), lets runs in progress end, writes every session to the session
   * store, then closes each connection with 1012 (service restart), which
   * makes its client reconnect at once, to another process behind the load
   * balancer. Stop accepting connections (`server.close()`) first.
   * Without a session store, sessions are closed the same way and lost.
   */
  drain(): Promise<void>;
  /**
   * Run on save: swaps in the app's new code and reruns every session with
   * it, as Streamlit's `runOnSave`. Each session keeps its session state and
   * widget values (widgets whose id is unchanged keep their value); keys of
   * the new app's `initialState` that a session lacks are added. A run in
   * progress is interrupted. New sessions start with the new code. Clears a
   * {@link Runtime.reloadFailed} error. Optional, as `offerTransport`;
   * `runOnSave` of `@lit-ui/core/node` calls it.
   *
   * @param app - The app as the edited module now exports it.
   */
  reloadApp?<State extends object>(app: App<State> | AppScript<State>): void;
  /**
   * Run on save: the app's edited module failed to load (a syntax error, an
   * import that throws). Every session reruns the code that last loaded with
   * an exception element at the top of the page (code `AppReloadFailed`,
   * with `error`'s message), as Streamlit shows a script's compile error, and
   * so does every new session until the next {@link Runtime.reloadApp}.
   * Optional, as `offerTransport`.
   *
   * @param error - What loading the module threw.
   */
  reloadFailed?(error: unknown): void;
  /** Ends every session (their background tasks are aborted) and stops timers. */
  close(): Promise<void>;
}
