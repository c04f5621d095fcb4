/* A lazy module: imports nothing from the initial bundle. */

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adds the stylesheet `cssText` (under `name`, built once) to the root
 * `el` renders in — the app's shadow root, or the document — unless it is
 * there already: the styles of a lazily loaded element arrive with it.
 * Constructable stylesheets hold under a strict CSP; where they are missing
 * the element stays unstyled rather than break the policy.
 */
export function adoptStyles(el: Element, name: string, cssText: string): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in root)) return;
  let sheet = sheets.get(name);
  if (sheet === undefined) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    sheets.set(name, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
