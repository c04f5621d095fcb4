import type { BackMsg } from '../protocol/backMsg.js';
import { ClientSession, type HelloInfo, type OutgoingBackMsg } from '../protocol/clientSession.js';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import type { Scheduler } from '../protocol/scheduler.js';
import type { ConnectionHandle, RequestContext } from '../protocol/transport.js';
import type { Runtime } from '../runtime/runtimeOptions.js';

/** Options of {@link connectInMemory}. */
export interface MemoryConnectionOptions {
  /** Browser facts for `hello`. Default: empty. */
  readonly hello?: () => HelloInfo;
  /** Each ForwardMsg the client applies, in order. */
  readonly onMessage: (msg: ForwardMsg) => void;
  /** Each BackMsg the server acknowledged, in order (see `ClientSessionOptions.onAcked`). */
  readonly onAcked?: (msg: BackMsg) => void;
  /** The request context the runtime sees (`st.context`). Default: `memory://local`, no headers. */
  readonly context?: RequestContext;
  /** Resume this session id (as a reloaded tab would); needs its `sessionToken`. */
  readonly sessionId?: string;
  /** The token of `sessionId` (from that session's `newSession`, or `MemoryConnection.sessionToken`). */
  readonly sessionToken?: string;
  /** Delay before the client acknowledges the ForwardMsgs it applied, in ms (see `ClientSessionOptions.ackDelayMs`). Default 50. */
  readonly ackDelayMs?: number;
  /** Timer of those acknowledgements. Default `systemScheduler`. */
  readonly scheduler?: Scheduler;
}

/** A same-process client connection. */
export interface MemoryConnection {
  /** Sends a BackMsg; returns its cseq. */
  send(msg: OutgoingBackMsg): number;
  /** The cseq the next `send` will use (answers arrive synchronously, inside `send`). */
  readonly nextCseq: number;
  /** Drops the connection (the session waits for a resume, as after a network loss). */
  disconnect(): void;
  /** Connects again, resuming the same session. */
  reconnect(): void;
  /** The session id, once `newSession` has said. */
  readonly sessionId: string | undefined;
  /** The session's token, once the server has said. */
  readonly sessionToken: string | undefined;
  /** Bytes of every frame the server sent (JSON text length). */
  readonly bytesReceived: number;
}

/**
 * Connects to a runtime in the same process, through the same JSON frames
 * and ClientSession as a browser: for tests, benchmarks, and embedding an
 * app in a server-side process. Frames are delivered synchronously.
 *
 * @example
 * const conn = connectInMemory(runtime, { onMessage: (m) => messages.push(m) });
 * conn.send({ type: 'rerunScript', widgets: [] });
 */
export function connectInMemory(runtime: Pick<Runtime, 'connect'>, options: MemoryConnectionOptions): MemoryConnection {
  const context = options.context ?? { url: 'memory://local', headers: {}, cookies: {} };
  const store = new Map<string, string>();
  if (options.sessionId) store.set('session', options.sessionId);
  if (options.sessionToken) store.set('session:token', options.sessionToken);
  const session = new ClientSession({
    storageKey: 'session',
    store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k) },
    hello: options.hello ?? (() => ({})),
    onMessage: options.onMessage,
    ...(options.onAcked ? { onAcked: options.onAcked } : {}),
    ...(options.ackDelayMs !== undefined ? { ackDelayMs: options.ackDelayMs } : {}),
    ...(options.scheduler ? { scheduler: options.scheduler } : {}),
  });
  let handle: ConnectionHandle | undefined;
  let bytes = 0;
  const open = () => {
    let live = true;
    const conn = {
      context,
      send: (batch: readonly ForwardMsg[]) => {
        if (!live) return;
        const text = JSON.stringify(batch);
        bytes += text.length;
        session.receive(text);
        return text.length;
      },
      close: () => {
        live = false;
      },
    };
    const opened = runtime.connect(conn);
    handle = {
      receive: (frame) => opened.receive(frame),
      closed: () => {
        live = false;
        opened.closed();
      },
    };
    session.opened((text) => handle?.receive(text));
  };
  open();
  return {
    send: (msg) => session.send(msg),
    disconnect: () => {
      session.closed();
      handle?.closed();
      handle = undefined;
    },
    reconnect: () => {
      if (!handle) open();
    },
    get sessionId() {
      return session.id;
    },
    get nextCseq() {
      return session.nextCseq;
    },
    get sessionToken() {
      return session.token;
    },
    get bytesReceived() {
      return bytes;
    },
  };
}
