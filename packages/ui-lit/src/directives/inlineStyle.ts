import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** Style properties: CSS names (`'background-color'`, `'--lu-df-cols'`) or camelCase (`backgroundColor`); `null`/`undefined` removes one. */
export type StyleProperties = Readonly<Record<string, string | number | null | undefined>>;

/** `backgroundColor` → `background-color`; custom properties and CSS names are kept. */
function cssName(name: string): string {
  return name.startsWith('--') ? name : name.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);
}

/** The directive class behind {@link inlineStyle} (as Lit exports `StyleMapDirective` for `styleMap`). */
export class InlineStyleDirective extends Directive {
  private readonly applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || (part.strings?.length ?? 0) > 2) {
      throw new Error('inlineStyle() must be the whole value of a style attribute: style=${inlineStyle({...})}');
    }
  }

  /** Renders nothing itself: `update` sets the properties on the element. */
  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  /** Sets each given property with `style.setProperty` and removes those no longer given. */
  override update(part: AttributePart, [properties]: [StyleProperties]): typeof noChange {
    const style = part.element.style;
    const next = new Map<string, string>();
    for (const [name, value] of Object.entries(properties)) if (value !== null && value !== undefined) next.set(cssName(name), String(value));
    for (const name of this.applied) {
      if (!next.has(name)) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of next) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
      this.applied.add(name);
    }
    return noChange;
  }
}

/**
 * Lit directive: sets an element's inline styles through the CSSOM
 * (`element.style.setProperty`), on the first render too. Lit's own
 * `styleMap` writes the `style` attribute on its first render, which a
 * strict Content-Security-Policy (no `'unsafe-inline'` in `style-src`)
 * blocks and reports; CSSOM changes are allowed. Properties dropped from
 * one render to the next are removed.
 *
 * Takes the properties to set, as {@link StyleProperties}.
 * @throws Error when not used as the whole value of a `style` attribute.
 *
 * @example
 * html`<div class="lu-progress-bar" style=${inlineStyle({ width: `${value}%` })}></div>`
 */
export const inlineStyle = directive(InlineStyleDirective);
