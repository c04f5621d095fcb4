import {
  ClientSession,
  CloseCode,
  HTTP_SEND_PATH,
  HTTP_STREAM_PATH,
  KEEP_ALIVE_HEADER,
  MAX_POST_BYTES_HEADER,
  STREAM_CLOSE_EVENT,
  type ForwardMsg,
  type StreamCloseData,
} from '@lit-ui/core/protocol';
import { retryDelay, sessionIdStore } from '@lit-ui/transport-ws/client';
import type { ClientConnection, ConnectionRefusal, ConnectionStatus, WebSocketClientOptions } from '@lit-ui/transport-ws/client';
import { EventStreamParser } from './eventStreamParser.js';
import { SendQueue } from './sendQueue.js';

/** Options of {@link connectHttpStream}: those of `connectWebSocket`, with the app's HTTP mount URL and `fetch` instead of a socket. */
export interface HttpStreamClientOptions extends Omit<WebSocketClientOptions, 'url' | 'WebSocket'> {
  /** The app's mount URL, absolute (`https://host/explorer`). */
  readonly url: string | URL;
  /** `fetch` to use. Default `globalThis.fetch`. */
  readonly fetch?: typeof globalThis.fetch;
}

const DEFAULT_RETRY_DELAY_MS = 250;
const DEFAULT_MAX_RETRY_DELAY_MS = 5000;
const DEFAULT_REFUSED_RETRY_DELAY_MS = 2000;
const DEFAULT_MAX_REFUSED_RETRY_DELAY_MS = 60_000;
/** Error codes that come before a 4429 close: kept as the connection's refusal, not delivered once per attempt. */
const REFUSAL_CODES = new Set(['TooManySessions', 'TooManyConnections']);

/** `<mount>/_lit-ui/stream` and `<mount>/_lit-ui/send` of a mount URL. */
export function httpStreamUrls(mount: string | URL): { stream: string; send: string } {
  const url = new URL(String(mount));
  url.hash = '';
  const base = url.pathname.replace(/\/+$/, '');
  const at = (path: string) => {
    const copy = new URL(url.href);
    copy.pathname = base + path;
    return copy.href;
  };
  return { stream: at(HTTP_STREAM_PATH), send: at(HTTP_SEND_PATH) };
}

/**
 * Connects to a lit-ui app over HTTP streaming (docs/transports.md): a
 * `POST <mount>/_lit-ui/stream` carrying the `hello` opens a
 * `text/event-stream` of ForwardMsg batches, and BackMsgs go up as
 * `POST <mount>/_lit-ui/send` (one at a time, in order, retried until the
 * server takes them). The protocol half is `ClientSession`, as over a
 * WebSocket: after any drop the stream reopens with the session id, token
 * and last applied `seq`, the server replays what was missed, and the
 * unacknowledged BackMsgs are sent again and applied once.
 *
 * Statuses, back-off, refusals (`refused` on a 4429 close, `retry()`), the
 * end on `ProtocolVersion` and on an origin refusal (HTTP 403 or a 4403
 * close) are those of `connectWebSocket`. A stream that stays silent for
 * three keep-alive intervals is abandoned and reopened.
 *
 * @param options - See {@link HttpStreamClientOptions}.
 * @returns A {@link ClientConnection}; the stream opens at once.
 * @throws TypeError when there is no `fetch` or the URL is not absolute http(s).
 *
 * @example
 * ```ts
 * const connection = connectHttpStream({
 *   url: new URL('/explorer', location.href),
 *   hello: () => ({ url: location.href, pagePath: '', query: location.search.slice(1) }),
 *   onMessage: (msg) => store.apply(msg),
 * });
 * ```
 */
export function connectHttpStream(options: HttpStreamClientOptions): ClientConnection {
  const fetchImpl = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (typeof fetchImpl !== 'function') throw new TypeError('connectHttpStream: no fetch here; pass options.fetch');
  const urls = httpStreamUrls(options.url);
  if (!/^https?:/.test(urls.stream)) throw new TypeError(`connectHttpStream: ${urls.stream} is not an http(s) URL`);
  const baseDelayMs = options.reconnect?.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  const maxDelayMs = options.reconnect?.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS;
  const refusedDelayMs = options.reconnect?.refusedRetryDelayMs ?? DEFAULT_REFUSED_RETRY_DELAY_MS;
  const maxRefusedDelayMs = options.reconnect?.maxRefusedRetryDelayMs ?? DEFAULT_MAX_REFUSED_RETRY_DELAY_MS;

  let status: ConnectionStatus = 'connecting';
  let stream: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let refusal: ConnectionRefusal | undefined;
  let refusedWith: { code: string; message: string } | undefined;

  const setStatus = (next: ConnectionStatus): void => {
    if (status === next) return;
    status = next;
    options.onStatus?.(next);
  };

  const onMessage = (msg: ForwardMsg): void => {
    if (msg.type === 'newSession') {
      failures = 0;
      refusal = undefined;
      setStatus('connected');
      queue.start();
    }
    if (msg.type === 'error' && REFUSAL_CODES.has(msg.code)) {
      refusedWith = { code: msg.code, message: msg.message };
      return;
    }
    const fatal = msg.type === 'error' && (msg.code === 'ProtocolVersion' || msg.code === 'OriginRefused');
    try {
      options.onMessage(msg);
    } finally {
      if (fatal) shutDown();
    }
  };

  const session = new ClientSession({
    storageKey: options.storageKey ?? `lit-ui:session:${urls.stream}`,
    store: sessionIdStore(options.store),
    hello: options.hello,
    onMessage,
  });

  const queue = new SendQueue({
    url: urls.send,
    fetch: fetchImpl,
    session: () => ({ id: session.id, token: session.token }),
    retryDelayMs: (n) => retryDelay(n, baseDelayMs, maxDelayMs),
    onStreamLost: () => stream?.abort(),
    onRefused: (frame, code, message) => {
      const cseq = (JSON.parse(frame) as { cseq?: number }).cseq;
      const reason = code === 413 ? 'MessageTooLarge' : 'InvalidMessage';
      session.receive([
        { type: 'error', seq: 0, code: reason, message: message || `The server refused the message (HTTP ${code}).`, ...(cseq ? { cseq } : {}) },
      ]);
    },
  });

  function shutDown(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const current = stream;
    stream = undefined;
    queue.reset();
    session.closed();
    setStatus('closed');
    current?.abort();
  }

  function lost(close: StreamCloseData | undefined): void {
    queue.reset();
    session.closed();
    if (status === 'closed') return;
    if (close?.code === CloseCode.originRefused) return shutDown();
    if (close?.code === CloseCode.tooManySessions) return refused(close.reason);
    if (status !== 'refused') setStatus('reconnecting');
    timer = setTimeout(open, retryDelay(failures++, baseDelayMs, maxDelayMs));
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

  function open(): void {
    timer = undefined;
    const controller = new AbortController();
    stream = controller;
    let hello: string | undefined;
    session.opened((text) => {
      if (hello === undefined) hello = text;
      else queue.push(text);
    });
    void run(controller, hello ?? '').then((close) => {
      if (stream !== controller) return;
      stream = undefined;
      lost(close);
    });
  }

  /** Opens one stream and reads it to its end; resolves with its close event's data, if it sent one. */
  async function run(controller: AbortController, hello: string): Promise<StreamCloseData | undefined> {
    let silence: ReturnType<typeof setTimeout> | undefined;
    try {
      const response = await fetchImpl(urls.stream, {
        method: 'POST',
        // The hello carries the last applied seq; no Last-Event-ID (that is for generic EventSource clients).
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: hello,
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'include',
      });
      if (response.status === 403) {
        const message = await response.text().catch(() => '');
        onMessage({ type: 'error', seq: 0, code: 'OriginRefused', message: message || 'The server refused this page (HTTP 403).' });
        return undefined;
      }
      if (!response.ok || !response.body) return undefined;
      const keepAliveMs = Number(response.headers.get(KEEP_ALIVE_HEADER) ?? 0);
      const maxPost = Number(response.headers.get(MAX_POST_BYTES_HEADER) ?? 0);
      if (maxPost > 0) queue.maxBodyBytes = Math.min(maxPost, 1024 * 1024);
      const watch = (): void => {
        if (silence !== undefined) clearTimeout(silence);
        if (keepAliveMs > 0) silence = setTimeout(() => controller.abort(), keepAliveMs * 3);
      };
      watch();
      const parser = new EventStreamParser();
      const decoder = new TextDecoder();
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done || stream !== controller) return undefined;
        watch();
        for (const event of parser.push(decoder.decode(value, { stream: true }))) {
          if (event.event === STREAM_CLOSE_EVENT) return JSON.parse(event.data) as StreamCloseData;
          let batch: unknown;
          try {
            batch = JSON.parse(event.data);
          } catch {
            batch = undefined;
          }
          // A malformed event: drop this stream; the next one resumes after the last applied seq.
          if (!Array.isArray(batch)) return undefined;
          session.receive(batch as ForwardMsg[]);
          if (stream !== controller) return undefined;
        }
      }
    } catch {
      return undefined;
    } finally {
      if (silence !== undefined) clearTimeout(silence);
      controller.abort();
    }
  }

  open();

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
      if (status === 'closed' || stream !== undefined) return;
      if (timer !== undefined) clearTimeout(timer);
      open();
    },
  };
}
