import { sameToken } from '../../access/sessionToken.js';
import type { ForwardMsg } from '../../protocol/forwardMsg.js';
import {
  HTTP_SEND_PATH,
  HTTP_STREAM_PATH,
  KEEP_ALIVE_HEADER,
  MAX_POST_BYTES_HEADER,
  NDJSON,
  STREAM_CLOSE_EVENT,
  type StreamCloseData,
} from '../../protocol/httpStream.js';
import type { Scheduler } from '../../protocol/scheduler.js';
import { SESSION_ID_HEADER, SESSION_TOKEN_HEADER } from '../../protocol/sessionHeaders.js';
import { CloseCode, type ConnectionHandle, type ServerConnection } from '../../protocol/transport.js';
import { webRequestContext } from '../webRequestContext.js';
import type { Logger, Runtime } from '../../runtime/runtimeOptions.js';
import { EventStream } from './eventStream.js';
import { readBody } from './readBody.js';

/** Options of the HTTP streaming transport (runtime option `httpStream`). */
export interface HttpStreamOptions {
  /** A keep-alive comment goes down an idle stream this often, in ms (proxies cut silent responses). `0` turns it off. Default 15 000. */
  readonly keepAliveMs?: number;
  /** Largest `send` body, in bytes; a larger one is answered 413 and changes nothing. Default `maxMessageBytes` + 64 KiB. */
  readonly maxPostBytes?: number;
  /** Most frames (lines) in one `send` body. Default 1000. */
  readonly maxFramesPerPost?: number;
}

/** What the host knows about a request that the Fetch `Request` does not carry. */
export interface FetchInfo {
  /** The client's address (for `st.context.ip` and the per-address limits). */
  readonly ip?: string;
  /**
   * Who the host authenticated (`st.context.user`, the session's identity).
   * Called when a stream opens; may return a Promise; a throw or rejection
   * refuses the stream with 401.
   */
  readonly getUser?: () => unknown;
}

/** The HTTP streaming transport's server half, on web `Request`/`Response`. */
export interface HttpStreamTransport {
  /** True for the transport's two paths (relative to the mount). */
  handles(path: string): boolean;
  /** Answers a request to one of its paths (URL relative to the mount). Never rejects. */
  fetch(request: Request, info?: FetchInfo): Promise<Response>;
  /** Open streams. */
  readonly streamCount: number;
  /** Ends every stream with `event: close` 1001. */
  close(): void;
}

/** Everything the transport needs, defaults filled in. */
export interface HttpStreamSetup {
  readonly keepAliveMs: number;
  readonly maxPostBytes: number;
  readonly maxFramesPerPost: number;
  readonly scheduler: Pick<Scheduler, 'setTimeout' | 'clearTimeout'>;
  readonly logger?: Logger | undefined;
}

/** Answer to a CORS preflight (the runtime's origin rule has already passed the `Origin`). */
const PREFLIGHT = {
  'access-control-allow-methods': 'POST',
  'access-control-allow-headers': ['content-type', 'last-event-id', SESSION_ID_HEADER, SESSION_TOKEN_HEADER].join(', '),
  'access-control-max-age': '600',
};

/**
 * CORS for a page on another origin that the runtime's `allowedOrigins`
 * lets in (the origin rule runs before this transport and refuses every
 * other origin with 403): its `Origin` is echoed, with credentials, and the
 * stream's headers are readable.
 */
function withCors(request: Request, response: Response): Response {
  const origin = request.headers.get('origin');
  if (origin === null) return response;
  response.headers.set('access-control-allow-origin', origin);
  response.headers.set('access-control-allow-credentials', 'true');
  response.headers.set('access-control-expose-headers', `${KEEP_ALIVE_HEADER}, ${MAX_POST_BYTES_HEADER}`);
  response.headers.append('vary', 'Origin');
  return response;
}

/** Largest accepted `hello` body, in bytes (its URL and query are capped at 8 KiB each by the schema). */
const MAX_HELLO_BYTES = 64 * 1024;

interface LiveStream {
  readonly stream: EventStream;
  handle: ConnectionHandle | undefined;
  sessionId: string | undefined;
  token: string | undefined;
}

function text(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } });
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

/** The batch as one event: `id` is the last seq in it (connection messages alone carry none). */
function eventOf(batch: readonly ForwardMsg[]): string {
  let last = 0;
  for (const msg of batch) if (msg.seq > last) last = msg.seq;
  return `${last > 0 ? `id: ${last}\n` : ''}data: ${JSON.stringify(batch)}\n\n`;
}

/**
 * The hello of an open request as the text to hand the runtime, with a
 * `Last-Event-ID` header folded in as `lastSeq` when the hello has none
 * (as an `EventSource` resumes); `undefined` when the body is not a hello.
 */
function helloFrame(body: string, lastEventId: string | null): string | undefined {
  let hello: unknown;
  try {
    hello = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof hello !== 'object' || hello === null || Array.isArray(hello) || (hello as { type?: unknown }).type !== 'hello') return undefined;
  const resumeFrom = Number(lastEventId);
  if ((hello as { lastSeq?: unknown }).lastSeq !== undefined || !(Number.isSafeInteger(resumeFrom) && resumeFrom > 0)) return body;
  return JSON.stringify({ ...hello, lastSeq: resumeFrom });
}

/**
 * Creates the server half of lit-ui's HTTP streaming transport
 * (docs/transports.md): `POST /_lit-ui/stream` with the `hello` opens a
 * `text/event-stream` of ForwardMsg batches; `POST /_lit-ui/send` carries
 * BackMsgs up, one JSON frame per line. It is a transport like any other: each stream is one
 * `runtime.connect` connection, frames are handed over raw (the runtime
 * parses and validates them), and `seq`/`cseq`, replay and resume are the
 * protocol's, exactly as over a WebSocket.
 *
 * A `send` must name a session with an open stream of this transport and
 * carry that session's token (from its `newSession`) in headers, never the
 * URL: a cross-site page cannot read the token, and its custom headers make
 * a browser preflight the request, which the runtime's origin rule refuses.
 * Answers: 202 (handed over), 400 (not JSON lines), 401 (no id/token),
 * 403 (wrong token), 404 (no open stream for the session: reopen it, then
 * send again), 413 (too large), 415 (wrong content type). A refused `send`
 * changes nothing. `OPTIONS` answers a CORS preflight, and responses echo
 * the `Origin`, so a page on an origin of `allowedOrigins` can use the
 * transport (the origin rule in front of it refuses all others).
 *
 * @param runtime - Anything with `connect` (a `Runtime`).
 * @param setup - Keep-alive interval, limits, timers, logger.
 * @returns An {@link HttpStreamTransport}; `createRuntime` makes one for
 *   every runtime and routes its paths from `runtime.fetch`.
 */
export function createHttpStreamTransport(runtime: Pick<Runtime, 'connect'>, setup: HttpStreamSetup): HttpStreamTransport {
  const live = new Set<LiveStream>();
  const bySession = new Map<string, LiveStream>();

  const ended = (entry: LiveStream): void => {
    live.delete(entry);
    if (entry.sessionId !== undefined && bySession.get(entry.sessionId) === entry) bySession.delete(entry.sessionId);
    // As a socket's close event: after the runtime's own close() call has returned.
    queueMicrotask(() => {
      try {
        entry.handle?.closed();
      } catch (error) {
        setup.logger?.error('lit-ui: the runtime threw while closing an HTTP stream', error);
      }
    });
  };

  const write = (entry: LiveStream, batch: readonly ForwardMsg[]): number => {
    for (const msg of batch) {
      if (msg.type !== 'newSession') continue;
      if (entry.sessionId !== undefined && bySession.get(entry.sessionId) === entry) bySession.delete(entry.sessionId);
      entry.sessionId = msg.sessionId;
      entry.token = msg.sessionToken;
      bySession.set(msg.sessionId, entry);
    }
    return entry.stream.write(eventOf(batch));
  };

  const closeStream = (entry: LiveStream, code: number, reason: string): void => {
    if (!entry.stream.isOpen) return;
    // A client too slow to read would not read the close event either: drop the response (it reconnects and resumes).
    if (code === CloseCode.tryAgainLater) return entry.stream.abort();
    const data: StreamCloseData = { code, reason };
    entry.stream.write(`event: ${STREAM_CLOSE_EVENT}\ndata: ${JSON.stringify(data)}\n\n`);
    entry.stream.end();
  };

  async function open(request: Request, info: FetchInfo): Promise<Response> {
    if (request.method !== 'POST') return text(405, `${HTTP_STREAM_PATH} takes POST (the hello as JSON).`, { allow: 'POST' });
    if (mediaType(request) !== 'application/json') return text(415, `${HTTP_STREAM_PATH} takes the hello BackMsg as application/json.`);
    const body = await readBody(request, MAX_HELLO_BYTES);
    if (!body.ok) return text(body.status, body.message);
    const hello = helloFrame(body.text, request.headers.get('last-event-id'));
    if (hello === undefined) return text(400, `The body of ${HTTP_STREAM_PATH} must be the hello BackMsg as JSON; no stream was opened.`);
    let user: unknown;
    try {
      user = await info.getUser?.();
    } catch (error) {
      setup.logger?.warn('lit-ui: getUser refused an HTTP stream', error);
      return text(401, 'Unauthorized');
    }
    const entry: LiveStream = {
      stream: new EventStream({ keepAliveMs: setup.keepAliveMs, scheduler: setup.scheduler, onEnd: () => ended(entry) }),
      handle: undefined,
      sessionId: undefined,
      token: undefined,
    };
    live.add(entry);
    const connection: ServerConnection = {
      context: webRequestContext(request, info.ip, user),
      send: (batch) => write(entry, batch),
      get bufferedBytes() {
        return entry.stream.bufferedBytes;
      },
      close: (code = CloseCode.normal, reason = '') => closeStream(entry, code, reason),
    };
    entry.stream.write(': lit-ui\n\n');
    request.signal.addEventListener('abort', () => entry.stream.end(), { once: true });
    try {
      entry.handle = runtime.connect(connection);
      entry.handle.receive(hello);
    } catch (error) {
      setup.logger?.error('lit-ui: runtime.connect failed for an HTTP stream', error);
      closeStream(entry, 1011, 'Internal error');
    }
    return new Response(entry.stream.body, {
      status: 200,
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
        [KEEP_ALIVE_HEADER]: String(setup.keepAliveMs),
        [MAX_POST_BYTES_HEADER]: String(setup.maxPostBytes),
      },
    });
  }

  async function send(request: Request): Promise<Response> {
    if (request.method !== 'POST') return text(405, `${HTTP_SEND_PATH} takes POST.`, { allow: 'POST' });
    const id = request.headers.get(SESSION_ID_HEADER);
    const token = request.headers.get(SESSION_TOKEN_HEADER);
    if (!id || !token) return text(401, `${HTTP_SEND_PATH} needs the ${SESSION_ID_HEADER} and ${SESSION_TOKEN_HEADER} headers; nothing was applied.`);
    const entry = bySession.get(id);
    if (!entry) return text(404, `No open stream for this session: open ${HTTP_STREAM_PATH} (it resumes the session), then send again.`);
    if (entry.token === undefined || !sameToken(token, entry.token)) return text(403, 'The session token does not match; nothing was applied.');
    if (mediaType(request) !== NDJSON) return text(415, `${HTTP_SEND_PATH} takes ${NDJSON}: one BackMsg JSON frame per line.`);
    const body = await readBody(request, setup.maxPostBytes);
    if (!body.ok) return text(body.status, body.message);
    const lines = body.text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) return text(400, 'The body holds no frame; nothing was applied.');
    if (lines.length > setup.maxFramesPerPost)
      return text(413, `The body holds ${lines.length} frames, more than ${setup.maxFramesPerPost}; nothing was applied.`);
    for (const [index, line] of lines.entries()) {
      let frame: unknown;
      try {
        frame = JSON.parse(line);
      } catch {
        frame = undefined;
      }
      if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) {
        return text(400, `Line ${index + 1} of the body is not a JSON object (one BackMsg per line); nothing was applied.`);
      }
    }
    if (bySession.get(id) !== entry || !entry.handle)
      return text(404, `The stream of this session closed: open ${HTTP_STREAM_PATH} again, then send again.`);
    for (const line of lines) {
      try {
        entry.handle.receive(line);
      } catch (error) {
        setup.logger?.error('lit-ui: the runtime threw while receiving a frame', error);
      }
    }
    return Response.json({ received: lines.length }, { status: 202, headers: { 'cache-control': 'no-store' } });
  }

  return {
    handles: (path) => path === HTTP_STREAM_PATH || path === HTTP_SEND_PATH,
    async fetch(request, info = {}) {
      if (request.method === 'OPTIONS') return withCors(request, new Response(null, { status: 204, headers: PREFLIGHT }));
      const path = new URL(request.url).pathname;
      return withCors(request, await (path === HTTP_STREAM_PATH ? open(request, info) : send(request)));
    },
    get streamCount() {
      return live.size;
    },
    close() {
      for (const entry of [...live]) closeStream(entry, CloseCode.goingAway, 'Server shutting down');
    },
  };
}
