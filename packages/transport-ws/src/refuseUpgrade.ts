import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Answers an HTTP upgrade request with a plain error response and closes the
 * socket, before any WebSocket handshake (browsers then report a failed
 * connection; `ws` clients get an `unexpected-response` event).
 *
 * @param socket - The raw socket of the `upgrade` event.
 * @param status - HTTP status, e.g. 403.
 * @param message - Short plain-text body. Default the status text.
 * @returns Nothing. Never throws (a socket that is already gone is ignored).
 *
 * @example
 * ```ts
 * server.on('upgrade', (req, socket) => refuseUpgrade(socket, 403, 'Origin not allowed'));
 * ```
 */
export function refuseUpgrade(socket: Duplex, status: number, message?: string): void {
  if (socket.destroyed) return;
  const text = STATUS_CODES[status] ?? 'Error';
  const body = message ?? text;
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      '\r\n' +
      body,
  );
}
