/**
 * `@lit-ui/adapter-next/server`: WebSocket for lit-ui apps under a custom
 * Next.js server (Node only). Route handlers serve everything else, HTTP
 * streaming included; with this, `<lit-ui-app>` sees `ws` in the health
 * route's transports and prefers it.
 */
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import type { Logger } from '@lit-ui/core';
import { attachWebSocket, MUX_PATH_SUFFIX, WS_PATH_SUFFIX, type WebSocketTransport } from '@lit-ui/transport-ws';
import { closeRegisteredApps, onAppRegistered } from './runtimeRegistry.js';

/** Options of {@link attachNextWebSocket}. */
export interface NextWebSocketOptions {
  /** Who the host app authenticated, for `st.context.user`; may return a Promise; a throw refuses the upgrade (401). */
  readonly getUser?: (req: IncomingMessage) => unknown;
  /** Believe `x-forwarded-*` headers (only behind your own proxy). Default false. */
  readonly trustProxy?: boolean;
  /** Where the WebSocket transports report refused connections and errors; nothing is logged without it. */
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
 * reached), and leaves every other upgrade to Next.
 *
 * Next attaches its own `upgrade` listener to a custom server on the first
 * request (hot reload in dev, rewrites), and ends any upgrade whose path an
 * app route matches, as `<mount>/[[...path]]` matches `<mount>/_lit-ui/ws`.
 * So lit-ui's upgrades are routed before the server's listeners see them:
 * the server's `emit` passes `upgrade` events for those paths to lit-ui's
 * transports only, and every other event on as before (`close()` restores it).
 *
 * @param server - The custom server's `http`/`https` server.
 * @param options - `getUser`, proxy trust, logger.
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
 * attachNextWebSocket(server);
 * server.listen(3000);
 * ```
 */
export function attachNextWebSocket(server: HttpServer | HttpsServer, options: NextWebSocketOptions = {}): NextWebSocket {
  const { getUser, trustProxy, logger } = options;
  const paths = new Set<string>();
  const transports: WebSocketTransport[] = [];
  // lit-ui's transports listen here; the real server hands over the upgrades of lit-ui's paths.
  const litUiUpgrades = new EventEmitter() as unknown as HttpServer;
  const stop = onAppRegistered((entry) => {
    const path = `${entry.mount}${WS_PATH_SUFFIX}`;
    paths.add(path);
    // The server's shared endpoint (several apps of a page on one socket) answers at every app's mount too.
    paths.add(`${entry.mount}${MUX_PATH_SUFFIX}`);
    transports.push(
      attachWebSocket(litUiUpgrades, entry.runtime, {
        path,
        ...(getUser ? { getUser } : {}),
        ...(trustProxy !== undefined ? { trustProxy } : {}),
        ...(logger ? { logger } : {}),
      }),
    );
  });
  // Called on the server through Reflect.apply, and put back as it was on close.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emit = server.emit;
  const routed = function (this: HttpServer | HttpsServer, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'upgrade') {
      const pathname = ((args[0] as IncomingMessage).url ?? '/').split(/[?#]/, 1)[0] ?? '/';
      if (paths.has(pathname)) return litUiUpgrades.emit('upgrade', ...(args as [IncomingMessage, Duplex, Buffer]));
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
  server.emit = routed as typeof server.emit;
  return {
    close: async () => {
      stop();
      if (server.emit === routed) server.emit = emit;
      await Promise.all(transports.splice(0).map((transport) => transport.close()));
      await closeRegisteredApps();
    },
  };
}
