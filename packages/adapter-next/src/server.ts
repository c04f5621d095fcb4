/**
 * `@lit-ui/adapter-next/server`: WebSocket for lit-ui apps under a custom
 * Next.js server (Node only). Route handlers serve everything else, HTTP
 * streaming included; with this, `<lit-ui-app>` sees `ws` in the health
 * route's transports and prefers it.
 */
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';
import type { Logger } from '@lit-ui/core';
import { attachWebSocket, WS_PATH_SUFFIX, type WebSocketTransport } from '@lit-ui/transport-ws';
import { closeRegisteredApps, onAppRegistered } from './runtimeRegistry.js';

/** Options of {@link attachNextWebSocket}. */
export interface NextWebSocketOptions {
  /**
   * Next's upgrade handler, `app.getUpgradeHandler()`: every upgrade that is
   * not a lit-ui app's goes to it, so `next dev`'s hot reload keeps working.
   */
  readonly upgrade?: (req: IncomingMessage, socket: Duplex, head: Buffer) => unknown;
  /** Who the host app authenticated, for `st.context.user`; may return a Promise; a throw refuses the upgrade (401). */
  readonly getUser?: (req: IncomingMessage) => unknown;
  /** Believe `x-forwarded-*` headers (only behind your own proxy). Default false. */
  readonly trustProxy?: boolean;
  readonly logger?: Logger;
}

/** What {@link attachNextWebSocket} returns. */
export interface NextWebSocket {
  /** Stops taking upgrades, closes every WebSocket, and closes the apps' runtimes. */
  close(): Promise<void>;
}

/**
 * Takes the WebSocket upgrades of every lit-ui app that `createRouteHandlers`
 * registers in this process (`<mount>/_lit-ui/ws`, as each route is first
 * reached), and passes every other upgrade to Next.
 *
 * @param server - The custom server's `http`/`https` server.
 * @param options - Next's upgrade handler, `getUser`, proxy trust, logger.
 * @returns A {@link NextWebSocket} to close on shutdown.
 *
 * @example
 * ```js
 * // server.mjs
 * import { createServer } from 'node:http';
 * import next from 'next';
 * import { attachNextWebSocket } from '@lit-ui/adapter-next/server';
 * const app = next({ dev: process.env.NODE_ENV !== 'production' });
 * await app.prepare();
 * const server = createServer(app.getRequestHandler());
 * attachNextWebSocket(server, { upgrade: app.getUpgradeHandler() });
 * server.listen(3000);
 * ```
 */
export function attachNextWebSocket(server: HttpServer | HttpsServer, options: NextWebSocketOptions = {}): NextWebSocket {
  const { upgrade, getUser, trustProxy, logger } = options;
  const paths = new Set<string>();
  const transports: WebSocketTransport[] = [];
  const stop = onAppRegistered((entry) => {
    const path = `${entry.mount}${WS_PATH_SUFFIX}`;
    paths.add(path);
    transports.push(
      attachWebSocket(server, entry.runtime, {
        path,
        ...(getUser ? { getUser } : {}),
        ...(trustProxy !== undefined ? { trustProxy } : {}),
        ...(logger ? { logger } : {}),
      }),
    );
  });
  const passOn = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (paths.has(pathname)) return;
    Promise.resolve(upgrade?.(req, socket, head)).catch((error: unknown) => {
      logger?.warn('lit-ui: the Next.js upgrade handler failed', error);
      socket.destroy();
    });
  };
  if (upgrade) server.on('upgrade', passOn);
  return {
    close: async () => {
      stop();
      server.off('upgrade', passOn);
      await Promise.all(transports.splice(0).map((transport) => transport.close()));
      await closeRegisteredApps();
    },
  };
}
