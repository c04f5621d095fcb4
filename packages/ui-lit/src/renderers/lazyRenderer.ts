import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { elementTag } from './elementTag.js';
import { defineLazily } from './lazyElements.js';
import type { ElementRenderer } from './types.js';

/**
 * The renderer of an element type whose custom element loads on first
 * render: it renders `<lit-ui-<kebab-type> .proto .ctx>` and has
 * {@link defineLazily} define the tag with the class `loader` resolves to.
 * A failed load leaves the undefined tag in place; the next render tries again.
 */
export function lazyRenderer(type: string, loader: () => Promise<CustomElementConstructor>): ElementRenderer {
  const name = elementTag(type);
  const tag = unsafeStatic(name);
  return (proto, ctx) => {
    void defineLazily(name, loader).catch(() => undefined);
    return staticHtml`<${tag} .proto=${proto} .ctx=${ctx}></${tag}>`;
  };
}
