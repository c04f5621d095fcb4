import type { IncomingMessage } from 'node:http';
import type { Logger, Runtime } from '@lit-ui/core';
import { requestContext } from '@lit-ui/core/node';
import { CloseCode, type ConnectionHandle, type ServerConnection } from '@lit-ui/core/protocol';
import { WebSocket, type RawData } from 'ws';
import { encodeBatch, gzipFramesWanted } from './frameCompression.js';

/** Close code for a binary frame: the protocol is JSON text only (RFC 6455 "unsupported data"). */
export const UNSUPPORTED_DATA = 1003;
/** Close code when the runtime fails to take the connection (RFC 6455 "internal error"). */
export const INTERNAL_ERROR = 1011;

/** Options of {@link bindConnection}. */
export interface BindConnectionOptions {
  /** The authenticated user, for `RequestContext.user`. */
  readonly user?: unknown;
  readonly trustProxy?: boolean;
  readonly logger?: Logger;
  /** Send large batches gzip-compressed to clients that ask for it (`?frames=gzip`). Default true. */
  readonly compressFrames?: boolean;
}

/** A text frame's payload as a string (`ws` hands text over as UTF-8-validated bytes). */
export function textOf(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

/**
 * Wires one accepted socket to the runtime: builds the `ServerConnection`
 * (context from the upgrade request, one frame per batch — text, or gzip for a
 * large batch when the client asked (see `encodeBatch`) — buffered bytes for
 * backpressure), calls `runtime.connect`, hands every text frame over raw
 * (the core parses and validates), and reports the close. Binary frames close
 * the socket with 1003: the protocol has none, so one means a foreign client.
 *
 * @param socket - An open `ws` socket.
 * @param req - The upgrade request that opened it.
 * @param runtime - Anything with `connect`.
 * @param options - User, proxy trust and logger.
 * @returns The runtime's handle, or `undefined` when `connect` threw (the
 *   error is logged and the socket closed with 1011). Never throws.
 *
 * @example
 * ```ts
 * wss.handleUpgrade(req, socket, head, (ws) => bindConnection(ws, req, runtime, { logger }));
 * ```
 */
export function bindConnection(
  socket: WebSocket,
  req: IncomingMessage,
  runtime: Pick<Runtime, 'connect'>,
  options: BindConnectionOptions = {},
): ConnectionHandle | undefined {
  const { logger } = options;
  const gzip = gzipFramesWanted(req, socket.extensions, options.compressFrames ?? true);
  const connection: ServerConnection = {
    context: requestContext(req, { user: options.user, trustProxy: options.trustProxy }),
    send(batch) {
      if (socket.readyState !== WebSocket.OPEN) return 0;
      const frame = encodeBatch(JSON.stringify(batch), gzip);
      socket.send(frame);
      return typeof frame === 'string' ? Buffer.byteLength(frame) : frame.byteLength;
    },
    get bufferedBytes() {
      return socket.bufferedAmount;
    },
    close(code, reason) {
      if (socket.readyState !== WebSocket.CONNECTING && socket.readyState !== WebSocket.OPEN) return;
      // A client too slow to read would not read the close frame either (ws would wait 30 s): end it now; it reconnects and resumes.
      if (code === CloseCode.tryAgainLater) socket.terminate();
      else socket.close(code, reason);
    },
  };

  let handle: ConnectionHandle;
  try {
    handle = runtime.connect(connection);
  } catch (error) {
    logger?.error('lit-ui: runtime.connect failed; closing the WebSocket', error);
    socket.close(INTERNAL_ERROR, 'Internal error');
    return undefined;
  }

  socket.on('message', (data, isBinary) => {
    if (isBinary) {
      socket.close(UNSUPPORTED_DATA, 'Binary frames are not supported');
      return;
    }
    try {
      handle.receive(textOf(data));
    } catch (error) {
      logger?.error('lit-ui: the runtime threw while receiving a frame', error);
    }
  });
  socket.once('close', () => {
    try {
      handle.closed();
    } catch (error) {
      logger?.error('lit-ui: the runtime threw while closing a connection', error);
    }
  });
  socket.on('error', (error) => {
    logger?.warn('lit-ui: WebSocket error', error);
  });
  return handle;
}
