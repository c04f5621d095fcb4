import { checkOrigin, type OriginCheck, type OriginRequest } from '../access/checkOrigin.js';
import { userIdentity } from '../access/sessionToken.js';
import { toApp, type App, type AppScript } from '../app.js';
import { ErrorCode } from '../errors.js';
import type { HelloMsg } from '../protocol/backMsg.js';
import { SESSION_ID_HEADER, SESSION_TOKEN_HEADER } from '../protocol/sessionHeaders.js';
import { PROTOCOL_VERSION, type ErrorMsg } from '../protocol/forwardMsg.js';
import type { TransportName } from '../protocol/httpStream.js';
import { CloseCode, type ConnectionHandle, type ServerConnection } from '../protocol/transport.js';
import { createHttpStreamTransport, type FetchInfo, type HttpStreamTransport } from '../transport/httpStream/httpStreamTransport.js';
import { AppSession } from './appSession.js';
import { withOutboundBuffer, type BufferedConnection } from './outboundBuffer.js';
import { ConnectionLimits } from './connectionLimits.js';
import { InboundGuard } from './inboundGuard.js';
import { runtimeRoutes } from './runtimeRoutes.js';
import { resolveOptions, type ResolvedRuntimeOptions } from './resolvedOptions.js';
import type { ConnectOptions, Runtime, RuntimeOptions } from './runtimeOptions.js';
import { SessionRegistry, type SessionBinding } from './sessionRegistry.js';

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
  private readonly offers = new Map<TransportName, number>();

  constructor(
    private readonly app: App<object>,
    private readonly options: ResolvedRuntimeOptions,
  ) {
    this.limits = new ConnectionLimits(options, this.sessions);
    const { httpStream, scheduler, logger } = options;
    this.httpStream = httpStream ? createHttpStreamTransport(this, { ...httpStream, scheduler, logger }) : undefined;
    this.routes = runtimeRoutes(options, {
      checkOrigin: (request) => this.checkOrigin(request),
      health: () => ({ sessions: this.sessions.size, transports: this.transports() }),
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
          if (session) return refuse(ErrorCode.InvalidMessage, 'Invalid BackMsg: hello was already received on this connection.', msg.cseq);
          stopHelloTimer();
          session = this.bind(conn, msg, connectOptions, binding);
          done = session === undefined;
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

  offerTransport(name: TransportName): () => void {
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

  async close(): Promise<void> {
    this.httpStream?.close();
    for (const session of this.sessions.all()) session.close();
    await this.options.media.close();
  }

  private outboundBytes(): number {
    let bytes = 0;
    for (const conn of this.open) bytes += (conn.bufferedBytes ?? 0) + conn.queuedBytes;
    return bytes;
  }

  /** What the health route lists: a WebSocket first when one is attached, then HTTP streaming. */
  private transports(): TransportName[] {
    const names: TransportName[] = this.offers.has('ws') ? ['ws'] : [];
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

  private bind(conn: ServerConnection, hello: HelloMsg, connectOptions: ConnectOptions, binding: SessionBinding): AppSession | undefined {
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
    const wanted = hello.sessionId ?? connectOptions.sessionId;
    if (wanted !== undefined) {
      const found = this.sessions.resumable(wanted, hello.sessionToken ?? connectOptions.sessionToken, binding);
      if (found instanceof AppSession) {
        found.attach(conn, hello, false);
        this.sessions.connected(found.id);
        return found;
      }
      // A tab duplicated while its original is connected gets its own session; anything else is a refused resume.
      if (found !== undefined && found !== 'connected') {
        this.options.metrics.messageRefused(ErrorCode.ResumeRefused);
        this.options.logger?.warn(`lit-ui: refused to resume a session: its ${found} differs; the connection gets a new session`, {
          ip: binding.ip,
          origin: binding.origin,
        });
      }
    }
    if (!this.limits.makeRoom(conn, binding.ip)) return undefined;
    const session = new AppSession(this.options.createSessionId(), this.app, this.options, (s) => this.sessions.delete(s.id));
    this.sessions.add(session, binding);
    this.options.metrics.sessionCreated();
    session.attach(conn, hello, true);
    return session;
  }
}
