/**
 * MIME types lit-ui serves media with, and their file extensions. The ones
 * Streamlit's media elements and downloads produce; anything else is served
 * as `application/octet-stream` with the extension `bin`.
 */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/avif': 'avif',
  'image/x-icon': 'ico',
  'audio/wav': 'wav',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/webm': 'weba',
  'audio/flac': 'flac',
  'audio/mp4': 'm4a',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/ogg': 'ogv',
  'video/quicktime': 'mov',
  'text/vtt': 'vtt',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'text/markdown': 'md',
  'text/html': 'html',
  'application/json': 'json',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'application/octet-stream': 'bin',
};

const BY_EXTENSION: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(EXTENSIONS).map(([mime, ext]) => [ext, mime])),
  jpeg: 'image/jpeg',
  svgz: 'image/svg+xml',
  mp4a: 'audio/mp4',
  m4v: 'video/mp4',
  srt: 'text/plain',
  tsv: 'text/tab-separated-values',
  parquet: 'application/vnd.apache.parquet',
  arrow: 'application/vnd.apache.arrow.file',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The bare MIME type (`'text/csv; charset=utf-8'` → `'text/csv'`), lower-cased. */
export function essence(mime: string): string {
  return mime.split(';')[0]!.trim().toLowerCase();
}

/** File extension (no dot) to serve `mime` under. */
export function extensionOf(mime: string): string {
  return EXTENSIONS[essence(mime)] ?? 'bin';
}

/** The MIME type of a file name's extension, or `'application/octet-stream'`. */
export function mimeOfName(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && BY_EXTENSION[name.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}

/** Text types get `; charset=utf-8` on the wire. */
export function contentType(mime: string): string {
  const bare = essence(mime);
  return (bare.startsWith('text/') || bare === 'application/json' || bare === 'image/svg+xml') && !mime.includes('charset')
    ? `${bare}; charset=utf-8`
    : mime;
}
