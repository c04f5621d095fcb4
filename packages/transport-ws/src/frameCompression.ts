import type { IncomingMessage } from 'node:http';
import { gzipSync } from 'node:zlib';
import { FRAMES_PARAM, GZIP_FRAMES } from './wsPathSuffix.js';

/** Batches whose JSON is at least this long (in UTF-16 code units, about bytes for JSON) go gzip-compressed. */
export const GZIP_FRAME_MIN_CHARS = 8 * 1024;
/** zlib level of frame compression: zlib's default, about 10x on a first load for a few ms of CPU per 500 KB. */
const GZIP_LEVEL = 6;

/**
 * Whether a socket's batches may go as gzip frames: the client asked for them
 * (`?frames=gzip` on the WebSocket URL, which lit-ui's client adds when the
 * browser has `DecompressionStream`), frame compression is on, and the socket
 * did not negotiate permessage-deflate (frames are compressed once, not twice).
 */
export function gzipFramesWanted(req: IncomingMessage, negotiatedExtensions: string, enabled: boolean): boolean {
  if (!enabled || negotiatedExtensions.includes('permessage-deflate')) return false;
  const query = (req.url ?? '').split('?', 2)[1];
  return query !== undefined && new URLSearchParams(query).get(FRAMES_PARAM) === GZIP_FRAMES;
}

/**
 * One batch's frame: its JSON as a text frame, or, when `gzip` is on and the
 * JSON is at least {@link GZIP_FRAME_MIN_CHARS} long, that JSON gzip-compressed
 * in a binary frame. Compression is one shot (`gzipSync`): no zlib context
 * stays with the socket, unlike permessage-deflate's (about 300 KB each), so a
 * first load shrinks about tenfold while an idle session costs nothing more.
 * Small batches (an interaction's patch) go as text: compressing them alone
 * saves little.
 */
export function encodeBatch(text: string, gzip: boolean): string | Buffer {
  if (!gzip || text.length < GZIP_FRAME_MIN_CHARS) return text;
  return gzipSync(text, { level: GZIP_LEVEL });
}
