import { displayElements } from '../renderers/display/index.js';
import { widgetElements as inputElements } from '../renderers/widgets/index.js';

/** Custom elements used by built-in renderers, by tag name; `lit-ui-app.ts` defines them. */
export const widgetElements: Record<string, CustomElementConstructor> = { ...displayElements, ...inputElements };
