import { multipartRanges, parseRanges } from './byteRange.js';
import type { MediaManager } from './mediaManager.js';
import { contentType, extensionOf } from './mediaTypes.js';

/** Headers every media response carries: nothing sniffed, nothing scripted, even when opened directly. */
const SAFE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox",
  'cross-origin-resource-policy': 'same-origin',
} as const;

/** PDFs go without the sandbox CSP: the browser's PDF viewer refuses to run in a sandboxed document (it never runs the PDF's scripts). */
const PDF_HEADERS = { 'x-content-type-options': 'nosniff', 'cross-origin-resource-policy': 'same-origin' } as const;

/** A plain-text error response. */
export function textResponse(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...SAFE_HEADERS, ...headers } });
}

/** `Content-Disposition: attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Serves `GET`/`HEAD <mount>/_lit-ui/media/<id>.<ext>`: the file's bytes
 * with its `Content-Type`, an `ETag` (`If-None-Match` → 304), a long-lived
 * private `Cache-Control` (ids are immutable), `Accept-Ranges: bytes` and
 * `206 Partial Content` for a `Range` — several ranges as
 * `multipart/byteranges`, 416 when none lies inside, `If-Range` honoured —
 * and `Content-Disposition: attachment` for downloads. Unknown, expired and
 * upload ids, and a wrong extension, are 404.
 *
 * @param name - The last path segment, `<id>.<ext>`.
 */
export async function serveMedia(media: MediaManager, request: Request, name: string): Promise<Response> {
  const dot = name.lastIndexOf('.');
  const entry = dot > 0 ? media.get(name.slice(0, dot)) : undefined;
  if (!entry || entry.upload || extensionOf(entry.mime) !== name.slice(dot + 1))
    return textResponse(404, 'Media file not found (unknown or expired).');
  const etag = `"${entry.id}"`;
  const headers: Record<string, string> = {
    ...(entry.mime === 'application/pdf' ? PDF_HEADERS : SAFE_HEADERS),
    'content-type': contentType(entry.mime),
    etag,
    'cache-control': 'private, max-age=31536000, immutable',
    'accept-ranges': 'bytes',
    ...(entry.attachment ? { 'content-disposition': attachmentHeader(entry.fileName ?? `download.${extensionOf(entry.mime)}`) } : {}),
  };
  const matches = request.headers.get('if-none-match');
  if (matches && (matches.trim() === '*' || matches.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))) {
    return new Response(null, { status: 304, headers });
  }
  const blob = await media.open(entry);
  if (!blob) return textResponse(404, 'Media file not found (unknown or expired).');
  // If-Range: ranges only of this very version (ids are immutable, so only a foreign validator turns them off).
  const ifRange = request.headers.get('if-range');
  const ranges = ifRange === null || ifRange.trim() === etag ? parseRanges(request.headers.get('range'), blob.size) : undefined;
  if (ranges === 'unsatisfiable') return textResponse(416, 'Range not satisfiable.', { 'content-range': `bytes */${blob.size}` });
  const head = request.method === 'HEAD';
  if (!ranges) return new Response(head ? null : blob, { status: 200, headers: { ...headers, 'content-length': String(blob.size) } });
  if (ranges.length > 1) {
    const { body, contentType } = multipartRanges(blob, ranges, headers['content-type']!);
    return new Response(head ? null : body, {
      status: 206,
      headers: { ...headers, 'content-type': contentType, 'content-length': String(body.size) },
    });
  }
  const [{ start, end }] = ranges as [{ start: number; end: number }];
  return new Response(head ? null : blob.slice(start, end + 1), {
    status: 206,
    headers: { ...headers, 'content-length': String(end - start + 1), 'content-range': `bytes ${start}-${end}/${blob.size}` },
  });
}
