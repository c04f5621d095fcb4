import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { createRuntime, type App, type AppScript, type Runtime, type RuntimeOptions } from '@lit-ui/core';
import { attachWebSocket, type WebSocketTransport } from '@lit-ui/transport-ws';
// Express is a peer dependency: the host app's copy provides the Router.
import { Router } from 'express';
import { assets } from './assets.js';
import { hostPage } from './hostPage.js';
import { createMountMatcher } from './mountMatcher.js';
import { runtimeRoutes } from './runtimeRoutes.js';

/** Options of {@link liteUi}: the runtime's options plus the adapter's own. */
export interface LiteUiOptions extends RuntimeOptions {
  /** Host page `<title>`. Default `'lit-ui'`. */
  title?: string;
  /** Serve a ready host page at the router root (and at any page sub-path, for multipage apps). Default true. */
  hostPage?: boolean;
  /** The mount path, when known up front (for matching WebSocket upgrades before any HTTP request). */
  basePath?: string;
  /** Allowed `Origin` values of WebSocket upgrades; absent = any. Others get HTTP 403. */
  allowedOrigins?: readonly string[];
  /** Who the host app authenticated, for `st.context.user`; may return a Promise; a throw refuses the upgrade (401). */
  getUser?: (req: IncomingMessage) => unknown;
  /** Believe `x-forwarded-*` headers (only behind your own proxy). Default false. */
  trustProxy?: boolean;
  /** Directory of the browser bundle (`URL` or path). Default `@lit-ui/ui-lit`'s built assets. */
  assetsDir?: URL | string;
}

/** The Express router {@link liteUi} returns. */
export interface LiteUiRouter extends Router {
  /** Takes WebSocket upgrades under this router's mount path on `server`; call once per server. */
  attach(server: HttpServer | HttpsServer): WebSocketTransport;
  /** The runtime serving this router (given, or created from the app). */
  readonly runtime: Runtime;
  /** Closes every attached transport, then the runtime if `liteUi` created it. */
  close(): Promise<void>;
}

function isRuntime(value: unknown): value is Runtime {
  const candidate = value as Partial<Runtime> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.connect === 'function' && typeof candidate.fetch === 'function';
}

/**
 * Mounts a lit-ui app in Express. The router serves, under its mount path:
 * the host page at `/` and at page sub-paths (unless `hostPage: false`), the
 * browser bundle (`/client.js`, `/chunk-*.js`), and the runtime's HTTP routes
 * (`/_lit-ui/*` → `runtime.fetch`). `attach(server)` adds the WebSocket
 * endpoint `/_lit-ui/ws` on the HTTP server. Mount it before body-parsing
 * middleware, which would consume upload bodies.
 *
 * @param app - An app script, a `defineApp(...)` app, or an existing `Runtime`
 *   (anything with `connect` and `fetch`), which the caller then owns.
 * @param options - Runtime options plus {@link LiteUiOptions}' own.
 * @returns A {@link LiteUiRouter}.
 * @throws Whatever `createRuntime` throws for an invalid app or options.
 *
 * @example
 * ```ts
 * const app = express();
 * const ui = liteUi(script, { title: 'Explorer' });
 * app.use('/tools/explorer', ui);
 * const server = app.listen(3000);
 * ui.attach(server);
 * ```
 */
export function liteUi(app: App | AppScript | Runtime, options: LiteUiOptions = {}): LiteUiRouter {
  const { title = 'lit-ui', hostPage: servePage = true, basePath, allowedOrigins, getUser, trustProxy, assetsDir, ...runtimeOptions } = options;
  const ownsRuntime = !isRuntime(app);
  const runtime = isRuntime(app) ? app : createRuntime(app, runtimeOptions);
  const matcher = createMountMatcher(basePath);
  const transports: WebSocketTransport[] = [];

  const router = Router();
  router.use((req, _res, next) => {
    matcher.learn(req.baseUrl);
    next();
  });
  router.use(runtimeRoutes(runtime, { trustProxy }));
  router.use(assets(assetsDir));
  if (servePage) router.use(hostPage(title));

  const attach = (server: HttpServer | HttpsServer): WebSocketTransport => {
    const transport = attachWebSocket(server, runtime, {
      path: (pathname) => matcher.matches(pathname),
      ...(allowedOrigins ? { allowedOrigins } : {}),
      ...(getUser ? { getUser } : {}),
      ...(trustProxy !== undefined ? { trustProxy } : {}),
      ...(runtimeOptions.maxMessageBytes !== undefined ? { maxMessageBytes: runtimeOptions.maxMessageBytes } : {}),
      ...(runtimeOptions.logger ? { logger: runtimeOptions.logger } : {}),
    });
    transports.push(transport);
    return transport;
  };
  const close = async (): Promise<void> => {
    await Promise.all(transports.splice(0).map((transport) => transport.close()));
    if (ownsRuntime) await runtime.close();
  };
  return Object.assign(router, { attach, runtime, close });
}
