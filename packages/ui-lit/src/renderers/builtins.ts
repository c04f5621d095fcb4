import type { ElementRenderer } from './types.js';

/** The renderer of every built-in element type, by type name. */
export const builtinRenderers: Record<string, ElementRenderer> = {};
