import type { ForwardMsg, HelloInfo, OutgoingBackMsg, SessionIdStore } from '@lit-ui/core/protocol';

/**
 * State of a client connection. `refused`: the server turned the session
 * down for now (`CloseCode.tooManySessions`, 4429: too many sessions or too
 * many from this address); the client retries with a longer back-off, and
 * `refusal` says why and when.
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'refused' | 'closed';

/** Why and until when the server refused the session (status `refused`). */
export interface ConnectionRefusal {
  /** The refusal's error code: `TooManySessions` or `TooManyConnections`. */
  readonly code: string;
  /** The server's message, fit to show the user. */
  readonly message: string;
  /** Refusals in a row so far (1 for the first). */
  readonly attempt: number;
  /** Delay before the next automatic attempt, in ms. */
  readonly retryInMs: number;
}

/** Options of `connectWebSocket`. */
export interface WebSocketClientOptions {
  /** `ws:`/`wss:` URL of the endpoint, `<mount>/_lit-ui/ws` (see `webSocketUrl`). */
  readonly url: string | URL;
  /** Browser facts for `hello`, read at every (re)connect. */
  readonly hello: () => HelloInfo;
  /** Each ForwardMsg, in order, never twice (replays are dropped). */
  readonly onMessage: (msg: ForwardMsg) => void;
  /** Called with each change of the connection's status. */
  readonly onStatus?: (status: ConnectionStatus) => void;
  /** Where the session id is kept per tab. Default `globalThis.sessionStorage` when present; `null` keeps it in memory. */
  readonly store?: SessionIdStore | null;
  /** Storage key of the session id. Default `lit-ui:session:<url>`. */
  readonly storageKey?: string;
  /** WebSocket constructor. Default `globalThis.WebSocket`; Node 20 tests pass `ws`'s. */
  readonly WebSocket?: {
    /** Opens a WebSocket to `url`. */
    new (url: string): WebSocket;
  };
  /**
   * The messages of the session the server started for this page, from the
   * host page (`runForHostPage`): applied at once, before the socket opens,
   * and the socket's `hello` resumes that session after them. Ignored when
   * the tab already has a session for this endpoint (a reload resumes its own).
   */
  readonly firstRun?: readonly ForwardMsg[];
  /** Reconnect timing: backoff after a lost connection, and after a refusal. */
  readonly reconnect?: {
    /** First delay before reconnecting, in ms (doubles per failure, with jitter). Default 250. */
    readonly retryDelayMs?: number;
    /** Largest delay between attempts, in ms. Default 5000. */
    readonly maxRetryDelayMs?: number;
    /** First delay after the server refused the session (4429), in ms (doubles per refusal, with jitter). Default 2000. */
    readonly refusedRetryDelayMs?: number;
    /** Largest delay between attempts while refused, in ms. Default 60 000. */
    readonly maxRefusedRetryDelayMs?: number;
  };
}

/** A live client connection: it reconnects by itself until `close()`. */
export interface ClientConnection {
  /** Numbers and sends a BackMsg; queued while disconnected, re-sent until acknowledged. Returns its cseq. */
  send(msg: OutgoingBackMsg): number;
  /** Closes for good (no reconnect). */
  close(): void;
  /** The connection's current status. */
  readonly status: ConnectionStatus;
  /** Session id once the server has said (`newSession`). */
  readonly sessionId: string | undefined;
  /**
   * The session's token once the server has said: send it in the
   * `SESSION_TOKEN_HEADER` of side-channel requests (uploads), never in a URL.
   * Absent on transports that do not report it.
   */
  readonly sessionToken?: string | undefined;
  /** Why the server refused the session, while the status is `refused`. */
  readonly refusal?: ConnectionRefusal | undefined;
  /** Tries again now instead of waiting for the next automatic attempt (a "Retry" button). */
  retry?(): void;
}
