import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { requestUrl } from './requestUrl.js';

/** Options of {@link toRequest}. */
export interface ToRequestOptions {
  /**
   * Mount path to remove from the URL path, so the Request is relative to
   * the app (e.g. `'/tools/explorer'`: `/tools/explorer/_lit-ui/health` →
   * `/_lit-ui/health`). Removed only on a segment boundary; a path outside
   * the prefix is left unchanged.
   */
  readonly stripPrefix?: string;
  /** Believe `x-forwarded-proto` and `x-forwarded-host` for the URL. Default false. */
  readonly trustProxy?: boolean;
  /** Aborts the Request (e.g. when the client goes away); becomes `request.signal`. */
  readonly signal?: AbortSignal;
}

/**
 * Removes `prefix` from the start of `path` when it is a whole segment prefix.
 *
 * @example
 * ```ts
 * stripPathPrefix('/a/b/c', '/a/'); // '/b/c'
 * stripPathPrefix('/ab', '/a');     // '/ab'
 * ```
 */
export function stripPathPrefix(path: string, prefix: string): string {
  const base = prefix.replace(/\/+$/, '');
  if (!base || !path.startsWith(base)) return path;
  const rest = path.slice(base.length);
  if (rest === '') return '/';
  return rest.startsWith('/') ? rest : path;
}

/** Node's header object as web `Headers` (repeated values appended; pseudo-headers skipped). */
function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  return headers;
}

/**
 * The request body as a web stream that starts reading `req` only when the
 * stream is first read: a handler that turns the Request away unread (an
 * adapter passing it on to the next middleware) leaves the body to others.
 */
function lazyBody(req: IncomingMessage): ReadableStream<Uint8Array> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  // Node's web stream type and the Fetch body type come from different
  // declaration sets (node:stream/web vs undici); they are the same at run time.
  const open = (): ReadableStreamDefaultReader<Uint8Array> => (reader ??= (Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>).getReader());
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await open().read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: (reason) => (reader ? reader.cancel(reason) : undefined),
    },
    { highWaterMark: 0 },
  );
}

/**
 * Turns a Node request into a web `Request`, for handlers written against
 * the Fetch API (`runtime.fetch`). The body is streamed (not buffered) for
 * methods other than GET and HEAD, and read from `req` only once the
 * Request's body is read.
 *
 * The request body can be read only once: pass a request whose body no
 * middleware has consumed yet.
 *
 * @param req - The incoming Node request.
 * @param options - Mount prefix to strip, proxy trust and an abort signal.
 * @returns A `Request` with the absolute URL (prefix stripped), method,
 *   headers and body. Throws `TypeError` only for a method `Request` refuses
 *   (e.g. `CONNECT`).
 *
 * @example
 * ```ts
 * // Inside a router mounted at /tools/explorer:
 * const request = toRequest(req, { stripPrefix: '/tools/explorer' });
 * new URL(request.url).pathname; // '/_lit-ui/health'
 * const response = await runtime.fetch(request);
 * ```
 */
export function toRequest(req: IncomingMessage, options: ToRequestOptions = {}): Request {
  const url = requestUrl(req, { trustProxy: options.trustProxy });
  if (options.stripPrefix) {
    const relative = stripPathPrefix(url.pathname, options.stripPrefix);
    if (relative !== url.pathname) url.pathname = relative;
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit = {
    method,
    headers: toHeaders(req),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  if (hasBody) {
    init.body = lazyBody(req);
    init.duplex = 'half';
  }
  return new Request(url, init);
}
