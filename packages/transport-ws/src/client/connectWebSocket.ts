import { ClientSession, CloseCode, type ForwardMsg } from '@lit-ui/core/protocol';
import { frameInbox, withGzipFrames } from './frameInbox.js';
import { retryDelay } from './retryDelay.js';
import { sessionIdStore } from './sessionIdStore.js';
import type { ClientConnection, ConnectionRefusal, ConnectionStatus, WebSocketClientOptions } from './types.js';

const DEFAULT_RETRY_DELAY_MS = 250;
const DEFAULT_MAX_RETRY_DELAY_MS = 5000;
const DEFAULT_REFUSED_RETRY_DELAY_MS = 2000;
const DEFAULT_MAX_REFUSED_RETRY_DELAY_MS = 60_000;
/** Error codes that come before a 4429 close: kept as the connection's refusal, not delivered once per attempt. */
const REFUSAL_CODES = new Set(['TooManySessions', 'TooManyConnections']);
/** `WebSocket.OPEN`, spelled out so no global is needed to read it. */
const OPEN = 1;

/**
 * Connects a browser (or any runtime with a `WebSocket`) to a lit-ui app
 * over WebSocket, with resumable sessions. The protocol half is
 * `ClientSession` (hello with session id and last seq, cseq numbering,
 * re-sending unacknowledged BackMsgs, dropping replayed ForwardMsgs); this
 * function opens sockets, feeds it frames, and reconnects after every drop
 * with exponential backoff and jitter until `close()`.
 *
 * Status goes `connecting` → `connected` → `reconnecting` → `connected` …
 * → `closed`; `onStatus` hears every change (not the initial `connecting`).
 * The backoff restarts once the server answers with `newSession`. An
 * `error` message with code `ProtocolVersion` (client and server disagree on
 * the protocol) is delivered, then the connection closes for good; so does
 * a close with 4403 (origin refused). A close with 1012 (service restart: a
 * server draining) reconnects within 50 ms, without back-off. A frame that
 * is not a JSON array closes the socket with 4400 and reconnects (the
 * server replays from the last applied seq).
 *
 * A refusal (close 4429: too many sessions, or too many from this address)
 * sets the status `refused`, reported again at each refusal: its error
 * message is not delivered to `onMessage` but kept in `refusal`, and the
 * client retries on a longer back-off (2 s doubling to 60 s, with jitter)
 * until a session starts; `retry()` tries at once.
 *
 * @param options - See {@link WebSocketClientOptions}.
 * @returns A {@link ClientConnection}; the first socket is opened at once.
 * @throws TypeError when there is no WebSocket constructor (Node 20: pass
 *   `ws`'s as `options.WebSocket`); `SyntaxError` from the constructor for an invalid URL.
 *
 * @example
 * ```ts
 * const connection = connectWebSocket({
 *   url: webSocketUrl('/explorer', document.baseURI),
 *   hello: () => ({ url: location.href, pagePath: '', query: location.search.slice(1) }),
 *   onMessage: (msg) => store.apply(msg),
 *   onStatus: (status) => (banner.hidden = status === 'connected'),
 * });
 * connection.send({ type: 'rerunScript', widgets: [{ id: 'w1', value: 3 }] });
 * ```
 */
export function connectWebSocket(options: WebSocketClientOptions): ClientConnection {
  const WebSocketCtor = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketClientOptions['WebSocket'] }).WebSocket;
  if (typeof WebSocketCtor !== 'function') {
    throw new TypeError('connectWebSocket: no global WebSocket here; pass options.WebSocket (in Node 20, the one from "ws")');
  }
  const url = String(options.url);
  const baseDelayMs = options.reconnect?.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  const maxDelayMs = options.reconnect?.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS;
  const refusedDelayMs = options.reconnect?.refusedRetryDelayMs ?? DEFAULT_REFUSED_RETRY_DELAY_MS;
  const maxRefusedDelayMs = options.reconnect?.maxRefusedRetryDelayMs ?? DEFAULT_MAX_REFUSED_RETRY_DELAY_MS;

  let status: ConnectionStatus = 'connecting';
  let socket: WebSocket | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let refusal: ConnectionRefusal | undefined;
  /** The refusal `error` of the current socket, until its close. */
  let refusedWith: { code: string; message: string } | undefined;

  const setStatus = (next: ConnectionStatus): void => {
    if (status === next) return;
    status = next;
    options.onStatus?.(next);
  };

  /** True while the page's first-run messages are applied: they did not come over a socket. */
  let adopting = false;
  const onMessage = (msg: ForwardMsg): void => {
    if (msg.type === 'newSession' && !adopting) {
      failures = 0;
      refusal = undefined;
      setStatus('connected');
    }
    if (msg.type === 'error' && REFUSAL_CODES.has(msg.code)) {
      refusedWith = { code: msg.code, message: msg.message };
      return;
    }
    const fatal = msg.type === 'error' && msg.code === 'ProtocolVersion';
    try {
      options.onMessage(msg);
    } finally {
      if (fatal) shutDown();
    }
  };

  const session = new ClientSession({
    storageKey: options.storageKey ?? `lit-ui:session:${url}`,
    store: sessionIdStore(options.store),
    hello: options.hello,
    onMessage,
  });

  function shutDown(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const current = socket;
    socket = undefined;
    session.closed();
    setStatus('closed');
    if (current && current.readyState <= OPEN) current.close(CloseCode.normal);
  }

  /** Reconnects after the back-off, or within `withinMs` (jittered) when given. */
  function scheduleReconnect(withinMs?: number): void {
    if (status !== 'refused') setStatus('reconnecting');
    timer = setTimeout(open, withinMs !== undefined ? Math.random() * withinMs : retryDelay(failures++, baseDelayMs, maxDelayMs));
  }

  function refused(reason: string): void {
    const attempt = (refusal?.attempt ?? 0) + 1;
    const retryInMs = retryDelay(attempt - 1, refusedDelayMs, maxRefusedDelayMs);
    const { code, message } = refusedWith ?? {
      code: 'TooManySessions',
      message: reason || 'The server is at its limit of sessions. Try again later.',
    };
    refusal = { code, message, attempt, retryInMs };
    refusedWith = undefined;
    status = 'refused';
    options.onStatus?.('refused');
    timer = setTimeout(open, retryInMs);
  }

  /** A socket to the endpoint, asking for gzip frames where they can be read. */
  function newSocket(): WebSocket {
    const ws = new WebSocketCtor!(withGzipFrames(url));
    ws.binaryType = 'arraybuffer';
    return ws;
  }

  function open(): void {
    timer = undefined;
    let ws: WebSocket;
    try {
      ws = newSocket();
    } catch {
      scheduleReconnect();
      return;
    }
    watch(ws);
  }

  function watch(ws: WebSocket): void {
    socket = ws;
    ws.onopen = () => {
      if (socket !== ws) return;
      // While refused, the status changes only when a session starts (newSession).
      if (status !== 'refused') setStatus('connected');
      session.opened((text) => {
        if (ws.readyState === OPEN) ws.send(text);
      });
    };
    const inbox = frameInbox(
      (text) => {
        if (socket !== ws) return;
        let batch: unknown;
        try {
          batch = JSON.parse(text);
        } catch {
          batch = undefined;
        }
        if (!Array.isArray(batch)) {
          ws.close(CloseCode.protocolError, 'Malformed frame');
          return;
        }
        session.receive(batch as ForwardMsg[]);
      },
      () => ws.close(CloseCode.protocolError, 'Malformed frame'),
    );
    ws.onmessage = (event: MessageEvent) => {
      if (socket === ws) inbox(event.data);
    };
    ws.onclose = (event: CloseEvent) => {
      if (socket !== ws) return;
      socket = undefined;
      session.closed();
      if (event.code === CloseCode.originRefused) shutDown();
      else if (event.code === CloseCode.tooManySessions) refused(event.reason);
      // 1012: the server is restarting (a worker draining): come back at once, to another worker behind the load balancer.
      else if (event.code === CloseCode.serviceRestart) {
        failures = 0;
        scheduleReconnect(50);
      } else scheduleReconnect();
    };
    // An error is always followed by a close event, which reconnects.
    ws.onerror = () => undefined;
  }

  // The first socket is opened synchronously so that an invalid URL throws here.
  watch(newSocket());
  if (options.firstRun) {
    adopting = true;
    try {
      session.adoptFirstRun(options.firstRun);
    } finally {
      adopting = false;
    }
  }

  return {
    send: (msg) => session.send(msg),
    close: () => {
      if (status !== 'closed') shutDown();
    },
    get status() {
      return status;
    },
    get sessionId() {
      return session.id;
    },
    get sessionToken() {
      return session.token;
    },
    get refusal() {
      return status === 'refused' ? refusal : undefined;
    },
    retry: () => {
      if (status === 'closed' || socket !== undefined) return;
      if (timer !== undefined) clearTimeout(timer);
      open();
    },
  };
}
