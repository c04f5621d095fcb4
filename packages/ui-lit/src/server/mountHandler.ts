import { ErrorCode, LitUiError, runForHostPage, type FetchInfo, type Logger, type Runtime } from '@lit-ui/core';
import { firstRunPage, opensPage, pagePathOf } from './firstRunPage.js';
import { themeProblems, type ThemeSetting } from '../theme/themeConfig.js';
import { faviconResponse } from './favicon.js';
import { renderHostPage, type HostPageContent } from './hostPage.js';
import { mountRoute } from './mountRoute.js';
import { createPeerAssets } from './peerAssets.js';
import { createNonce, hostPageHeaders, type HostPageSecurityOptions } from './securityHeaders.js';
import { createStaticAssets } from './staticAssets.js';

/** Options of {@link createMountHandler}. */
export interface MountHandlerOptions extends HostPageSecurityOptions {
  /** Host page `<title>`. Default `'lit-ui'`. */
  readonly title?: string;
  /**
   * Theme of the host page's app: `'auto'` (default: the OS preference,
   * followed live, as Streamlit's "Use system setting"), `'light'`,
   * `'dark'`, or a custom theme as Streamlit's `[theme]` options
   * (`{ base, primaryColor, backgroundColor, secondaryBackgroundColor,
   * textColor, linkColor, borderColor, font, codeFont, baseRadius, light,
   * dark }`; see docs/theming.md). The page's settings menu lets the user
   * switch between system, light and dark.
   */
  readonly theme?: ThemeSetting;
  /**
   * Serve the host page at the mount root and at page paths, and the icon at
   * `/favicon.ico`. Default true. When false, only the bundle and the
   * runtime's routes are answered; every other request resolves to
   * `undefined`, for the host app to handle (it embeds `<lit-ui-app>` in its
   * own pages).
   */
  readonly hostPage?: boolean;
  /** Directory of the browser bundle (`URL` or path). Default this package's built `dist/browser/`. */
  readonly assetsDir?: URL | string;
  /** Told when the bundle directory is missing. */
  readonly logger?: Logger;
  /**
   * Send the bundle's text files compressed (brotli or gzip, compressed once
   * per file version). Default true. Pass false on hosts that compress
   * responses themselves and drop a handler's `Content-Encoding` (Next.js
   * route handlers: `@lit-ui/adapter-next` passes false).
   */
  readonly compressAssets?: boolean;
  /**
   * Start the session while the host page is served, and put its first
   * run's messages in the page (`runForHostPage`): the run overlaps the
   * bundle's download, and the browser shows the app without waiting for a
   * socket and a run. The page's head is sent at once; the body follows
   * when the run ends or after `waitMs` (default 150), whichever is first;
   * the rest comes over the connection. Such a page is `no-store` (it
   * carries the session's token). Default true when the runtime can open
   * connections and offers WebSocket first; false serves the page at once
   * and the session starts when the browser connects.
   */
  readonly firstRun?:
    | boolean
    | {
        /** How long the page's body waits for the first run to end, in ms. Default 150. */
        readonly waitMs?: number;
      };
}

/**
 * Answers one request under an app's mount path, or resolves to `undefined`
 * when the request is not lit-ui's (only with `hostPage: false`).
 *
 * @param request - The request, its URL absolute and unchanged (the mount path still in it).
 * @param mount - The mount path the request arrived under: `''` or `'/'` at
 *   the site root, else e.g. `'/tools/explorer'` (Express: `req.baseUrl`).
 * @param info - What the host knows beyond the `Request` (the client's
 *   address, `getUser`), handed to `runtime.fetch` for the HTTP streaming transport.
 */
export type MountHandler = (request: Request, mount: string, info?: FetchInfo) => Promise<Response | undefined>;

const ALLOW = 'GET, HEAD';

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', ...extra } });
}

/** `pathname` relative to `mount` (`'/'` at its root), or undefined when it is outside the mount. */
function relativePath(pathname: string, mount: string): string | undefined {
  const base = mount.replace(/\/+$/, '');
  if (base === '') return pathname;
  if (pathname === base) return '/';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : undefined;
}

/** The request with the mount path removed from its URL, as `runtime.fetch` expects; body, signal and headers kept. */
function withPath(request: Request, path: string): Request {
  const url = new URL(request.url);
  url.pathname = path;
  const hasBody = request.body !== null && request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    ...(hasBody ? { body: request.body, duplex: 'half' } : {}),
  });
}

/** Adds `X-Content-Type-Options: nosniff` to a runtime Response, copying it when its headers are immutable. */
function nosniff(response: Response): Response {
  if (response.headers.has('x-content-type-options')) return response;
  try {
    response.headers.set('x-content-type-options', 'nosniff');
    return response;
  } catch {
    const headers = new Headers(response.headers);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/**
 * The framework-neutral request core of every lit-ui adapter, on web
 * `Request`/`Response` (as tRPC's and Hono's cores): one function answers
 * everything under an app's mount path, and an adapter only translates its
 * framework's request and response.
 *
 * | path under the mount | answer |
 * |---|---|
 * | `/_lit-ui`, `/_lit-ui/…` (any method) | `runtime.fetch` with the mount stripped (health, media, uploads, …; unknown routes 404) |
 * | `/client.js`, `/chunk-*.js`, … | the browser bundle: ETag/304, chunks `immutable`; a missing file 404 |
 * | `/plotly.min.js` | plotly.js from the optional peer `plotly.js-dist-min` when installed (for `st.plotlyChart`), else 404 `PeerNotInstalled` |
 * | `/`, `/<page>` (one segment of letters, digits, `_`, `-`, `~`) | the host page, with a strict CSP and security headers |
 * | `/favicon.ico` | an icon |
 * | anything else (`/robots.txt`, `/a/b`, `/x.php`) | 404 |
 *
 * Methods other than GET and HEAD outside `/_lit-ui/` get 405. With
 * `hostPage: false`, page paths, the icon and "anything else" resolve to
 * `undefined` instead. Page paths follow `st.Page`'s rule for URL paths
 * (`isPageUrlPath` of `@lit-ui/core/protocol`): the server cannot know a
 * multipage app's pages before its script runs, so it accepts every path a
 * page can have, and a path no page declares is the app's "page not found".
 *
 * @param runtime - Anything with `fetch(Request) → Promise<Response>` (a `Runtime`).
 * @param options - Title, host page switch, bundle directory, security headers.
 * @returns A {@link MountHandler}.
 * @throws LitUiError `InvalidArgument` for malformed security options (see
 *   `hostPageHeaders`) or theme options (an unknown option, a value that is
 *   not a CSS color, font list or size; the message names each).
 *
 * @example
 * ```ts
 * // A plain Node server with the app at /explorer:
 * const handle = createMountHandler(runtime, { title: 'Explorer' });
 * const response = (await handle(request, '/explorer')) ?? new Response('Not found', { status: 404 });
 * ```
 */
export function createMountHandler(
  runtime: Pick<Runtime, 'fetch' | 'offeredTransports'> & Partial<Pick<Runtime, 'connect'>>,
  options: MountHandlerOptions = {},
): MountHandler {
  const { title = 'lit-ui', hostPage = true, assetsDir, logger, theme = 'auto', compressAssets = true, firstRun = true, ...security } = options;
  const waitMs = typeof firstRun === 'object' ? firstRun.waitMs : undefined;
  const headersFor = hostPageHeaders(security);
  const problems = themeProblems(theme);
  if (problems.length > 0) throw new LitUiError(ErrorCode.InvalidArgument, problems.join(' '));
  const assets = createStaticAssets(assetsDir, logger, compressAssets);
  const peers = createPeerAssets();

  return async (request, mount, info) => {
    const url = new URL(request.url);
    const path = relativePath(url.pathname, mount);
    if (path === undefined) return hostPage ? plain(404, 'Not found') : undefined;
    const route = mountRoute(path);
    if (route.kind === 'runtime') return nosniff(await runtime.fetch(withPath(request, path), info));
    const readOnly = request.method === 'GET' || request.method === 'HEAD';
    if (route.kind === 'asset' && !readOnly) return plain(405, 'Method not allowed', { allow: ALLOW });
    if (route.kind === 'asset') return peers.has(route.name) ? peers.serve(request, route.name) : assets.serve(request, route.name, route.extension);
    if (!hostPage) return undefined;
    if (!readOnly) return plain(405, 'Method not allowed', { allow: ALLOW });
    if (route.kind === 'favicon') return faviconResponse(request.method);
    if (route.kind === 'other') return plain(404, 'Not found');
    const nonce = createNonce();
    const offers = runtime.offeredTransports?.();
    const preload = await assets.initialImports();
    const content: HostPageContent = { title, mount, nonce, theme, preload, ...(offers ? { offers } : {}) };
    if (firstRun !== false && runtime.connect && offers?.[0] === 'ws' && opensPage(request)) {
      const connect = runtime.connect.bind(runtime);
      const run = () =>
        runForHostPage({ connect }, request, { pagePath: pagePathOf(path), ...(info ? { info } : {}), ...(waitMs !== undefined ? { waitMs } : {}) });
      return firstRunPage(content, run, headersFor(nonce));
    }
    const html = renderHostPage(content);
    const body = new TextEncoder().encode(html);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        ...headersFor(nonce),
        'content-type': 'text/html; charset=utf-8',
        'content-length': String(body.byteLength),
        'cache-control': 'no-cache',
      },
    });
  };
}
