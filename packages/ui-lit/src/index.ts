/**
 * `@lit-ui/ui-lit`: the browser client of lit-ui. Importing it registers
 * `<lit-ui-app>` (see `lit-ui-app.ts`); `registerElement` adds renderers for
 * custom element types.
 *
 * @example
 * import { registerElement } from '@lit-ui/ui-lit';
 * registerElement('sparkline', (proto) => html`<my-sparkline .values=${proto.values}></my-sparkline>`);
 */
export { LitUiApp, LitUiFragment } from './lit-ui-app.js';
export { registerElement, rendererFor } from './renderers/registry.js';
export { inlineStyle } from './directives/inlineStyle.js';
export type { StyleProperties, InlineStyleDirective } from './directives/inlineStyle.js';
export type {
  DataWindowRequest,
  ElementRenderer,
  RenderContext,
  WidgetManager,
  WidgetSetOptions,
  WidgetProto,
  MediaChannel,
  UploadedFileInfo,
  UploadProgress,
} from './renderers/types.js';
export type { ClientConnection, ConnectionFactory, ConnectionFactoryOptions, ConnectionStatus } from './app/connection.js';
export type { ChangeEventDetail, RunEventDetail, RunState } from './app/hostEvents.js';
export { themeCss, themeProblems } from './theme/themeConfig.js';
export type { ColorSchemeName, ThemeColors, ThemeConfig, ThemeSetting } from './theme/themeConfig.js';
export type { ThemeChoice } from './app/appMenu.js';
