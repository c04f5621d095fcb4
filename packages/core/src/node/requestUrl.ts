import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** Options of {@link requestUrl}. */
export interface RequestUrlOptions {
  /** Believe `x-forwarded-proto` and `x-forwarded-host` (set only behind a proxy you control). Default false. */
  readonly trustProxy?: boolean;
}

/**
 * The path and query the client asked for. Connect-style frameworks (Express)
 * rewrite `req.url` inside mounted routers and keep the full one in
 * `originalUrl`; the full one is used so that mount prefixes mean the same
 * everywhere.
 */
export function rawPath(req: IncomingMessage): string {
  const original = (req as IncomingMessage & { originalUrl?: unknown }).originalUrl;
  const path = typeof original === 'string' ? original : (req.url ?? '/');
  return path.startsWith('/') ? path : `/${path}`;
}

/** First entry of a comma-separated header value, trimmed; `undefined` when empty. */
export function firstHeaderValue(value: string | string[] | undefined): string | undefined {
  const joined = Array.isArray(value) ? value[0] : value;
  const first = joined?.split(',')[0]?.trim();
  return first ? first : undefined;
}

/**
 * The absolute URL of a Node request: scheme from the socket (TLS or not),
 * host from the `Host` header (falling back to the socket's local address),
 * path from `originalUrl` or `url`. With `trustProxy`, `x-forwarded-proto`
 * and `x-forwarded-host` win.
 *
 * @param req - The incoming request (HTTP request or WebSocket upgrade).
 * @param options - See {@link RequestUrlOptions}.
 * @returns A WHATWG URL. Never throws: a malformed host falls back to `localhost`.
 *
 * @example
 * ```ts
 * requestUrl(req).href; // 'http://localhost:3000/explorer?x=1'
 * ```
 */
export function requestUrl(req: IncomingMessage, options: RequestUrlOptions = {}): URL {
  const encrypted = (req.socket as Partial<TLSSocket> | null)?.encrypted === true;
  let protocol = encrypted ? 'https' : 'http';
  let host = req.headers.host;
  if (options.trustProxy) {
    const forwardedProto = firstHeaderValue(req.headers['x-forwarded-proto'])?.toLowerCase();
    if (forwardedProto === 'http' || forwardedProto === 'https') protocol = forwardedProto;
    host = firstHeaderValue(req.headers['x-forwarded-host']) ?? host;
  }
  if (!host) {
    const address = req.socket?.localAddress;
    const port = req.socket?.localPort;
    host = address ? `${address.includes(':') ? `[${address}]` : address}${port ? `:${port}` : ''}` : 'localhost';
  }
  const path = rawPath(req);
  try {
    const origin = new URL(`${protocol}://${host}`);
    // The host must be a host and nothing else (no path, credentials or query smuggled in).
    if (origin.pathname !== '/' || origin.username || origin.password || origin.search || origin.hash) {
      throw new TypeError('bad host');
    }
    return new URL(path, origin);
  } catch {
    return new URL(path, `${protocol}://localhost`);
  }
}
