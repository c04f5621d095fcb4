/** An inclusive byte range of a resource, as HTTP's `Range: bytes=start-end`. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Reads an HTTP `Range` header against a resource of `size` bytes (RFC 9110
 * §14): `bytes=0-99`, `bytes=100-` (to the end), `bytes=-500` (the last 500).
 *
 * @returns `undefined` to serve the whole resource (no header, another unit,
 *   several ranges, or a malformed header — all allowed to be ignored),
 *   `'unsatisfiable'` when the range lies outside the resource (→ 416), or
 *   the range clamped to the resource.
 *
 * @example
 * parseRange('bytes=-10', 100); // { start: 90, end: 99 }
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | undefined {
  const match = header ? /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header) : null;
  if (!match) return undefined;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return undefined;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}
