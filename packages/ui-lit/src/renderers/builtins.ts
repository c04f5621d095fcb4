import { displayRenderers } from './display/index.js';
import type { ElementRenderer } from './types.js';
import { widgetRenderers } from './widgets/index.js';

/** The renderer of every built-in element type, by type name: display elements and widgets. */
export const builtinRenderers: Record<string, ElementRenderer> = { ...displayRenderers, ...widgetRenderers };
