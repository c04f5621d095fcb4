import type { ElementProto } from '@lit-ui/core/protocol';
import { builtinRenderers } from './builtins.js';
import type { ElementRenderer } from './types.js';

const renderers = new Map<string, ElementRenderer>(Object.entries(builtinRenderers));

/**
 * Registers the renderer of an element type: a custom component, or a
 * replacement for a built-in renderer. Later registrations win.
 *
 * @example
 * registerElement('sparkline', (proto) => html`<my-sparkline .values=${proto.values}></my-sparkline>`);
 */
export function registerElement<P extends ElementProto>(type: string, renderer: ElementRenderer<P>): void {
  renderers.set(type, renderer as ElementRenderer);
}

/** The renderer of `type`, or undefined when none is registered. */
export function rendererFor(type: string): ElementRenderer | undefined {
  return renderers.get(type);
}
