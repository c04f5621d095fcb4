import { html, LitElement, type PropertyValues } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { helpTooltip } from './help.js';
import { loadKatex, typeset } from './katex.js';
import type { ElementRenderers } from '../types.js';

/**
 * `<lit-ui-latex>`: a display formula typeset by KaTeX, loaded on first
 * use. The TeX source shows (muted) until KaTeX has loaded; a syntax error
 * shows KaTeX's message in red.
 */
export class LatexBlock extends LitElement {
  /** Reactive properties, set by the renderer. */
  static override properties = { tex: { attribute: false } };

  /** The TeX source, without `$$` delimiters. */
  declare tex: string;

  constructor() {
    super();
    this.tex = '';
  }

  /** Light DOM: the app's stylesheet applies. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): unknown {
    // No Lit parts inside: KaTeX owns this node's children.
    return html`<div class="lu-math lu-math--display"></div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('tex')) return;
    const tex = this.tex;
    const target = this.querySelector<HTMLElement>('.lu-math');
    if (target === null) return;
    target.removeAttribute('data-typeset');
    target.classList.remove('lu-math--error');
    target.textContent = tex;
    void loadKatex().then(
      () => (this.tex === tex ? typeset(target, tex, true) : undefined),
      () => target.classList.add('lu-math--error'),
    );
  }
}

/** `st.latex`: a centred display formula, as Streamlit's (KaTeX). */
export function latexRenderer(proto: ElementProtoOf<'latex'>): unknown {
  return html`<div class="lu-latex${proto.help ? ' lu-with-help' : ''}">
    <lit-ui-latex .tex=${proto.body}></lit-ui-latex>${helpTooltip(proto.help)}
  </div>`;
}

/** LaTeX: this module's renderers in the registry, by element type. */
export const latexRenderers = {
  latex: latexRenderer,
} satisfies ElementRenderers;
