import type { IncomingHttpHeaders } from 'node:http';
import { constants, createBrotliCompress, createGzip, type BrotliCompress, type Gzip } from 'node:zlib';

/** A content coding this server writes. */
export type ContentCoding = 'br' | 'gzip';

/** Bodies worth compressing: text of any kind, JSON, NDJSON, JavaScript, XML, SVG. Media and archives are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|x-ndjson|javascript|xml|csv)|image\/svg\+xml)/i;

/** Bodies smaller than this (by their `content-length`) go out as they are: a header costs more than it saves. */
const MIN_BYTES = 1024;

/** Brotli quality for bodies compressed on the fly (11, the default, is meant for files compressed once). */
const BROTLI_QUALITY = 5;

/**
 * The coding to answer with, from the request's `Accept-Encoding`: `br` when
 * the client takes it, else `gzip`, else none. A coding listed with `q=0` is
 * refused; `*` stands for any coding not listed.
 *
 * @param acceptEncoding - The header's value (`undefined` when absent).
 * @returns The coding, or `undefined` for the identity.
 */
export function negotiateCoding(acceptEncoding: string | undefined): ContentCoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)).find((match) => match !== null);
    weights.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0 || (weights.get('x-gzip') ?? 0) > 0) return 'gzip';
  return undefined;
}

/**
 * Whether a response should be compressed on its way out: a full (200)
 * response of a compressible type, not encoded yet, not a range, and not
 * known to be tiny.
 *
 * @param response - The web Response about to be written.
 * @returns True when it is worth compressing.
 */
export function isCompressible(response: Response): boolean {
  const { headers } = response;
  if (response.status !== 200 || response.body === null) return false;
  if (headers.has('content-encoding') || headers.has('content-range')) return false;
  if (!COMPRESSIBLE.test(headers.get('content-type') ?? '')) return false;
  const length = headers.get('content-length');
  return length === null || Number(length) >= MIN_BYTES;
}

/**
 * A compressor for a response body. An event stream is flushed after each
 * chunk (each write of the stream is one or more whole events), so the
 * client gets every event when it is written, not when a compression block
 * fills; other bodies compress as one.
 *
 * @param coding - The negotiated coding.
 * @param streaming - True for `text/event-stream`: flush per chunk.
 * @returns A Node zlib transform.
 */
export function compressor(coding: ContentCoding, streaming: boolean): Gzip | BrotliCompress {
  if (coding === 'gzip') return createGzip(streaming ? { flush: constants.Z_SYNC_FLUSH } : {});
  return createBrotliCompress({
    params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY },
    ...(streaming ? { flush: constants.BROTLI_OPERATION_FLUSH } : {}),
  });
}

/** The request's `Accept-Encoding`, one string. */
export function acceptEncodingOf(headers: IncomingHttpHeaders | undefined): string | undefined {
  const value = headers?.['accept-encoding'];
  return Array.isArray(value) ? value.join(',') : value;
}
