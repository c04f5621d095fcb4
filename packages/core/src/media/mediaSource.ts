import { invalidArgument } from '../errors.js';
import { localFile } from './localFiles.js';
import { essence, mimeOfName } from './mediaTypes.js';
import { sanitizeSvg } from './sanitizeSvg.js';
import type { SessionMedia } from './sessionMedia.js';
import { looksLikeSvg, sniffMedia } from './sniffMedia.js';
import { UploadedFile } from './uploadedFile.js';

/**
 * What media commands accept: an http(s) URL (used as is), a `data:` URL,
 * a local file path, bytes (`Uint8Array`, `ArrayBuffer`), a `Blob`, or a
 * file the user uploaded. `st.image` also takes SVG markup.
 */
export type MediaSource = string | URL | Uint8Array | ArrayBuffer | Blob | UploadedFile;

/** Which command a source is for: decides the allowed types. */
export type MediaKind = 'image' | 'audio' | 'video' | 'pdf';

const ALLOWED: Record<MediaKind, { readonly test: (mime: string) => boolean; readonly expected: string }> = {
  image: { test: (m) => m.startsWith('image/'), expected: 'an image (PNG, JPEG, GIF, WebP or SVG)' },
  audio: { test: (m) => m.startsWith('audio/'), expected: 'audio (WAV, MP3, Ogg, FLAC, WebM or MP4)' },
  video: { test: (m) => m.startsWith('video/'), expected: 'a video (MP4, WebM or Ogg)' },
  pdf: { test: (m) => m === 'application/pdf', expected: 'a PDF' },
};

/** Sniffed containers that hold audio as well as video. */
const AUDIO_CONTAINERS: Readonly<Record<string, string>> = { 'video/webm': 'audio/webm', 'video/mp4': 'audio/mp4', 'audio/ogg': 'audio/ogg' };

/**
 * Stores (or finds) a media source for `kind` in the session's media and
 * returns the URL the client loads: external URLs as given, everything else
 * `_lit-ui/media/<id>.<ext>` (relative to the app's mount).
 *
 * @param format - MIME type given by the app (Streamlit's `format`); else sniffed from the bytes, the Blob's type or the file name.
 * @throws LitUiError `InvalidArgument` for data that is not `kind`, a missing file, or an unsupported value; `MediaStorageFull`.
 */
export function mediaUrl(media: SessionMedia, source: MediaSource, kind: MediaKind, format?: string): string {
  const command = `st.${kind}`;
  if (source instanceof URL) source = source.href;
  if (typeof source === 'string') {
    if (/^https?:\/\//i.test(source)) return source;
    if (/^data:/i.test(source))
      return mediaUrl(media, decodeDataUrl(source, command), kind, format ?? essence(source.slice(5).split(/[;,]/)[0] ?? ''));
    if (kind === 'image' && looksLikeSvg(source)) return media.add(sanitizeSvg(source), { mime: 'image/svg+xml' });
    const file = localFile(source);
    const mime = check(kind, command, format ?? mimeOfName(file.name), source);
    return media.addLazy(file.key, file.size, () => file.open(), { mime });
  }
  if (source instanceof UploadedFile) {
    const mime = check(kind, command, format ?? source.type, source.name);
    return media.addLazy(`upload:${source.fileId}`, source.size, () => source.blob(), { mime });
  }
  if (source instanceof Blob) return media.add(source, { mime: check(kind, command, format ?? source.type, 'the Blob') });
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    const bytes = source instanceof Uint8Array ? source : new Uint8Array(source);
    const mime = check(kind, command, format ?? sniffMedia(bytes) ?? '', 'the bytes');
    if (mime === 'image/svg+xml') return media.add(sanitizeSvg(new TextDecoder().decode(bytes)), { mime });
    return media.add(bytes, { mime });
  }
  throw invalidArgument(
    `${command}: expected a URL, a file path, bytes, a Blob or an uploaded file, got ${source === null ? 'null' : typeof source}.`,
  );
}

function check(kind: MediaKind, command: string, mime: string, what: string): string {
  let bare = essence(mime);
  if (kind === 'audio') bare = AUDIO_CONTAINERS[bare] ?? bare;
  if (!ALLOWED[kind].test(bare)) {
    throw invalidArgument(
      `${command}: ${what} is not ${ALLOWED[kind].expected}${bare ? ` (got ${bare})` : ''}; pass a supported format or set \`format\`.`,
    );
  }
  return bare;
}

function decodeDataUrl(url: string, command: string): Uint8Array {
  const comma = url.indexOf(',');
  if (comma < 0) throw invalidArgument(`${command}: malformed data: URL.`);
  const meta = url.slice(5, comma);
  const payload = url.slice(comma + 1);
  if (!/;base64$/i.test(meta)) return new TextEncoder().encode(decodeURIComponent(payload));
  const binary = atob(payload);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
