import { ErrorCode, type ErrorCodeName } from '../errors.js';
import type { MediaManager } from './mediaManager.js';
import { essence, mimeOfName } from './mediaTypes.js';
import { serveMedia, textResponse } from './serveMedia.js';
import type { SessionMedia } from './sessionMedia.js';
import { acceptsFile } from './uploadRules.js';

/**
 * Request headers of the side channel besides the session's
 * (`SESSION_ID_HEADER` and `SESSION_TOKEN_HEADER`, which name the session
 * and carry its token): for which widget, and the file's name.
 */
export const MediaHeader = {
  /** The uploader's (or download button's) widget id. */
  widget: 'x-lit-ui-widget',
  /** The uploaded file's name, percent-encoded (UTF-8). */
  fileName: 'x-lit-ui-file-name',
} as const;

/**
 * How the media routes find the session a side-channel request speaks for:
 * the media side of the session whose id and token the request's
 * `SESSION_ID_HEADER` and `SESSION_TOKEN_HEADER` carry; undefined when
 * either is wrong. The runtime gives its own (`sessionOf`).
 */
export type MediaSessionOf = (request: Request) => SessionMedia | undefined;

function jsonError(status: number, code: ErrorCodeName, message: string): Response {
  return Response.json({ code, message }, { status, headers: { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } });
}

/**
 * A refused upload: the JSON error, sent with `Connection: close`. The body
 * was left unread (or read only in part), so the connection is not reused:
 * a client that stops sending a streamed body once it has the answer and
 * then sends its next request on the same socket would have that request
 * read as the rest of the refused body (RFC 9112 §9.6: close after an
 * early response).
 */
function uploadRefused(status: number, code: ErrorCodeName, message: string): Response {
  const response = jsonError(status, code, message);
  response.headers.set('connection', 'close');
  return response;
}

/**
 * The runtime's side-channel routes under `/_lit-ui/` (the path relative to
 * the mount):
 *
 * - `GET|HEAD media/<id>.<ext>` — media files ({@link serveMedia}).
 * - `POST upload` — one file as the raw body, with the session's id and
 *   token, the widget id and the file name in headers; its `Content-Type`
 *   is the file's type. 201 `{ fileId, name, type, size }`; 403 without a
 *   valid token, 404 for a widget not on the page, 413 past the size limit,
 *   415 for a type the widget refuses, 507 when storage is full — each
 *   `{ code, message }`, nothing stored.
 * - `DELETE upload/<fileId>` — frees an upload of the session (204).
 * - `POST download` — produces the deferred data of the download button
 *   named in `x-lit-ui-widget`: 200 `{ url, fileName, mime }`.
 *
 * @returns The response, or undefined for a path outside these routes.
 */
export async function mediaRoutes(path: string, request: Request, media: MediaManager, sessionOf: MediaSessionOf): Promise<Response | undefined> {
  const method = request.method;
  if (path.startsWith('/_lit-ui/media/')) {
    if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Method not allowed.', { allow: 'GET, HEAD' });
    return serveMedia(media, request, path.slice('/_lit-ui/media/'.length));
  }
  if (path === '/_lit-ui/upload' && method === 'POST') return receiveUpload(request, sessionOf);
  if (path.startsWith('/_lit-ui/upload/') && method === 'DELETE') {
    const session = sessionOf(request);
    if (!session) return jsonError(403, ErrorCode.UploadForbidden, 'This request does not carry the session token.');
    const deleted = session.deleteUpload(decodeURIComponent(path.slice('/_lit-ui/upload/'.length)));
    return deleted ? new Response(null, { status: 204 }) : jsonError(404, ErrorCode.MediaNotFound, 'No such uploaded file in this session.');
  }
  if (path === '/_lit-ui/download' && method === 'POST') return produceDownload(request, sessionOf);
  return undefined;
}

async function receiveUpload(request: Request, sessionOf: MediaSessionOf): Promise<Response> {
  const refuse = async (status: number, code: ErrorCodeName, message: string) => {
    await request.body?.cancel().catch(() => undefined);
    return uploadRefused(status, code, message);
  };
  const session = sessionOf(request);
  if (!session) return refuse(403, ErrorCode.UploadForbidden, 'This upload does not carry the session token.');
  const widgetId = request.headers.get(MediaHeader.widget) ?? '';
  const rules = session.uploaders.get(widgetId);
  if (!rules) return refuse(404, ErrorCode.UploadWidgetNotFound, 'No file uploader with this id is on the page.');
  let name: string;
  try {
    name = decodeURIComponent(request.headers.get(MediaHeader.fileName) ?? '').replace(/[\\/]/g, '_');
  } catch {
    name = '';
  }
  if (!name) return refuse(400, ErrorCode.InvalidArgument, `The upload has no file name (${MediaHeader.fileName}).`);
  const mime = essence(request.headers.get('content-type') || mimeOfName(name)) || 'application/octet-stream';
  if (!acceptsFile(rules.types, name, mime)) {
    return refuse(415, ErrorCode.UploadTypeNotAllowed, `${name}: this file type is not allowed (allowed: ${rules.types?.join(', ')}).`);
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > rules.maxBytes) return refuse(413, ErrorCode.UploadTooLarge, tooLargeMessage(name, rules.maxBytes));
  try {
    const body = request.body ?? new Blob([]).stream();
    const entry = await session.upload(widgetId, body, { mime, fileName: name, maxBytes: rules.maxBytes });
    return Response.json({ fileId: entry.id, name, type: mime, size: entry.size }, { status: 201, headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    // By code, not class: a storage from another bundle (e.g. @lit-ui/core/node's disk store) has its own copy of LitUiError.
    const code = (error as { code?: unknown } | null)?.code;
    if (code === ErrorCode.UploadTooLarge) return uploadRefused(413, code, tooLargeMessage(name, rules.maxBytes));
    if (code === ErrorCode.MediaStorageFull) return uploadRefused(507, code, (error as Error).message);
    return uploadRefused(400, ErrorCode.InvalidArgument, `${name}: the upload failed (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function tooLargeMessage(name: string, maxBytes: number): string {
  const mb = maxBytes / 1_048_576;
  return `${name} is larger than the limit of ${mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${maxBytes} bytes`}.`;
}

async function produceDownload(request: Request, sessionOf: MediaSessionOf): Promise<Response> {
  const session = sessionOf(request);
  if (!session) return jsonError(403, ErrorCode.UploadForbidden, 'This request does not carry the session token.');
  const widgetId = request.headers.get(MediaHeader.widget) ?? '';
  const deferred = session.downloads.get(widgetId);
  if (!deferred) return jsonError(404, ErrorCode.UploadWidgetNotFound, 'No download button with deferred data and this id is on the page.');
  try {
    const data = await deferred.data();
    const mime =
      deferred.mime ?? (typeof data === 'string' ? 'text/plain' : data instanceof Blob && data.type ? data.type : 'application/octet-stream');
    const url = session.add(data, { mime, fileName: deferred.fileName, attachment: true });
    return Response.json({ url, fileName: deferred.fileName, mime }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return jsonError(
      500,
      ErrorCode.DownloadFailed,
      `The data of this download could not be produced: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
