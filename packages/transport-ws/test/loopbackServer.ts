import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A real HTTP server on 127.0.0.1 with an OS-assigned port (test helper). */
export interface LoopbackServer {
  readonly server: Server;
  readonly port: number;
  /** Every TCP socket accepted so far (HTTP and upgraded). */
  readonly sockets: Set<Socket>;
  /** Destroys every connection and stops listening. */
  close(): Promise<void>;
}

/** Starts a {@link LoopbackServer}; requests get 404 unless a handler is given. */
export async function loopbackServer(handler?: RequestListener): Promise<LoopbackServer> {
  const server = createServer(handler ?? ((_req, res) => res.writeHead(404).end()));
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Resolves once `check()` is true, polling each event-loop turn; rejects after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
