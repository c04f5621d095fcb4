import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';
import { ErrorCode, LitUiError, type Logger, type Runtime, type Scheduler } from '@lit-ui/core';
import { toRequest } from '@lit-ui/core/node';
import { WebSocketServer, type WebSocket } from 'ws';
import { bindConnection } from './bindConnection.js';
import { createHeartbeat } from './heartbeat.js';
import { joinMuxEndpoint } from './muxEndpoint.js';
import { refuseUpgrade } from './refuseUpgrade.js';
import { claimed, claimUpgrades, orphaned } from './upgradeClaims.js';

/** Options of {@link attachWebSocket}. */
export interface WebSocketTransportOptions {
  /** Upgrade path to accept: exact pathname (no query), or a predicate on the raw pathname. */
  path: string | ((pathname: string) => boolean);
  /** Largest incoming frame in bytes (ws `maxPayload`); bigger frames close the socket with 1009. Default 1 MiB. */
  maxMessageBytes?: number;
  /** Heartbeat ping interval in ms; a socket that misses a pong is terminated. `0` turns it off. Default 30000. */
  pingMs?: number;
  /**
   * Who the host app authenticated, for `st.context` / `RequestContext.user`.
   * May return a Promise: it is awaited before the handshake completes. If it
   * throws or rejects, the upgrade is refused with HTTP 401.
   */
  getUser?: (req: IncomingMessage) => unknown;
  /** Believe `x-forwarded-*` headers for the context's URL and ip (only behind your own proxy). Default false. */
  trustProxy?: boolean;
  /** Where connection errors go. Default: nowhere. */
  logger?: Logger;
  /** Timers for the heartbeat and the close grace period. Default: the global ones. */
  scheduler?: Pick<Scheduler, 'setTimeout' | 'clearTimeout'>;
  /**
   * Large batches (a first load, a big table window: JSON of 8 KB or more)
   * go gzip-compressed in binary frames to clients that ask for it (lit-ui's
   * client does, in browsers with `DecompressionStream`); smaller ones go as
   * text. Each frame is compressed on its own, so no compression state stays
   * with the socket: a 5,000-element first load shrinks about tenfold and an
   * idle session costs no more memory. Default true; false sends text only.
   * Off by itself on a socket that negotiated `perMessageDeflate`.
   */
  compressFrames?: boolean;
  /**
   * permessage-deflate (RFC 7692), used with clients that offer it (browsers
   * and `ws` do): outgoing frames are compressed at zlib `level` (1
   * fastest … 9 smallest); `thresholdBytes` (smaller frames go as they are)
   * applies only when the client asks for no context takeover, since with
   * a shared context even a small frame shrinks (an interaction's ~340
   * bytes become ~50). A socket that got such a frame keeps a zlib context:
   * measured on a 1,000-element page, about 310 KB more server memory (RSS)
   * per socket. `true` means `{ thresholdBytes: 1024, level: 6 }`. Default
   * `false` (off): `compressFrames` already shrinks the large batches without
   * memory per socket; turn this on when the small ones matter more than
   * memory (docs/transports.md#compression). Malformed values throw
   * LitUiError `InvalidArgument` when the transport is attached.
   */
  perMessageDeflate?: boolean | PerMessageDeflateOptions;
  /**
   * Serve this app on the server's shared endpoint too (`<mount>/_lit-ui/mux`,
   * one per server for all its apps): a page with several apps of this
   * server opens one socket with a channel per app (docs/embedding.md). The
   * runtime then offers `'ws-mux'`. Default true.
   */
  multiplex?: boolean;
}

/** Option `perMessageDeflate` of {@link WebSocketTransportOptions}. */
export interface PerMessageDeflateOptions {
  /** Frames shorter than this, in bytes, go uncompressed. Default 1024. */
  readonly thresholdBytes?: number;
  /** zlib compression level, 1–9. Default 6. */
  readonly level?: number;
}

/** A WebSocket transport attached to a server. */
export interface WebSocketTransport {
  /** Open client sockets. */
  readonly clientCount: number;
  /**
   * Stops taking upgrades (the listener is removed), closes every client with
   * 1001 "going away" and terminates those that do not finish the closing
   * handshake within a second. Resolves when all are closed. Idempotent.
   */
  close(): Promise<void>;
}

const DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;
const DEFAULT_PING_MS = 30_000;
const DEFAULT_DEFLATE_THRESHOLD_BYTES = 1024;
const DEFAULT_DEFLATE_LEVEL = 6;

/** ws' `perMessageDeflate` setting from the transport's option. */
function deflateSetting(option: WebSocketTransportOptions['perMessageDeflate']) {
  if (option === undefined || option === false) return false;
  if (option === true) option = {};
  const threshold = option?.thresholdBytes ?? DEFAULT_DEFLATE_THRESHOLD_BYTES;
  const level = option?.level ?? DEFAULT_DEFLATE_LEVEL;
  if (!Number.isInteger(threshold) || threshold < 0) {
    throw new LitUiError(ErrorCode.InvalidArgument, `perMessageDeflate.thresholdBytes must be a whole number of bytes, not ${String(threshold)}.`);
  }
  if (!Number.isInteger(level) || level < 1 || level > 9) {
    throw new LitUiError(ErrorCode.InvalidArgument, `perMessageDeflate.level must be a zlib level from 1 to 9, not ${String(level)}.`);
  }
  return { threshold, zlibDeflateOptions: { level } };
}
const CLOSE_GRACE_MS = 1000;

/** The runtime's origin verdict on an upgrade; a request the web `Request` cannot represent is refused, never thrown. */
export function checkUpgradeOrigin(runtime: Pick<Runtime, 'checkOrigin'>, req: IncomingMessage): { ok: true } | { ok: false; message: string } {
  try {
    return runtime.checkOrigin(toRequest(req));
  } catch {
    return { ok: false, message: 'Malformed upgrade request' };
  }
}

function pathMatcher(path: WebSocketTransportOptions['path'], logger?: Logger): (pathname: string) => boolean {
  if (typeof path !== 'function') return (pathname) => pathname === path;
  return (pathname) => {
    try {
      return path(pathname);
    } catch (error) {
      logger?.error('lit-ui: the WebSocket path predicate threw; upgrade left to other handlers', error);
      return false;
    }
  };
}

/**
 * Serves lit-ui over WebSocket on an existing Node server: takes the
 * server's `upgrade` requests whose path matches (leaving the others to
 * other handlers), checks the origin with the runtime's rule
 * (`runtime.checkOrigin`: the page's own origin plus the runtime's
 * `allowedOrigins`; HTTP 403 otherwise, before any handshake), completes the
 * handshake and binds each socket to `runtime.connect`. Frames go to the runtime as raw text; each
 * batch the runtime sends is one text frame, compressed with
 * permessage-deflate when the client offers it. A heartbeat ends dead sockets.
 *
 * @param server - An `http` or `https` server (listening or not).
 * @param runtime - The runtime (`connect` and `checkOrigin` are used; `offerTransport`, when it has one, hears that 'ws' is served until `close()`).
 * @param options - See {@link WebSocketTransportOptions}.
 * @returns A {@link WebSocketTransport} to count clients and close.
 * @throws LitUiError `InvalidArgument` for a malformed `perMessageDeflate`.
 *
 * @example
 * ```ts
 * const server = http.createServer(handler).listen(3000);
 * const transport = attachWebSocket(server, runtime, { path: '/explorer/_lit-ui/ws' });
 * // later
 * await transport.close();
 * ```
 */
export function attachWebSocket(
  server: HttpServer | HttpsServer,
  runtime: Pick<Runtime, 'connect' | 'checkOrigin' | 'offerTransport'>,
  options: WebSocketTransportOptions,
): WebSocketTransport {
  const perMessageDeflate = deflateSetting(options.perMessageDeflate);
  // The runtime's health route lists 'ws' while this transport is attached, so clients pick it.
  const withdrawOffer = runtime.offerTransport?.('ws');
  const { getUser, logger } = options;
  const matches = pathMatcher(options.path, logger);
  const timers = options.scheduler;
  const pingMs = options.pingMs ?? DEFAULT_PING_MS;
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  // Several apps of a page share one socket per server: the shared endpoint routes a channel per app here.
  const leaveMux =
    options.multiplex === false
      ? undefined
      : joinMuxEndpoint(server, {
          matches,
          runtime,
          getUser,
          trustProxy: options.trustProxy,
          logger,
          channels: new Set(),
          maxMessageBytes,
          perMessageDeflate: perMessageDeflate || false,
          compressFrames: options.compressFrames ?? true,
          pingMs,
          scheduler: timers,
        });
  const withdrawMuxOffer = leaveMux && runtime.offerTransport?.('ws-mux');
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes, perMessageDeflate });
  const heartbeat = createHeartbeat({ pingMs, ...(timers ? { scheduler: timers } : {}) });
  let closing: Promise<void> | undefined;

  const onSocketError = (error: Error): void => logger?.warn('lit-ui: socket error during the WebSocket upgrade', error);

  const accept = (req: IncomingMessage, socket: Duplex, head: Buffer, user: unknown): void => {
    if (closing || socket.destroyed) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      socket.off('error', onSocketError);
      heartbeat.track(ws);
      ws.on('pong', () => heartbeat.alive(ws));
      ws.on('message', () => heartbeat.alive(ws));
      ws.once('close', () => heartbeat.untrack(ws));
      bindConnection(ws, req, runtime, {
        user,
        trustProxy: options.trustProxy,
        compressFrames: options.compressFrames ?? true,
        ...(logger ? { logger } : {}),
      });
    });
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (closing || claimed.has(socket)) return;
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (!matches(pathname)) {
      if (orphaned(server, pathname)) {
        claimed.add(socket);
        refuseUpgrade(socket, 404, 'No WebSocket endpoint at this path');
      }
      return;
    }
    claimed.add(socket);
    socket.on('error', onSocketError);
    const origin = checkUpgradeOrigin(runtime, req);
    if (!origin.ok) {
      logger?.warn(`lit-ui: WebSocket upgrade refused: ${origin.message}`);
      refuseUpgrade(socket, 403, origin.message);
      return;
    }
    if (!getUser) {
      accept(req, socket, head, undefined);
      return;
    }
    Promise.resolve()
      .then(() => getUser(req))
      .then(
        (user) => accept(req, socket, head, user),
        (error: unknown) => {
          logger?.warn('lit-ui: getUser refused a WebSocket upgrade', error);
          refuseUpgrade(socket, 401, 'Unauthorized');
        },
      );
  };

  const release = claimUpgrades(server, onUpgrade, matches);

  const closeClient = (ws: WebSocket): Promise<void> =>
    new Promise((resolve) => {
      if (ws.readyState === ws.CLOSED) {
        resolve();
        return;
      }
      const set = timers?.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
      const clear = timers?.clearTimeout ?? ((handle: unknown) => clearTimeout(handle as NodeJS.Timeout));
      const timer = set(() => ws.terminate(), CLOSE_GRACE_MS);
      ws.once('close', () => {
        clear(timer);
        resolve();
      });
      ws.close(1001, 'Server shutting down');
    });

  return {
    get clientCount() {
      return wss.clients.size;
    },
    close() {
      closing ??= (async () => {
        release();
        withdrawOffer?.();
        withdrawMuxOffer?.();
        const leftMux = leaveMux?.();
        heartbeat.stop();
        await Promise.all([...wss.clients].map(closeClient));
        await leftMux;
        await new Promise<void>((resolve) => wss.close(() => resolve()));
      })();
      return closing;
    },
  };
}
