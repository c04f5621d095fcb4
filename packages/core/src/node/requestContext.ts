import type { IncomingMessage } from 'node:http';
import type { RequestContext } from '../protocol/transport.js';
import { parseCookies } from './parseCookies.js';
import { firstHeaderValue, requestUrl } from './requestUrl.js';

/** Options of {@link requestContext}. */
export interface RequestContextOptions {
  /** Whoever the host app authenticated; exposed as `RequestContext.user`. */
  readonly user?: unknown;
  /**
   * Believe `x-forwarded-proto`, `x-forwarded-host` and `x-forwarded-for`.
   * Turn on only behind a proxy you control: clients can send these headers. Default false.
   */
  readonly trustProxy?: boolean;
}

/**
 * Lower-cased header names → values, repeated headers joined with `', '`
 * (`set-cookie` never appears on requests; HTTP/2 pseudo-headers are skipped).
 */
function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/**
 * What a transport tells the runtime about the request that opened a
 * connection (the app reads it as `st.context`): the absolute URL, headers,
 * cookies, remote address and the authenticated user.
 *
 * @param req - The HTTP request or WebSocket upgrade request.
 * @param options - The `user` to attach and whether to trust proxy headers.
 * @returns A plain `RequestContext` (of `@lit-ui/core/protocol`). Never throws: malformed cookies are
 *   kept raw, a malformed host falls back to `localhost`.
 *
 * @example
 * ```ts
 * server.on('upgrade', (req) => {
 *   const context = requestContext(req, { user: lookUpUser(req), trustProxy: true });
 *   context.cookies.theme; // 'dark'
 * });
 * ```
 */
export function requestContext(req: IncomingMessage, options: RequestContextOptions = {}): RequestContext {
  const ip = clientAddress(req, options);
  return {
    url: requestUrl(req, { trustProxy: options.trustProxy }).href,
    headers: flattenHeaders(req),
    cookies: parseCookies(firstCookieHeader(req.headers.cookie)),
    ...(ip !== undefined ? { ip } : {}),
    ...(options.user !== undefined ? { user: options.user } : {}),
  };
}

/**
 * The client's address: the first `x-forwarded-for` entry with `trustProxy`,
 * else the socket's remote address (what `RequestContext.ip` holds).
 *
 * @example
 * ```ts
 * runtime.fetch(toRequest(req), { ip: clientAddress(req, { trustProxy: true }) });
 * ```
 */
export function clientAddress(req: IncomingMessage, options: Pick<RequestContextOptions, 'trustProxy'> = {}): string | undefined {
  const forwardedFor = options.trustProxy ? firstHeaderValue(req.headers['x-forwarded-for']) : undefined;
  return forwardedFor ?? req.socket?.remoteAddress;
}

/** Node joins repeated `cookie` headers with `'; '` already; an array only appears on exotic servers. */
function firstCookieHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join('; ') : value;
}
