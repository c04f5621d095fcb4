/** Decodes a cookie value, keeping it as is when it is not valid percent-encoding. */
function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Parses a `Cookie` request header into name → value. Values are
 * percent-decoded (kept raw when malformed) and unquoted; pairs without `=`
 * or with an empty name are skipped; the first occurrence of a name wins,
 * as browsers send the most specific cookie first.
 *
 * @param header - The `cookie` header value, or `undefined`.
 * @returns A fresh object with a `null` prototype (so `__proto__` is just a name). Never throws.
 *
 * @example
 * ```ts
 * parseCookies('a=1; b=hello%20world'); // { a: '1', b: 'hello world' }
 * ```
 */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = Object.create(null) as Record<string, string>;
  if (!header) return cookies;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const name = pair.slice(0, eq).trim();
    if (!name || Object.hasOwn(cookies, name)) continue;
    let value = pair.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    cookies[name] = decode(value);
  }
  return cookies;
}
