/** Elements that can run script, embed documents, or rewrite links: removed with their content. */
const DANGEROUS_ELEMENTS = ['script', 'foreignObject', 'iframe', 'embed', 'object', 'handler', 'listener'];

/**
 * Cleans SVG markup before it is stored: removes script-capable elements
 * (`script`, `foreignObject`, `iframe`, `embed`, `object`), event-handler
 * attributes (`onload=`...), `javascript:`/`vbscript:`/non-image `data:`
 * links, animations that retarget links, DOCTYPE and entity declarations.
 *
 * Defence in depth: the real guarantees are elsewhere — lit-ui shows SVG
 * through `<img>` (browsers never run script there) and serves media with
 * `Content-Security-Policy: sandbox; default-src 'none'` and `nosniff`, so
 * an SVG opened directly runs nothing either.
 *
 * @returns The cleaned markup.
 */
export function sanitizeSvg(svg: string): string {
  let out = svg.replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/gi, '').replace(/<!ENTITY[\s\S]*?>/gi, '');
  for (const name of DANGEROUS_ELEMENTS) {
    out = out.replace(new RegExp(`<${name}\\b[\\s\\S]*?(<\\/${name}\\s*>|$)`, 'gi'), '').replace(new RegExp(`<\\/?${name}\\b[^>]*>`, 'gi'), '');
  }
  out = out.replace(/<(set|animate)\b[^>]*attributeName\s*=\s*["']?(xlink:)?href[^>]*>/gi, '');
  // Event handlers in any quoting, also glued to a previous attribute (`a="1"onload=...`).
  out = out.replace(/([\s"'/])on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '$1');
  out = out.replace(/((?:xlink:)?href|src|from|to|values)\s*=\s*("|')\s*(javascript|vbscript|data(?!:image\/(png|jpeg|gif|webp)))[^"']*\2/gi, '');
  return out;
}
