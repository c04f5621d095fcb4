/** Options of {@link checkOrigin}: the runtime's `allowedOrigins` and `trustProxy`. */
export interface OriginOptions {
  /**
   * Origins allowed besides the server's own, e.g. `'https://portal.example.com'`
   * (scheme, host and port; case, a default port and a trailing slash do not
   * matter). `'*'` allows every origin (turns the check off).
   */
  readonly allowedOrigins?: readonly string[];
  /** Take the server's own origin from `X-Forwarded-Proto` / `X-Forwarded-Host` (only behind your own proxy). Default false. */
  readonly trustProxy?: boolean;
}

/** The parts of a request the check reads: its URL as the server received it, and its headers. */
export interface OriginRequest {
  /** The request URL as the server received it (absolute, or a path resolved against the `Host` header). */
  readonly url: string;
  /** The request headers (`Origin`, `Host`, `X-Forwarded-*`). */
  readonly headers: Headers;
}

/**
 * Verdict of {@link checkOrigin}. `origin` is the request's normalised
 * `Origin`, `null` when it had none (not a browser's request).
 */
export type OriginCheck =
  | {
      /** The origin is allowed. */
      readonly ok: true;
      /** The request's normalised `Origin`; null when it had none. */
      readonly origin: string | null;
    }
  | {
      /** The origin is refused. */
      readonly ok: false;
      /** The request's normalised `Origin`. */
      readonly origin: string;
      /** Why, fit for a 403 body or a log line. */
      readonly message: string;
    };

/** First entry of a comma-separated header value, trimmed. */
function firstValue(value: string | null): string | undefined {
  const first = value?.split(',')[0]?.trim();
  return first ? first : undefined;
}

/**
 * `scheme://host[:port]` of `value`, lower-cased, without a default port, a
 * path or a trailing slash; `undefined` when it is not an http(s) origin
 * (including the opaque origin `'null'`). `ws:`/`wss:` count as `http:`/`https:`.
 *
 * @example normalizeOrigin('HTTPS://App.Example.com:443/') // 'https://app.example.com'
 */
export function normalizeOrigin(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  const scheme = { 'http:': 'http:', 'https:': 'https:', 'ws:': 'http:', 'wss:': 'https:' }[url.protocol];
  if (!scheme || !url.host) return undefined;
  if (scheme !== url.protocol) url.protocol = scheme;
  return url.origin;
}

/** The server's own origin for `request`: from its URL, or from the proxy's headers when trusted. */
export function serverOrigin(request: OriginRequest, trustProxy = false): string | undefined {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return undefined;
  }
  let scheme = url.protocol.replace(/:$/, '');
  let host = url.host;
  if (trustProxy) {
    const proto = firstValue(request.headers.get('x-forwarded-proto'))?.toLowerCase();
    if (proto === 'http' || proto === 'https') scheme = proto;
    host = firstValue(request.headers.get('x-forwarded-host')) ?? host;
  }
  return normalizeOrigin(`${scheme}://${host}`);
}

/**
 * Validates a list of allowed origins once (at start-up).
 *
 * @returns The normalised set (`'*'` kept as is).
 * @throws TypeError naming an entry that is not an http(s) origin (e.g. one with a path).
 */
export function normalizeAllowedOrigins(allowed: readonly string[] = []): ReadonlySet<string> {
  const out = new Set<string>();
  for (const entry of allowed) {
    if (entry === '*') {
      out.add('*');
      continue;
    }
    const origin = normalizeOrigin(entry);
    const path = origin === undefined ? undefined : new URL(entry.trim()).pathname;
    if (origin === undefined || (path !== '/' && path !== '')) {
      throw new TypeError(`allowedOrigins: '${entry}' is not an origin; give scheme, host and port only, e.g. 'https://app.example.com'.`);
    }
    out.add(origin);
  }
  return out;
}

/**
 * The origin rule of every lit-ui channel (WebSocket upgrades, HTTP POSTs,
 * uploads), as Streamlit's and Tornado's WebSocket origin check: a request
 * whose `Origin` is the server's own (scheme, host and port of the request,
 * or of `X-Forwarded-Proto`/`-Host` with `trustProxy`) or is listed in
 * `allowedOrigins` passes. A request without `Origin` passes too: browsers
 * send it on every WebSocket upgrade and cross-origin POST, so a request
 * without one is not a browser's and carries no visitor's cookies.
 *
 * @param request - URL (as the server received it) and headers.
 * @param options - `allowedOrigins` and `trustProxy`; allowed origins may be
 *   pre-normalised with `normalizeAllowedOrigins`.
 * @returns An {@link OriginCheck}; a refusal has a message fit for a 403 body or a close reason's log line.
 *
 * @example
 * checkOrigin({ url: 'http://localhost:3000/app/_lit-ui/ws', headers: new Headers({ origin: 'http://localhost:3000/' }) }).ok; // true
 * checkOrigin({ url: 'http://localhost:3000/', headers: new Headers({ origin: 'https://evil.example' }) }).ok; // false
 */
export function checkOrigin(request: OriginRequest, options: OriginOptions & { readonly allowed?: ReadonlySet<string> } = {}): OriginCheck {
  const header = request.headers.get('origin');
  if (header === null) return { ok: true, origin: null };
  const allowed = options.allowed ?? normalizeAllowedOrigins(options.allowedOrigins);
  const origin = normalizeOrigin(header);
  const own = serverOrigin(request, options.trustProxy);
  if (allowed.has('*')) return { ok: true, origin: origin ?? header };
  if (origin !== undefined && (origin === own || allowed.has(origin))) return { ok: true, origin };
  return {
    ok: false,
    origin: origin ?? header,
    message: `Origin '${header}' is not allowed: it is not this server's origin` + (own ? ` (${own})` : '') + ' and not listed in allowedOrigins.',
  };
}
