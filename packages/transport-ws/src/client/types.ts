import type { ForwardMsg, HelloInfo, OutgoingBackMsg, SessionIdStore } from '@lit-ui/core/protocol';

/** State of a client connection. */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed';

/** Options of `connectWebSocket`. */
export interface WebSocketClientOptions {
  /** `ws:`/`wss:` URL of the endpoint, `<mount>/_lit-ui/ws` (see `webSocketUrl`). */
  readonly url: string | URL;
  /** Browser facts for `hello`, read at every (re)connect. */
  readonly hello: () => HelloInfo;
  /** Each ForwardMsg, in order, never twice (replays are dropped). */
  readonly onMessage: (msg: ForwardMsg) => void;
  readonly onStatus?: (status: ConnectionStatus) => void;
  /** Where the session id is kept per tab. Default `globalThis.sessionStorage` when present; `null` keeps it in memory. */
  readonly store?: SessionIdStore | null;
  /** Storage key of the session id. Default `lit-ui:session:<url>`. */
  readonly storageKey?: string;
  /** WebSocket constructor. Default `globalThis.WebSocket`; Node 20 tests pass `ws`'s. */
  readonly WebSocket?: new (url: string) => WebSocket;
  readonly reconnect?: {
    /** First delay before reconnecting, in ms (doubles per failure, with jitter). Default 250. */
    readonly retryDelayMs?: number;
    /** Largest delay between attempts, in ms. Default 5000. */
    readonly maxRetryDelayMs?: number;
  };
}

/** A live client connection: it reconnects by itself until `close()`. */
export interface ClientConnection {
  /** Numbers and sends a BackMsg; queued while disconnected, re-sent until acknowledged. Returns its cseq. */
  send(msg: OutgoingBackMsg): number;
  /** Closes for good (no reconnect). */
  close(): void;
  readonly status: ConnectionStatus;
  /** Session id once the server has said (`newSession`). */
  readonly sessionId: string | undefined;
}
