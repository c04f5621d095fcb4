/**
 * The shell's preview harness (`dev/preview.ts`: `<lit-ui-app>`, fake server,
 * real WidgetManager) with this folder's widget renderers registered over the
 * stand-ins, to check the widgets inside the real app. Built and
 * screenshotted by `node dev/widgets/app-screenshot.mjs`.
 */
import '../preview.js';
import { registerElement, type LitUiApp } from '../../src/index.js';
import { widgetElements, widgetRenderers, widgetStyles } from '../../src/renderers/widgets/index.js';

for (const [tag, ctor] of Object.entries(widgetElements)) if (customElements.get(tag) === undefined) customElements.define(tag, ctor);
for (const [type, renderer] of Object.entries(widgetRenderers)) registerElement(type, renderer);

const app = document.querySelector('lit-ui-app') as LitUiApp;
void app.updateComplete.then(() => {
  const root = app.shadowRoot;
  const sheet = widgetStyles.styleSheet;
  if (root !== null && sheet !== undefined) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  app.requestUpdate();
});
