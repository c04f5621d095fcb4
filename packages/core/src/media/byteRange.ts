/** An inclusive byte range of a resource, as HTTP's `Range: bytes=start-end`. */
export interface ByteRange {
  /** First byte (0-based). */
  readonly start: number;
  /** Last byte, inclusive. */
  readonly end: number;
}

/** Most ranges answered in one multipart response; a request asking for more gets the whole resource (RFC 9110 §14.2 lets a server ignore a Range). */
export const MAX_RANGES = 16;

/**
 * Reads an HTTP `Range` header against a resource of `size` bytes (RFC 9110
 * §14): one or several specs, `bytes=0-99`, `bytes=100-` (to the end),
 * `bytes=-500` (the last 500), `bytes=0-9, 50-59`. Specs outside the
 * resource are dropped; the rest are clamped, sorted and merged when they
 * overlap or touch (so a request cannot make the server send a byte twice).
 *
 * @returns `undefined` to serve the whole resource (no header, another unit,
 *   a malformed spec, or more than {@link MAX_RANGES} ranges — all allowed to
 *   be ignored), `'unsatisfiable'` when no spec lies inside the resource
 *   (→ 416), else the ranges (one → a plain 206, several → multipart).
 *
 * @example
 * parseRanges('bytes=-10', 100); // [{ start: 90, end: 99 }]
 * parseRanges('bytes=0-9,5-19,50-', 60); // [{ start: 0, end: 19 }, { start: 50, end: 59 }]
 */
export function parseRanges(header: string | null, size: number): ByteRange[] | 'unsatisfiable' | undefined {
  const match = header ? /^\s*bytes\s*=(.*)$/i.exec(header) : null;
  if (!match) return undefined;
  const ranges: ByteRange[] = [];
  for (const spec of (match[1] ?? '').split(',')) {
    const parts = /^\s*(\d*)\s*-\s*(\d*)\s*$/.exec(spec);
    if (!parts) return undefined;
    const [, first = '', last = ''] = parts;
    if (first === '' && last === '') return undefined;
    if (first === '') {
      const suffix = Number(last);
      if (suffix > 0 && size > 0) ranges.push({ start: Math.max(0, size - suffix), end: size - 1 });
      continue;
    }
    const start = Number(first);
    if (last !== '' && Number(last) < start) return undefined;
    if (start < size) ranges.push({ start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) });
  }
  if (ranges.length === 0) return 'unsatisfiable';
  ranges.sort((a, b) => a.start - b.start);
  const merged: ByteRange[] = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && range.start <= previous.end + 1) merged[merged.length - 1] = { start: previous.start, end: Math.max(previous.end, range.end) };
    else merged.push(range);
  }
  return merged.length > MAX_RANGES ? undefined : merged;
}

/**
 * The body of a `206 multipart/byteranges` answer (RFC 9110 §14.6): each
 * range as a part with its `Content-Type` and `Content-Range`, as a Blob of
 * slices of `blob` (a file-backed Blob stays on disk).
 *
 * @returns The body and its `Content-Type` header (with the boundary).
 */
export function multipartRanges(blob: Blob, ranges: readonly ByteRange[], type: string): { body: Blob; contentType: string } {
  const boundary = `lit-ui-${crypto.randomUUID()}`;
  const parts: (string | Blob)[] = [];
  for (const { start, end } of ranges) {
    parts.push(`\r\n--${boundary}\r\ncontent-type: ${type}\r\ncontent-range: bytes ${start}-${end}/${blob.size}\r\n\r\n`, blob.slice(start, end + 1));
  }
  parts.push(`\r\n--${boundary}--\r\n`);
  return { body: new Blob(parts), contentType: `multipart/byteranges; boundary=${boundary}` };
}
