import type { OriginCheck, OriginRequest } from '../access/checkOrigin.js';
import { sameToken } from '../access/sessionToken.js';
import { mediaRoutes } from '../media/mediaRoutes.js';
import { PROTOCOL_VERSION } from '../protocol/forwardMsg.js';
import type { OfferedTransport } from '../protocol/httpStream.js';
import type { FetchInfo, HttpStreamTransport } from '../transport/httpStream/httpStreamTransport.js';
import type { AppSession } from './appSession.js';
import type { ResolvedRuntimeOptions } from './resolvedOptions.js';
import type { StoreHealthReport } from './storeHealth.js';

/** What the routes need from their runtime. */
export interface RuntimeRoutesHost {
  checkOrigin(request: OriginRequest): OriginCheck;
  /** Session count, the transports served (in order of preference); with a session store, `status` (`ok`, `degraded`, `draining`), the store's health, and whether the runtime drains (answered 503). */
  health(): {
    readonly sessions: number;
    readonly transports: readonly OfferedTransport[];
    readonly status?: string;
    readonly draining?: boolean;
    readonly store?: StoreHealthReport;
  };
  /** The HTTP streaming transport, when it is on. */
  readonly httpStream: HttpStreamTransport | undefined;
  /**
   * The session a side-channel request belongs to: the one named by its
   * `SESSION_ID_HEADER` whose token is its `SESSION_TOKEN_HEADER`;
   * `undefined` otherwise (answer 401/404). Uploads and POSTs use it.
   */
  sessionOf(request: Request): AppSession | undefined;
}

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...TEXT, ...headers } });
}

/** The bearer token of an `Authorization` header, if it has one. */
function bearer(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1];
}

/**
 * The runtime's HTTP routes under `<mount>/_lit-ui/`, on web `Request` /
 * `Response`:
 * - every request other than GET/HEAD first passes the origin rule
 *   (`allowedOrigins`; 403 with the reason otherwise), so uploads and HTTP
 *   streaming POSTs get it without asking;
 * - `GET|HEAD /_lit-ui/health`: status (`ok`; with a session store also
 *   `degraded` while it is unreachable, `draining` with 503 during `drain()`),
 *   protocol version, session count, the transports served (`transports`,
 *   in order of preference), the store's health;
 * - `/_lit-ui/stream`, `/_lit-ui/send`: the HTTP streaming transport;
 * - `GET /_lit-ui/metrics`: the metrics sink's exposition, only when
 *   `metrics.token` is set (404 otherwise) and the request carries
 *   `Authorization: Bearer <token>` (401 otherwise, with `WWW-Authenticate`);
 * - media files, uploads and deferred downloads ({@link mediaRoutes}),
 *   uploads and downloads authorised by the session id and token headers;
 * - anything else: 404.
 */
export function runtimeRoutes(options: ResolvedRuntimeOptions, host: RuntimeRoutesHost): (request: Request, info?: FetchInfo) => Promise<Response> {
  const metricsToken = options.metricsOptions?.token;
  const scrape = options.metricsOptions?.sink.scrape?.bind(options.metricsOptions.sink);

  const metrics = async (request: Request): Promise<Response> => {
    if (!metricsToken || !scrape) return text(404, 'Not found');
    if (!sameToken(bearer(request), metricsToken)) {
      return text(401, 'The metrics endpoint needs "Authorization: Bearer <token>" with the runtime\'s metrics.token.', {
        'www-authenticate': 'Bearer realm="lit-ui metrics"',
      });
    }
    const { contentType, body } = await scrape();
    return new Response(body, { status: 200, headers: { 'content-type': contentType, 'cache-control': 'no-store' } });
  };

  return async (request, info) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const method = request.method.toUpperCase();
    const read = method === 'GET' || method === 'HEAD';
    if (!read) {
      const origin = host.checkOrigin(request);
      if (!origin.ok) return text(403, origin.message);
    }
    if (path === '/_lit-ui/health' && read) {
      const { sessions, transports, status, draining, store } = host.health();
      const body = { status: status ?? 'ok', protocolVersion: PROTOCOL_VERSION, sessions, transports, ...(store ? { store } : {}) };
      // A draining runtime answers 503, so a load balancer that checks health sends new clients elsewhere.
      return Response.json(body, { status: draining ? 503 : 200, headers: { 'cache-control': 'no-store' } });
    }
    if (host.httpStream?.handles(path)) return host.httpStream.fetch(request, info);
    if (path === '/_lit-ui/metrics' && method === 'GET') return metrics(request);
    const media = await mediaRoutes(path, request, options.media, (r) => host.sessionOf(r)?.media);
    if (media) return media;
    return text(404, 'Not found');
  };
}
