import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { acceptEncodingOf, compressor, isCompressible, negotiateCoding } from './compressResponse.js';

/** Options of {@link sendResponse}. */
export interface SendResponseOptions {
  /**
   * Compress text bodies (the event stream of the HTTP streaming transport,
   * the host page, the bundle, JSON) with brotli or gzip, as the request's
   * `Accept-Encoding` allows; an event stream is flushed per event, and so
   * is a response sent in parts (`X-Accel-Buffering: no`: a host page whose
   * body follows its head once the first run has ended). A
   * response that already has a `content-encoding` (or a host middleware
   * that compresses and sets it first) is left alone. Default true; false
   * when a proxy in front compresses.
   */
  readonly compress?: boolean;
}

/** Copies status and headers; `set-cookie` keeps one header line per cookie. */
function writeHead(res: ServerResponse, response: Response): void {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
}

/**
 * Writes a web `Response` to a Node `ServerResponse`: status, headers, then
 * the body streamed chunk by chunk with backpressure (server-sent events and
 * media flow as produced). When the client goes away mid-body, the body
 * stream is cancelled and the promise resolves: an abort is not an error.
 * HEAD requests get headers only. Text bodies are compressed when the
 * client accepts it (see {@link SendResponseOptions.compress}); a strong
 * `ETag` of a compressed body becomes weak.
 *
 * @param res - The Node response; nothing must have been written to it yet.
 * @param response - The web Response to send.
 * @param options - Compression.
 * @returns Resolves when the body is fully written or the client is gone.
 * @throws The body stream's error when it fails mid-way; the socket is
 *   destroyed first, since the status line has already been sent. A body
 *   that errors with an `AbortError` (on purpose) only destroys the socket.
 *
 * @example
 * ```ts
 * http.createServer(async (req, res) => {
 *   await sendResponse(res, await runtime.fetch(toRequest(req)));
 * });
 * ```
 */
export async function sendResponse(res: ServerResponse, response: Response, options: SendResponseOptions = {}): Promise<void> {
  writeHead(res, response);
  const coding =
    options.compress !== false && isCompressible(response) && !res.hasHeader('content-encoding')
      ? negotiateCoding(acceptEncodingOf(res.req?.headers))
      : undefined;
  if (coding) {
    res.setHeader('content-encoding', coding);
    res.removeHeader('content-length');
    const vary = res.getHeader('vary');
    res.setHeader('vary', vary === undefined ? 'accept-encoding' : `${String(vary)}, accept-encoding`);
    // The encoded body is another representation: its ETag is weak (as nginx makes it), so an If-Range never matches it; If-None-Match still does.
    const etag = res.getHeader('etag');
    if (typeof etag === 'string' && !etag.startsWith('W/')) res.setHeader('etag', `W/${etag}`);
  }
  const body = response.body;
  if (!body || res.req?.method === 'HEAD') {
    if (body) await body.cancel().catch(() => undefined);
    await endResponse(res);
    return;
  }
  if (res.destroyed) {
    await body.cancel().catch(() => undefined);
    return;
  }
  // Fetch's ReadableStream and node:stream/web's are the same class at run time.
  const source = Readable.fromWeb(body);
  // Whichever side fails first decides: the client leaving is not an error, the body failing is.
  let failed: 'client' | 'body' | undefined;
  res.once('close', () => {
    if (!res.writableFinished) failed ??= 'client';
  });
  source.once('error', () => {
    failed ??= 'body';
  });
  res.flushHeaders();
  try {
    if (coding) {
      // An event stream, or a response that asks not to be buffered (`X-Accel-Buffering: no`, a host page sent in parts), is flushed per write.
      const streaming =
        (response.headers.get('content-type') ?? '').startsWith('text/event-stream') || response.headers.get('x-accel-buffering') === 'no';
      await pipeline(source, compressor(coding, streaming), res);
    } else await pipeline(source, res);
  } catch (error) {
    if (failed === 'client') return;
    res.destroy();
    // A body that aborts on purpose (an event stream dropping a client that fell behind) only ends the connection.
    if (error instanceof Error && error.name === 'AbortError') return;
    throw error;
  }
}

/** Ends a body-less response, resolving when it is flushed or the socket is gone. */
function endResponse(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) {
      resolve();
      return;
    }
    res.once('close', () => resolve());
    res.end(() => resolve());
  });
}
