import { parseCookies } from '../node/parseCookies.js';
import type { RequestContext } from '../protocol/transport.js';

/**
 * The facts of a connection opened by a web `Request` (the HTTP streaming
 * transport's hello, a host page starting its session): its URL, headers
 * (lower-cased names), cookies, and the client address and user the host
 * gave.
 *
 * @param request - The request that opens the connection.
 * @param ip - The client's address, when known.
 * @param user - What the host authenticated, when it did.
 * @returns The connection's `RequestContext` (for `st.context`).
 */
export function webRequestContext(request: Request, ip: string | undefined, user: unknown): RequestContext {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return {
    url: request.url,
    headers,
    cookies: parseCookies(headers['cookie']),
    ...(ip !== undefined ? { ip } : {}),
    ...(user !== undefined ? { user } : {}),
  };
}
