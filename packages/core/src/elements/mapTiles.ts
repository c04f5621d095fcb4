import { ErrorCode, LitUiError, invalidArgument } from '../errors.js';

/** The placeholders a tile URL template holds: zoom, column and row of the tile (XYZ / "slippy map" numbering). */
const PLACEHOLDERS = ['{z}', '{x}', '{y}'] as const;
/** Longest `attribution`, in characters. */
const MAX_ATTRIBUTION = 300;

function invalidTileUrl(template: unknown, problem: string): LitUiError {
  return new LitUiError(
    ErrorCode.InvalidTileUrl,
    `st.map: tileUrl ${JSON.stringify(template)} ${problem}. Expected an http(s) URL template such as 'https://tile.example.org/{z}/{x}/{y}.png'.`,
  );
}

/**
 * Checks `st.map`'s tile URL template: an `http:` or `https:` URL with
 * `{z}`, `{x}` and `{y}` (each at least once) in its path or query, no other
 * `{…}` placeholder, and no user name or password. The origin is fixed by
 * the template, so the browser loads tiles from that one origin only.
 *
 * @returns The template, unchanged.
 * @throws LitUiError `InvalidTileUrl` when it is none of these.
 */
export function checkTileUrl(template: unknown): string {
  if (typeof template !== 'string' || template.trim() === '') throw invalidTileUrl(template, 'is not a URL');
  for (const placeholder of PLACEHOLDERS) {
    if (!template.includes(placeholder)) throw invalidTileUrl(template, `lacks ${placeholder}`);
  }
  const other = /\{[^}]*\}/.exec(template.replace(/\{[xyz]\}/g, ''));
  if (other) throw invalidTileUrl(template, `has the placeholder ${other[0]}; only {z}, {x} and {y} are filled in`);
  let low: URL;
  let high: URL;
  try {
    low = new URL(template.replace(/\{[xyz]\}/g, '0'));
    high = new URL(template.replace(/\{[xyz]\}/g, '99'));
  } catch {
    throw invalidTileUrl(template, 'is not an absolute URL');
  }
  if (low.protocol !== 'https:' && low.protocol !== 'http:')
    throw invalidTileUrl(template, `uses ${low.protocol}; only http: and https: are allowed`);
  if (low.username !== '' || low.password !== '') throw invalidTileUrl(template, 'carries a user name or password');
  if (low.origin !== high.origin) throw invalidTileUrl(template, 'has a placeholder in its host; put {z}, {x} and {y} in the path or query');
  return template;
}

/**
 * Checks `st.map`'s tile attribution: plain text (no markup is rendered) of at most 300 characters.
 * @throws LitUiError `InvalidArgument` otherwise.
 */
export function checkAttribution(attribution: unknown): string {
  if (typeof attribution !== 'string' || attribution.length > MAX_ATTRIBUTION) {
    throw invalidArgument(
      `st.map: attribution must be a string of at most ${MAX_ATTRIBUTION} characters (got ${JSON.stringify(attribution)?.slice(0, 80)}).`,
    );
  }
  return attribution;
}
