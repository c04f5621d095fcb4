import { toApp, type App, type AppScript } from '../app.js';
import { ErrorCode } from '../errors.js';
import type { HelloMsg } from '../protocol/backMsg.js';
import { PROTOCOL_VERSION, type ErrorMsg } from '../protocol/forwardMsg.js';
import { CloseCode, type ConnectionHandle, type ServerConnection } from '../protocol/transport.js';
import { AppSession } from './appSession.js';
import { InboundGuard } from './inboundGuard.js';
import { resolveOptions, type ResolvedRuntimeOptions } from './resolvedOptions.js';
import type { ConnectOptions, Runtime, RuntimeOptions } from './runtimeOptions.js';

/**
 * Creates the runtime of an app, as Streamlit's Runtime: it owns the app
 * script and every session. Transports hand it connections (`connect`),
 * adapters hand it HTTP requests (`fetch`).
 *
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

class AppRuntime implements TestRuntime {
  private readonly sessions = new Map<string, AppSession>();

  constructor(
    private readonly app: App<object>,
    private readonly options: ResolvedRuntimeOptions,
  ) {}

  get sessionCount(): number {
    return this.sessions.size;
  }

  connect(conn: ServerConnection, connectOptions: ConnectOptions = {}): ConnectionHandle {
    let session: AppSession | undefined;
    const refuse = (code: string, message: string, cseq?: number) => {
      const error: ErrorMsg = { type: 'error', seq: 0, code, message, ...(cseq !== undefined ? { cseq } : {}) };
      if (!session) return conn.send([error]);
      session.queue.enqueueConnectionMsg(error);
      session.queue.flush();
    };
    const guard = new InboundGuard(this.options);
    let shut = false;
    return {
      receive: (frame) => {
        if (shut) return;
        const verdict = guard.check(frame);
        if (!verdict.ok) {
          refuse(verdict.code, verdict.message, verdict.cseq);
          if (verdict.close) {
            shut = true;
            conn.close(CloseCode.policyViolation, 'inbound rate limit');
          }
          return;
        }
        const msg = verdict.msg;
        if (msg.type === 'hello') {
          if (session) return refuse(ErrorCode.InvalidMessage, 'Invalid BackMsg: hello was already received on this connection.', msg.cseq);
          session = this.bind(conn, msg, connectOptions);
        } else if (!session) {
          refuse(ErrorCode.InvalidMessage, `Invalid BackMsg: the first message must be hello (got ${msg.type}).`, msg.cseq);
        } else {
          session.receive(msg);
        }
      },
      closed: () => session?.detach(conn),
    };
  }

  async fetch(request: Request): Promise<Response> {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/_lit-ui/health' && (request.method === 'GET' || request.method === 'HEAD')) {
      return Response.json({ status: 'ok', protocolVersion: PROTOCOL_VERSION, sessions: this.sessions.size, transports: ['ws'] });
    }
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }

  session(id: string): AppSession | undefined {
    return this.sessions.get(id);
  }

  async close(): Promise<void> {
    for (const session of [...this.sessions.values()]) session.close();
  }

  private bind(conn: ServerConnection, hello: HelloMsg, connectOptions: ConnectOptions): AppSession | undefined {
    if (Math.trunc(hello.protocolVersion) !== PROTOCOL_VERSION) {
      conn.send([
        {
          type: 'error',
          seq: 0,
          code: ErrorCode.ProtocolVersion,
          message: `This server speaks lit-ui protocol ${PROTOCOL_VERSION}; the client speaks ${hello.protocolVersion}. Reload the page.`,
        },
      ]);
      conn.close(CloseCode.protocolError, 'protocol version');
      return undefined;
    }
    const wanted = hello.sessionId ?? connectOptions.sessionId;
    const existing = wanted !== undefined ? this.sessions.get(wanted) : undefined;
    if (existing && !existing.connected) {
      existing.attach(conn, hello, false);
      return existing;
    }
    if (this.sessions.size >= this.options.maxSessions) {
      conn.send([
        {
          type: 'error',
          seq: 0,
          code: ErrorCode.TooManySessions,
          message: `The server has reached its limit of ${this.options.maxSessions} sessions. Try again later.`,
        },
      ]);
      conn.close(CloseCode.tooManySessions, 'too many sessions');
      return undefined;
    }
    const session = new AppSession(this.options.createSessionId(), this.app, this.options, (s) => this.sessions.delete(s.id));
    this.sessions.set(session.id, session);
    session.attach(conn, hello, true);
    return session;
  }
}
