import { checkOrigin, type OriginCheck, type OriginRequest } from '../access/checkOrigin.js';
import { userIdentity } from '../access/sessionToken.js';
import { toApp, type App, type AppScript } from '../app.js';
import { ErrorCode } from '../errors.js';
import type { BackMsg, HelloMsg } from '../protocol/backMsg.js';
import { SESSION_ID_HEADER, SESSION_TOKEN_HEADER } from '../protocol/sessionHeaders.js';
import { PROTOCOL_VERSION, type ErrorMsg } from '../protocol/forwardMsg.js';
import type { OfferedTransport } from '../protocol/httpStream.js';
import { CloseCode, type ConnectionHandle, type ServerConnection } from '../protocol/transport.js';
import { createHttpStreamTransport, type FetchInfo, type HttpStreamTransport } from '../transport/httpStream/httpStreamTransport.js';
import { installCacheDataStore } from '../store/cacheDataStore.js';
import { createMemoryPubSub } from '../store/pubSub.js';
import { AppSession } from './appSession.js';
import { withOutboundBuffer, type BufferedConnection } from './outboundBuffer.js';
import { ConnectionLimits } from './connectionLimits.js';
import { InboundGuard } from './inboundGuard.js';
import { runtimeRoutes } from './runtimeRoutes.js';
import { resolveOptions, type ResolvedRuntimeOptions } from './resolvedOptions.js';
import type { ConnectOptions, Runtime, RuntimeOptions } from './runtimeOptions.js';
import { SessionRegistry, type ResumeRefusal, type SessionBinding } from './sessionRegistry.js';
import { StoreLink } from './storeLink.js';
import { reloadError, withReloadError } from './reloadError.js';

/**
 * Creates the runtime of an app, as Streamlit's Runtime: it owns the app
 * script and every session. Transports hand it connections (`connect`),
 * adapters hand it HTTP requests (`fetch`).
 *
 * @throws LitUiError `InvalidOption` for an invalid option (e.g. an `allowedOrigins` entry that is not an origin).
 * @example
 * const runtime = createRuntime(app, { sessionTtlMs: 60_000 });
 * attachWebSocket(server, runtime, { path: '/app/_lit-ui/ws' });
 */
export function createRuntime<State extends object>(app: App<State> | AppScript<State>, options?: RuntimeOptions): Runtime {
  return new AppRuntime(toApp(app) as unknown as App<object>, resolveOptions(options));
}

/** A runtime whose sessions a test can reach (AppTest). */
export interface TestRuntime extends Runtime {
  session(id: string): AppSession | undefined;
}

/** @internal A runtime for AppTest, exposing its sessions. */
export function createTestRuntime<State extends object>(app: App<State> | AppScript<State>, options?: RuntimeOptions): TestRuntime {
  return new AppRuntime(toApp(app) as unknown as App<object>, resolveOptions(options));
}

/** A handle for a connection that was refused before any session: frames and the close are ignored. */
const INERT: ConnectionHandle = { receive: () => undefined, closed: () => undefined };

class AppRuntime implements TestRuntime {
  private readonly sessions = new SessionRegistry();
  private readonly limits: ConnectionLimits;
  private readonly routes: (request: Request, info?: FetchInfo) => Promise<Response>;
  private readonly httpStream: HttpStreamTransport | undefined;
  /** Open connections, with their outbound queues (for the `outboundBytes` gauge). */
  private readonly open = new Set<BufferedConnection>();
  /** Transports other than HTTP streaming that serve this runtime (WebSocket), with how many instances offer each. */
  private readonly offers = new Map<OfferedTransport, number>();
  /** The link to the session store and pub/sub, when there is a session store. */
  private readonly link: StoreLink | undefined;
  private readonly uninstallCacheStore: () => void;
  private draining = false;
  /** The app that loaded last (run on save); `app` is it, or it with a load error shown above. */
  private loaded: App<object>;

  constructor(
    private app: App<object>,
    private readonly options: ResolvedRuntimeOptions,
  ) {
    this.loaded = app;
    this.limits = new ConnectionLimits(options, this.sessions);
    const { httpStream, scheduler, logger } = options;
    this.httpStream = httpStream ? createHttpStreamTransport(this, { ...httpStream, scheduler, logger }) : undefined;
    this.routes = runtimeRoutes(options, {
      checkOrigin: (request) => this.checkOrigin(request),
      health: () => {
        const store = this.link?.report();
        const status = this.draining ? 'draining' : store?.state === 'degraded' ? 'degraded' : 'ok';
        return { sessions: this.sessions.size, transports: this.transports(), status, draining: this.draining, ...(store ? { store } : {}) };
      },
      httpStream: this.httpStream,
      sessionOf: (request) => this.sessions.authorize(request.headers.get(SESSION_ID_HEADER), request.headers.get(SESSION_TOKEN_HEADER)),
    });
    const { runSlots } = options;
    options.metricsOptions?.sink.observe?.(() => ({
      ...this.sessions.gauges(),
      activeRuns: runSlots.running,
      queuedRuns: runSlots.queued,
      outboundBytes: this.outboundBytes(),
    }));
    this.uninstallCacheStore = options.cacheStore ? installCacheDataStore(options.cacheStore, this) : () => undefined;
    if (options.sessionStore) {
      const { sessionTtlMs } = options;
      this.link = new StoreLink(
        { ...options.cluster, sessionStore: options.sessionStore, pubSub: options.pubSub ?? createMemoryPubSub(), sessionTtlMs, logger, scheduler },
        {
          session: (id) => this.sessions.get(id),
          all: () => this.sessions.all(),
          adopt: (id, token, binding, conn) => this.admit(conn, binding, id, token),
        },
        (session) => ({ token: session.token, ...this.sessions.binding(session.id) }),
      );
      void this.link.start();
    }
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  connect(transportConn: ServerConnection, connectOptions: ConnectOptions = {}): ConnectionHandle {
    // The session's bounded outbound queue sits in front of the transport (bytes are counted as they really go out).
    const conn = withOutboundBuffer(this.limits.counted(transportConn), this.options.backpressure, this.options.scheduler);
    const origin = this.originOf(conn);
    if (!origin.ok) {
      this.limits.shut(conn, ErrorCode.OriginRefused, origin.message, CloseCode.originRefused);
      return INERT;
    }
    const release = this.limits.admitConnection(conn);
    if (!release) return INERT;
    this.open.add(conn);
    const binding: SessionBinding = {
      identity: userIdentity(conn.context.user, this.options.identifyUser),
      origin: origin.origin,
      ip: conn.context.ip,
    };
    let session: AppSession | undefined;
    let done = false;
    const { scheduler, helloTimeoutMs } = this.options;
    let helloTimer: unknown = scheduler.setTimeout(() => {
      helloTimer = undefined;
      if (session || done) return;
      done = true;
      this.limits.shut(
        conn,
        ErrorCode.HelloTimeout,
        `No valid hello within ${helloTimeoutMs} ms (helloTimeoutMs); the connection is closed.`,
        CloseCode.helloTimeout,
      );
    }, helloTimeoutMs);
    const stopHelloTimer = () => {
      if (helloTimer !== undefined) scheduler.clearTimeout(helloTimer);
      helloTimer = undefined;
    };
    const refuse = (code: string, message: string, cseq?: number) => {
      const error: ErrorMsg = { type: 'error', seq: 0, code, message, ...(cseq !== undefined ? { cseq } : {}) };
      if (!session) return conn.send([error]);
      session.queue.enqueueConnectionMsg(error);
      session.queue.flush();
    };
    const guard = new InboundGuard(this.options);
    /** Messages that arrived while the session was being looked up in the store (or taken over from another process). */
    let waiting: Exclude<BackMsg, HelloMsg>[] | undefined;
    let gone = false;
    const bound = (found: AppSession | undefined) => {
      session = found;
      done = found === undefined;
      const held = waiting ?? [];
      waiting = undefined;
      if (!found) return;
      if (gone) {
        found.detach(conn);
        this.sessions.disconnected(found.id, scheduler.now());
      } else for (const msg of held) found.receive(msg);
    };
    return {
      receive: (frame) => {
        if (done) return;
        const verdict = guard.check(frame);
        if (!verdict.ok) {
          refuse(verdict.code, verdict.message, verdict.cseq);
          if (verdict.close) {
            done = true;
            conn.close(CloseCode.policyViolation, 'inbound rate limit');
          }
          return;
        }
        const msg = verdict.msg;
        if (msg.type === 'hello') {
          if (session || waiting)
            return refuse(ErrorCode.InvalidMessage, 'Invalid BackMsg: hello was already received on this connection.', msg.cseq);
          stopHelloTimer();
          const found = this.bind(conn, msg, connectOptions, binding);
          if (!(found instanceof Promise)) return bound(found);
          waiting = [];
          void found.then(bound, (error: unknown) => {
            this.options.logger?.error('lit-ui: resuming a session from the store failed', error);
            bound(undefined);
            conn.close(CloseCode.serviceRestart, 'resume failed');
          });
        } else if (waiting) {
          waiting.push(msg);
        } else if (!session) {
          refuse(ErrorCode.InvalidMessage, `Invalid BackMsg: the first message must be hello (got ${msg.type}).`, msg.cseq);
        } else {
          session.receive(msg);
        }
      },
      closed: () => {
        done = true;
        conn.dispose();
        this.open.delete(conn);
        gone = true;
        stopHelloTimer();
        release();
        if (!session) return;
        session.detach(conn);
        this.sessions.disconnected(session.id, scheduler.now());
      },
    };
  }

  fetch(request: Request, info?: FetchInfo): Promise<Response> {
    return this.routes(request, info);
  }

  offerTransport(name: OfferedTransport): () => void {
    this.offers.set(name, (this.offers.get(name) ?? 0) + 1);
    let withdrawn = false;
    return () => {
      if (withdrawn) return;
      withdrawn = true;
      const left = (this.offers.get(name) ?? 1) - 1;
      if (left > 0) this.offers.set(name, left);
      else this.offers.delete(name);
    };
  }

  checkOrigin(request: OriginRequest): OriginCheck {
    const verdict = checkOrigin(request, { allowed: this.options.allowedOrigins, trustProxy: this.options.trustProxy });
    if (!verdict.ok) this.options.metrics.messageRefused(ErrorCode.OriginRefused);
    return verdict;
  }

  session(id: string): AppSession | undefined {
    return this.sessions.get(id);
  }

  requestRerun(sessionId: string): void {
    const session = this.sessions.get(sessionId);
    if (session) session.requestRerun();
    else this.link?.forwardRerun(sessionId);
  }

  reloadApp<State extends object>(app: App<State> | AppScript<State>): void {
    this.loaded = toApp(app) as unknown as App<object>;
    this.swapApp(this.loaded);
  }

  reloadFailed(error: unknown): void {
    this.swapApp(withReloadError(this.loaded, reloadError(error)));
  }

  /** Every session (and every new one) runs `app` from now on. */
  private swapApp(app: App<object>): void {
    this.app = app;
    for (const session of this.sessions.all()) session.reload(app);
  }

  async drain(): Promise<void> {
    this.draining = true;
    if (this.link) return this.link.drain(this.options.cluster.drainTimeoutMs);
    for (const session of this.sessions.all()) session.close('shutdown', CloseCode.serviceRestart);
  }

  async close(): Promise<void> {
    this.httpStream?.close();
    // With a session store, sessions outlive this process: they are closed here, not forgotten there.
    for (const session of this.sessions.all()) session.close(this.link ? 'shutdown' : 'expired');
    await this.link?.close();
    this.uninstallCacheStore();
    await this.options.media.close();
  }

  private outboundBytes(): number {
    let bytes = 0;
    for (const conn of this.open) bytes += (conn.bufferedBytes ?? 0) + conn.queuedBytes;
    return bytes;
  }

  offeredTransports(): readonly OfferedTransport[] {
    return this.transports();
  }

  /** What the health route lists: a WebSocket first when one is attached, its shared endpoint, then HTTP streaming. */
  private transports(): OfferedTransport[] {
    const names: OfferedTransport[] = this.offers.has('ws') ? ['ws'] : [];
    if (this.offers.has('ws-mux')) names.push('ws-mux');
    if (this.httpStream) names.push('http-stream');
    return names;
  }

  /** The origin verdict of a connection, from what its transport knew of the opening request (headers a `Headers` refuses: refused). */
  private originOf(conn: ServerConnection): OriginCheck {
    const { url, headers } = conn.context;
    let webHeaders: Headers;
    try {
      webHeaders = new Headers(headers);
    } catch {
      return { ok: false, origin: '', message: 'The connection request has headers that cannot be read; it is refused.' };
    }
    return checkOrigin({ url, headers: webHeaders }, { allowed: this.options.allowedOrigins, trustProxy: this.options.trustProxy });
  }

  private bind(
    conn: ServerConnection,
    hello: HelloMsg,
    connectOptions: ConnectOptions,
    binding: SessionBinding,
  ): AppSession | undefined | Promise<AppSession | undefined> {
    if (Math.trunc(hello.protocolVersion) !== PROTOCOL_VERSION) {
      this.limits.shut(
        conn,
        ErrorCode.ProtocolVersion,
        `This server speaks lit-ui protocol ${PROTOCOL_VERSION}; the client speaks ${hello.protocolVersion}. Reload the page.`,
        CloseCode.protocolError,
        'protocol version',
      );
      return undefined;
    }
    if (this.draining) {
      this.limits.shut(
        conn,
        ErrorCode.ServerRestarting,
        'This server is restarting; reconnecting to another one.',
        CloseCode.serviceRestart,
        'draining',
      );
      return undefined;
    }
    const wanted = hello.sessionId ?? connectOptions.sessionId;
    const token = hello.sessionToken ?? connectOptions.sessionToken;
    if (wanted !== undefined && this.link) {
      // The session may be here, in the store, or held by another process: finding out takes a round trip.
      return this.link.resume(wanted, hello, { token, identity: binding.identity, origin: binding.origin }, conn).then((found) => {
        if (found instanceof AppSession) {
          this.sessions.connected(found.id);
          return found;
        }
        if (found === 'refused') return undefined;
        this.resumeRefused(found, binding);
        return this.start(conn, hello, binding);
      });
    }
    if (wanted !== undefined) {
      const found = this.sessions.resumable(wanted, token, binding, hello.clientId);
      if (found instanceof AppSession) {
        found.attach(conn, hello, false);
        this.sessions.connected(found.id);
        return found;
      }
      this.resumeRefused(found, binding);
    }
    return this.start(conn, hello, binding);
  }

  /** A new session for `conn`, unless the limits refuse it. */
  private start(conn: ServerConnection, hello: HelloMsg, binding: SessionBinding): AppSession | undefined {
    const session = this.admit(conn, binding);
    session?.attach(conn, hello, true);
    return session;
  }

  /** A tab duplicated while its original is connected gets its own session; anything else is a refused resume. */
  private resumeRefused(found: ResumeRefusal | undefined, binding: SessionBinding): void {
    if (found === undefined || found === 'connected') return;
    this.options.metrics.messageRefused(ErrorCode.ResumeRefused);
    this.options.logger?.warn(`lit-ui: refused to resume a session: its ${found} differs; the connection gets a new session`, {
      ip: binding.ip,
      origin: binding.origin,
    });
  }

  /**
   * A session for `conn` if the limits make room: a new one, or (with `id`
   * and `token`) one taken over from another process. Undefined when refused.
   */
  private admit(conn: ServerConnection, binding: SessionBinding, id?: string, token?: string): AppSession | undefined {
    if (!this.limits.makeRoom(conn, binding.ip)) return undefined;
    const onClose = (s: AppSession) => {
      if (this.sessions.get(s.id) === s) this.sessions.delete(s.id);
    };
    const session = new AppSession(id ?? this.options.createSessionId(), this.app, this.options, onClose, token);
    this.sessions.add(session, binding);
    this.options.metrics.sessionCreated();
    if (id === undefined) this.link?.created(session);
    return session;
  }
}
