import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { createRuntime, type App, type AppScript, type Runtime, type RuntimeOptions } from '@lit-ui/core';
import { clientAddress, loadSecrets, runOnSave as watchApp, sendResponse, toRequest, type RunOnSave, type RunOnSaveOptions } from '@lit-ui/core/node';
import { attachWebSocket, type WebSocketTransport, type WebSocketTransportOptions } from '@lit-ui/transport-ws';
import { createMountHandler, type HostPageSecurityOptions, type MountHandlerOptions, type ThemeSetting } from '@lit-ui/ui-lit/server';
// Express is a peer dependency used for its types only: the router is a plain middleware function.
import type { NextFunction, Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express';
import { createMountMatcher } from './mountMatcher.js';

/**
 * Options of {@link liteUi}: the runtime's options (`allowedOrigins`,
 * `trustProxy`, `maxSessions`, `metrics`, … — see docs/operations.md), the
 * host page's security headers, and the adapter's own. `trustProxy` also
 * applies to the request context and URLs the adapter builds. When `app` is
 * an existing `Runtime`, the runtime options are the ones it was created with.
 */
export interface LiteUiOptions extends Omit<RuntimeOptions, 'secrets'>, HostPageSecurityOptions {
  /**
   * `st.secrets`: an object, or the path (or `file:` URL) of a `secrets.toml`. Default: the first of
   * `.lit-ui/secrets.toml` and `.streamlit/secrets.toml` in the working directory, else none (docs/secrets.md).
   */
  secrets?: RuntimeOptions['secrets'] | string | URL;
  /** Host page `<title>`. Default `'lit-ui'`. */
  title?: string;
  /**
   * Theme of the host page: `'auto'` (default, follows the OS live),
   * `'light'`, `'dark'`, or a custom theme as Streamlit's `[theme]` options
   * (docs/theming.md). Its settings menu lets the user switch.
   */
  theme?: ThemeSetting;
  /** Serve a ready host page at the router root (and at any page path, for multipage apps) and its icon. Default true. */
  hostPage?: boolean;
  /**
   * Start a page's session while its host page is served and put the first
   * run in the page, so the run overlaps the bundle's download and the app
   * shows without waiting for a socket (`MountHandlerOptions.firstRun` of
   * `@lit-ui/ui-lit/server`; `{ waitMs }` bounds how long the page's body
   * waits for the run, default 150 ms). Default true; false starts the
   * session when the browser connects.
   */
  firstRun?: MountHandlerOptions['firstRun'];
  /** The mount path, when known up front (for matching WebSocket upgrades before any HTTP request). */
  basePath?: string;
  /**
   * Who the host app authenticated, for `st.context.user`; may return a
   * Promise; a throw refuses the WebSocket upgrade or the HTTP stream (401). A session is bound to this
   * user: only the same user resumes it (see the runtime's `identifyUser`).
   */
  getUser?: (req: IncomingMessage) => unknown;
  /** Directory of the browser bundle (`URL` or path). Default `@lit-ui/ui-lit`'s built assets. */
  assetsDir?: URL | string;
  /** WebSocket compression (`WebSocketTransportOptions.perMessageDeflate` of `@lit-ui/transport-ws`): off by default (each socket would keep a zlib context of about 300 KB); `true` compresses frames at level 6. */
  perMessageDeflate?: WebSocketTransportOptions['perMessageDeflate'];
  /** Large WebSocket batches (8 KB of JSON or more) gzip-compressed, one frame at a time (`WebSocketTransportOptions.compressFrames`). Default true. */
  compressFrames?: boolean;
  /**
   * Compress text responses (the HTTP streaming transport's event stream,
   * flushed per event; the host page, the bundle, JSON) with brotli or gzip
   * as the browser's `Accept-Encoding` allows. Default true. A response an
   * Express `compression()` middleware mounted earlier already encodes is
   * left to it; set false when a proxy in front compresses.
   */
  compress?: boolean;
  /**
   * Run on save in development, as Streamlit's `runOnSave`: name the app's
   * module (`{ module: new URL('./app.ts', import.meta.url) }`) and every
   * save under its folder reruns every session with the new code, keeping
   * session state; a module that fails to load shows its error on the page
   * while the last good code keeps serving. Never watches when
   * `NODE_ENV=production`. Default: off. See docs/run-on-save.md.
   */
  runOnSave?: Omit<RunOnSaveOptions, 'logger'>;
}

/** The Express middleware {@link liteUi} returns (mount it with `app.use(path, ui)`). */
export interface LiteUiRouter extends RequestHandler {
  /** Takes WebSocket upgrades under this router's mount path on `server`; call once per server. */
  attach(server: HttpServer | HttpsServer): WebSocketTransport;
  /** The runtime serving this router (given, or created from the app). */
  readonly runtime: Runtime;
  /** Run on save when the `runOnSave` option asked for it (`watching` is false in production); `ready` resolves once saves reload. */
  readonly runOnSave: RunOnSave | undefined;
  /** Closes every attached transport, then the runtime if `liteUi` created it. */
  close(): Promise<void>;
}

function isRuntime(value: unknown): value is Runtime {
  const candidate = value as Partial<Runtime> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.connect === 'function' && typeof candidate.fetch === 'function';
}

/**
 * Mounts a lit-ui app in Express. Every request under the mount path goes
 * to the framework-neutral request core (`createMountHandler` of
 * `@lit-ui/ui-lit/server`): the host page at `/` and at page paths with a
 * strict CSP (unless `hostPage: false`), the browser bundle (`/client.js`,
 * `/chunk-*.js`), the icon, real 404s, and the runtime's HTTP routes
 * (`/_lit-ui/*` → `runtime.fetch`); what it leaves (only with `hostPage:
 * false`) goes to `next()`. Both transports are served: HTTP streaming
 * (`/_lit-ui/stream` and `/_lit-ui/send`, through `runtime.fetch`) at once,
 * and WebSocket (`/_lit-ui/ws`) once `attach(server)` is called; the health
 * route lists what is served and `<lit-ui-app>` picks from it. Mount it
 * before body-parsing middleware, which would consume upload and POST bodies.
 *
 * @param app - An app script, a `defineApp(...)` app, or an existing `Runtime`
 *   (anything with `connect` and `fetch`), which the caller then owns.
 * @param options - Runtime options plus {@link LiteUiOptions}' own.
 * @returns A {@link LiteUiRouter}.
 * @throws Whatever `createRuntime` throws for an invalid app or options;
 *   LitUiError `InvalidArgument` for malformed security or theme options.
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
  const {
    title,
    theme,
    hostPage,
    basePath,
    getUser,
    assetsDir,
    contentSecurityPolicy,
    frameAncestors,
    referrerPolicy,
    perMessageDeflate,
    compressFrames,
    compress,
    secrets,
    runOnSave,
    firstRun,
    ...otherOptions
  } = options;
  const runtimeOptions: RuntimeOptions = { ...otherOptions, ...(isRuntime(app) ? {} : { secrets: loadSecrets(secrets) }) };
  const { trustProxy } = runtimeOptions;
  const ownsRuntime = !isRuntime(app);
  const runtime = isRuntime(app) ? app : createRuntime(app, runtimeOptions);
  const { logger } = runtimeOptions;
  const handle = createMountHandler(runtime, {
    title,
    theme,
    hostPage,
    assetsDir,
    logger,
    contentSecurityPolicy,
    frameAncestors,
    referrerPolicy,
    ...(firstRun !== undefined ? { firstRun } : {}),
  });
  const matcher = createMountMatcher(basePath);
  const transports: WebSocketTransport[] = [];
  const reloader = runOnSave ? watchApp(runtime, { ...runOnSave, ...(logger ? { logger } : {}) }) : undefined;

  const router = (req: ExpressRequest, res: ExpressResponse, next: NextFunction): void => {
    matcher.learn(req.baseUrl);
    const abort = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    Promise.resolve()
      .then(() =>
        handle(toRequest(req, { trustProxy, signal: abort.signal }), req.baseUrl, {
          ip: clientAddress(req, { trustProxy }),
          ...(getUser ? { getUser: () => getUser(req) } : {}),
        }),
      )
      .then((response) => (response ? sendResponse(res, response, { compress: compress !== false }) : next()))
      .catch(next);
  };

  const attach = (server: HttpServer | HttpsServer): WebSocketTransport => {
    const transport = attachWebSocket(server, runtime, {
      path: (pathname) => matcher.matches(pathname),
      ...(getUser ? { getUser } : {}),
      ...(trustProxy !== undefined ? { trustProxy } : {}),
      ...(runtimeOptions.maxMessageBytes !== undefined ? { maxMessageBytes: runtimeOptions.maxMessageBytes } : {}),
      ...(logger ? { logger } : {}),
      ...(perMessageDeflate !== undefined ? { perMessageDeflate } : {}),
      ...(compressFrames !== undefined ? { compressFrames } : {}),
    });
    transports.push(transport);
    return transport;
  };
  const close = async (): Promise<void> => {
    await reloader?.close();
    await Promise.all(transports.splice(0).map((transport) => transport.close()));
    if (ownsRuntime) await runtime.close();
  };
  return Object.assign(router, { attach, runtime, close, runOnSave: reloader });
}
