import type { ForwardMsg } from './forwardMsg.js';

/**
 * What a transport knows about the request that opened a connection; the
 * app reads it as `st.context`.
 */
export interface RequestContext {
  /** URL of the upgrade/stream request (absolute when the transport knows the host). */
  readonly url: string;
  /** Request headers, lower-cased names; repeated headers joined with `', '`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Cookies parsed from the `cookie` header. */
  readonly cookies: Readonly<Record<string, string>>;
  /** Remote address, when known. */
  readonly ip?: string;
  /** Whatever the host app authenticated (set by an adapter's `getUser` option). */
  readonly user?: unknown;
}

/**
 * What a transport hands the runtime for one client connection. `send` is
 * called once per flush with every message of that flush (one frame).
 */
export interface ServerConnection {
  /** The request that opened the connection (URL, headers, cookies, user). */
  readonly context: RequestContext;
  /** Writes one frame; may return the bytes written, which the runtime counts (metrics `bytesSent`). */
  send(batch: readonly ForwardMsg[]): void | number;
  /** Bytes queued but not yet written to the socket, for backpressure. */
  readonly bufferedBytes?: number;
  /** Closes the connection with a WebSocket close code (see {@link CloseCode}) and a short reason. */
  close(code?: number, reason?: string): void;
}

/** What `runtime.connect` returns to the transport. */
export interface ConnectionHandle {
  /**
   * One incoming frame: JSON text or an already decoded value. The runtime
   * parses and validates it; invalid input is answered with an `error` message.
   */
  receive(frame: unknown): void;
  /** The transport lost the connection; the session waits `sessionTtlMs` for a resume. */
  closed(): void;
}

/**
 * WebSocket close codes the runtime uses when it refuses or ends a
 * connection (the 44xx codes echo the HTTP statuses of the same meaning).
 * Every refusal is preceded by an `error` message with a stable code.
 */
export const CloseCode = {
  /** A normal close (the client disconnects on purpose). */
  normal: 1000,
  /** The server shuts down or the session was closed. */
  goingAway: 1001,
  /** An incoming frame is larger than the transport accepts. */
  messageTooLarge: 1009,
  /** A client that keeps sending beyond its inbound budget (RFC 6455 "policy violation"). */
  policyViolation: 1008,
  /** The server is restarting (a worker draining): the client reconnects at once, to another process behind the load balancer. */
  serviceRestart: 1012,
  /**
   * The server is overloaded: try again later (RFC 6455). Also sent when the
   * client fell too far behind the app's output (runtime option
   * `backpressure`): it reconnects and resumes. A transport ends such a
   * connection at once: a closing handshake cannot pass a full buffer.
   */
  tryAgainLater: 1013,
  /** A frame the protocol cannot read, or a client of another protocol version. */
  protocolError: 4400,
  /** The `Origin` is neither the server's own nor in `allowedOrigins` (`OriginRefused`). */
  originRefused: 4403,
  /** No valid `hello` within the runtime's `helloTimeoutMs` (`HelloTimeout`). */
  helloTimeout: 4408,
  /** `maxSessions` (`TooManySessions`) or a per-address cap (`TooManyConnections`) is reached: retry later. */
  tooManySessions: 4429,
} as const;
