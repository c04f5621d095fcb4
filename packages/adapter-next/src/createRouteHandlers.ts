import type { App, AppScript, RuntimeOptions } from '@lit-ui/core';
import { loadSecrets } from '@lit-ui/core/node';
import { createMountHandler, type HostPageSecurityOptions, type MountHandler, type MountHandlerOptions } from '@lit-ui/ui-lit/server';
import { defaultAssetsDir } from './assetsDir.js';
import { registerApp } from './runtimeRegistry.js';

/** Options of {@link createRouteHandlers}: the runtime's, the host page's security headers, and the adapter's own. */
export interface RouteHandlerOptions extends Omit<RuntimeOptions, 'secrets'>, HostPageSecurityOptions {
  /**
   * `st.secrets`: an object, or the path (or `file:` URL) of a `secrets.toml`. Default: the first of
   * `.lit-ui/secrets.toml` and `.streamlit/secrets.toml` in the working directory, else none (docs/secrets.md).
   */
  secrets?: RuntimeOptions['secrets'] | string | URL;
  /** Host page `<title>`. Default `'lit-ui'`. */
  title?: string;
  /** Serve the host page at the mount root and page paths. Default true; false when a page of your own embeds `<lit-ui-app>`. */
  hostPage?: boolean;
  /** The mount path, e.g. `'/explorer'`. Default: learned from each request (its path without the catch-all's segments). */
  mount?: string;
  /**
   * Directory of the browser bundle (`URL` or path). Default `@lit-ui/ui-lit`'s
   * own: next to its module when it is external (`serverExternalPackages`),
   * else found from the app's directory (see `defaultAssetsDir`).
   */
  assetsDir?: URL | string;
  /** Who the host app authenticated, for `st.context.user` (asked when a stream opens); a throw refuses it with 401. */
  getUser?: (request: Request) => unknown;
  /**
   * Start a page's session while its host page is served and put the first run in the page
   * (`MountHandlerOptions.firstRun` of `@lit-ui/ui-lit/server`; docs/execution-model.md). It applies when the
   * server offers WebSocket first (the custom server of `@lit-ui/adapter-next/server`). Default true.
   */
  firstRun?: MountHandlerOptions['firstRun'];
}

/** The second argument Next.js passes a route handler: the catch-all's segments (a Promise since Next 15). */
export interface RouteContext {
  /** The route's dynamic segments by name; the optional catch-all's value is the path below the mount as an array of segments (absent at the mount root). */
  readonly params?: Promise<Record<string, string | string[] | undefined>> | Record<string, string | string[] | undefined>;
}

/** A Next.js App Router route handler. */
export type RouteHandler = (request: Request, context?: RouteContext) => Promise<Response>;

/** The handlers to export from `app/<mount>/[[...path]]/route.ts`. */
export interface RouteHandlers {
  /** Host page, client bundle, health, and the event stream's reconnects (200, 404 for paths lit-ui does not serve). */
  readonly GET: RouteHandler;
  /** As `GET`, without a body. */
  readonly HEAD: RouteHandler;
  /** The HTTP streaming transport: opening a stream with a hello, and BackMsg POSTs (each checked against the session's token). */
  readonly POST: RouteHandler;
  /** CORS preflight, answered only for `allowedOrigins`. */
  readonly OPTIONS: RouteHandler;
}

/**
 * The request as the browser addressed it. Next builds `request.url` from
 * its own host name (`localhost` by default), not from the `Host` header,
 * and the origin rule compares the page's `Origin` with this URL; so the
 * URL is rebuilt from `Host` (and from `X-Forwarded-Proto`/`-Host` with
 * `trustProxy`, which the runtime then applies too). Body, headers and
 * signal are kept.
 */
function asAddressed(request: Request): Request {
  const host = request.headers.get('host');
  const url = new URL(request.url);
  if (!host || host === url.host) return request;
  url.host = host;
  const hasBody = request.body !== null && request.method !== 'GET' && request.method !== 'HEAD';
  // `duplex` is required by Node's fetch for a streamed body; the DOM's RequestInit does not declare it yet.
  const init = {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    ...(hasBody ? { body: request.body, duplex: 'half' } : {}),
  };
  return new Request(url, init);
}

/** The mount path: the request's path without the trailing segments the optional catch-all matched. */
async function mountOf(request: Request, context: RouteContext | undefined): Promise<string> {
  const params = await context?.params;
  const caught = Object.values(params ?? {}).find(Array.isArray) ?? [];
  const segments = new URL(request.url).pathname.replace(/\/+$/, '').split('/');
  return segments.slice(0, segments.length - caught.length).join('/');
}

/**
 * Route handlers for a lit-ui app in a Next.js App Router route, as the
 * Express adapter on the same request core (`createMountHandler` of
 * `@lit-ui/ui-lit/server`): the host page, the browser bundle, the runtime's
 * HTTP routes, and the HTTP streaming transport (route handlers cannot take
 * a WebSocket upgrade; see `@lit-ui/adapter-next/server` for a custom
 * server with WebSocket). One runtime per app and process, kept across
 * Next's dev re-evaluations (sessions survive an edit; their next run uses
 * the new script). Requests that are not lit-ui's get Next's own 404 page.
 *
 * Put it in an optional catch-all, so the mount itself serves the host page,
 * and opt the route out of static rendering:
 *
 * @param app - An app script or a `defineApp(...)` app.
 * @param options - Runtime options plus {@link RouteHandlerOptions}' own.
 * @returns `{ GET, HEAD, POST, OPTIONS }` to export.
 * @throws LitUiError `InvalidArgument` for malformed security options.
 *
 * @example
 * ```ts
 * // app/explorer/[[...path]]/route.ts
 * import { createRouteHandlers } from '@lit-ui/adapter-next';
 * import app from '@/lit/explorer';
 * export const dynamic = 'force-dynamic';
 * export const runtime = 'nodejs';
 * export const { GET, HEAD, POST, OPTIONS } = createRouteHandlers(app, { title: 'Explorer' });
 * ```
 */
export function createRouteHandlers(app: App | AppScript, options: RouteHandlerOptions = {}): RouteHandlers {
  const {
    title,
    hostPage,
    mount: fixedMount,
    assetsDir,
    getUser,
    contentSecurityPolicy,
    frameAncestors,
    referrerPolicy,
    secrets,
    firstRun,
    ...otherOptions
  } = options;
  const runtimeOptions: RuntimeOptions = { ...otherOptions, secrets: loadSecrets(secrets) };
  const security = { contentSecurityPolicy, frameAncestors, referrerPolicy };
  const handlers = new Map<string, MountHandler>();
  const { logger } = runtimeOptions;

  const handle: RouteHandler = async (received, context) => {
    const request = asAddressed(received);
    const mount = fixedMount?.replace(/\/+$/, '') ?? (await mountOf(request, context));
    const { runtime } = registerApp(mount, app, runtimeOptions);
    let handler = handlers.get(mount);
    if (!handler) {
      // Next.js compresses responses itself and drops a route handler's Content-Encoding: hand it plain files.
      handler = createMountHandler(runtime, {
        title,
        hostPage,
        assetsDir: assetsDir ?? defaultAssetsDir(),
        logger,
        compressAssets: false,
        ...(firstRun !== undefined ? { firstRun } : {}),
        ...security,
      });
      handlers.set(mount, handler);
    }
    const forwarded = runtimeOptions.trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    const response = await handler(request, mount, {
      ...(forwarded ? { ip: forwarded } : {}),
      ...(getUser ? { getUser: () => getUser(request) } : {}),
    });
    // Not lit-ui's: Next's own 404 page (notFound() throws the signal Next renders it from).
    if (response) return response;
    const { notFound } = await import('next/navigation.js');
    return notFound();
  };
  return { GET: handle, HEAD: handle, POST: handle, OPTIONS: handle };
}
