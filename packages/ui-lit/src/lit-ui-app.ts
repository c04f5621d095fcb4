/**
 * Registers `<lit-ui-app>`, `<lit-ui-fragment>` and every custom element its renderers use (the
 * only module of `@lit-ui/ui-lit` with side effects). Tags already defined
 * (by another copy of the library, or by the page) are left alone.
 *
 * @example
 * import '@lit-ui/ui-lit/lit-ui-app.js'; // or load the browser bundle client.js
 */
import { LitUiApp } from './app/litUiApp.js';
import { LitUiFragment } from './app/litUiFragment.js';
import { blockElements } from './blocks/blockElements.js';
import { EffectsLayer } from './events/effectsLayer.js';
import { ToastStack } from './events/toastStack.js';
import { widgetElements } from './widgets/definitions.js';

const elements: Record<string, CustomElementConstructor> = {
  ...widgetElements,
  ...blockElements,
  'lit-ui-toasts': ToastStack,
  'lit-ui-effects': EffectsLayer,
  'lit-ui-app': LitUiApp,
  'lit-ui-fragment': LitUiFragment,
};

if (typeof customElements !== 'undefined') {
  for (const [tag, ctor] of Object.entries(elements)) {
    if (customElements.get(tag) === undefined) customElements.define(tag, ctor);
  }
}

export { LitUiApp, LitUiFragment };

declare global {
  interface HTMLElementTagNameMap {
    'lit-ui-app': LitUiApp;
    'lit-ui-fragment': LitUiFragment;
  }
}
