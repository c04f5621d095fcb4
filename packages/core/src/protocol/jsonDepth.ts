const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;

/**
 * True when the JSON text nests arrays and objects deeper than `limit`
 * (`[]` and `{}` are depth 1). A single pass over the text that stops at the
 * first level past the limit, without parsing: cheap enough to run before
 * `JSON.parse` on every frame, so a hostile frame costs no parse and no
 * recursive validation (whose stack a deep value would overflow). Strings
 * are skipped whole (brackets inside them do not count). Malformed text is
 * left to `JSON.parse`.
 */
export function jsonTextTooDeep(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === QUOTE) {
      i = closingQuote(text, i + 1);
      if (i < 0) return false;
    } else if (char === OPEN_ARRAY || char === OPEN_OBJECT) {
      if (++depth > limit) return true;
    } else if (char === CLOSE_ARRAY || char === CLOSE_OBJECT) {
      depth--;
    }
  }
  return false;
}

/** Index of the quote that closes the string starting at `from` (escaped quotes skipped), or -1. */
function closingQuote(text: string, from: number): number {
  for (let at = text.indexOf('"', from); at >= 0; at = text.indexOf('"', at + 1)) {
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return at;
  }
  return -1;
}

/**
 * True when a decoded value nests arrays and objects deeper than `limit`
 * (for transports that hand the runtime decoded values instead of text).
 * Walks at most `limit` levels deep, so it cannot overflow the stack itself.
 */
export function valueTooDeep(value: unknown, limit: number, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= limit) return true;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    if (valueTooDeep(child, limit, depth + 1)) return true;
  }
  return false;
}
