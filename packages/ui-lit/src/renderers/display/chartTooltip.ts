/**
 * Styles of Vega's tooltip (`#vg-tooltip-element`, which vega-tooltip puts
 * in `document.body`, outside every shadow root). vega-tooltip would inject
 * a `<style>` element, which a strict CSP blocks; lit-ui turns that off
 * (`disableDefaultStyle`) and adopts this constructable stylesheet into the
 * document instead (CSSOM, which CSP allows).
 */
const TOOLTIP_CSS = `
#vg-tooltip-element {
  visibility: hidden; position: fixed; z-index: 1000; padding: 8px 10px; border-radius: 6px;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; white-space: pre-line;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.15); pointer-events: none;
  background: rgb(255 255 255 / 0.97); border: 1px solid #e6e8ef; color: #31333f;
}
#vg-tooltip-element.visible { visibility: visible; }
#vg-tooltip-element.dark-theme { background: rgb(38 39 48 / 0.97); border-color: #4a4c58; color: #fafafa; }
#vg-tooltip-element h2 { margin: 0 0 6px; font-size: 13px; }
#vg-tooltip-element table { border-spacing: 0; }
#vg-tooltip-element td { padding: 1px 0; vertical-align: text-top; overflow: hidden; text-overflow: ellipsis; }
#vg-tooltip-element td.key { color: #6b6e7b; max-width: 150px; text-align: right; padding-right: 6px; }
#vg-tooltip-element.dark-theme td.key { color: #b0b3bd; }
#vg-tooltip-element td.value { display: block; max-width: 300px; max-height: 7em; text-align: left; }
`;

let adopted = false;

/**
 * Adds the tooltip stylesheet to `doc` once (later calls do nothing). Where
 * constructable stylesheets are missing, the tooltip stays unstyled rather
 * than break the policy.
 *
 * @param doc - The document the tooltip lives in.
 */
export function adoptTooltipStyles(doc: Document = document): void {
  if (adopted || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TOOLTIP_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  adopted = true;
}
