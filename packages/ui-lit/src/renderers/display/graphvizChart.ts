import { html, LitElement, nothing, type PropertyValues } from 'lit';

/** The part of `@viz-js/viz`'s instance the chart uses. */
interface VizInstance {
  renderSVGElement(dot: string, options: { engine: string }): SVGSVGElement;
}

let viz: Promise<VizInstance> | undefined;

/** Graphviz (WebAssembly, from `@viz-js/viz`), loaded and compiled once per page; a failed load is forgotten. */
function loadViz(): Promise<VizInstance> {
  viz ??= import('@viz-js/viz').then((m) => m.instance());
  viz.catch(() => {
    viz = undefined;
  });
  return viz;
}

/**
 * `<lit-ui-graphviz-chart>`: an `st.graphvizChart` graph laid out by
 * Graphviz in the browser and drawn as SVG (nodes `g.node`, edges
 * `g.edge`). DOT that Graphviz cannot parse shows its message in place
 * (`InvalidDot`). Compiling the WebAssembly needs `'wasm-unsafe-eval'` in the
 * page's `script-src` (the host page's default CSP has it; docs/charts.md).
 */
export class GraphvizChart extends LitElement {
  /** Reactive properties, set by the renderer. */
  static override properties = {
    dot: { attribute: false },
    engine: { attribute: false },
    useContainerWidth: { attribute: false },
    status: { state: true },
    error: { state: true },
  };

  /** The graph in the DOT language. */
  declare dot: string;
  /** Graphviz layout engine (`dot`, `neato`, …). */
  declare engine: string;
  /** Shrink the drawing to the container's width when it is wider. */
  declare useContainerWidth: boolean;
  declare private status: 'loading' | 'ready' | 'error';
  declare private error: string;
  private generation = 0;

  constructor() {
    super();
    this.dot = '';
    this.engine = 'dot';
    this.useContainerWidth = true;
    this.status = 'loading';
    this.error = '';
  }

  /** Light DOM: the app's stylesheet applies. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('dot') || changed.has('engine') || changed.has('useContainerWidth')) void this.draw();
  }

  private async draw(): Promise<void> {
    const generation = ++this.generation;
    let instance: VizInstance;
    try {
      instance = await loadViz();
    } catch (error) {
      if (generation === this.generation) this.fail(`Graphviz could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (generation !== this.generation) return;
    let svg: SVGSVGElement;
    try {
      svg = instance.renderSVGElement(this.dot, { engine: this.engine });
    } catch (error) {
      this.fail(`InvalidDot: ${error instanceof Error ? error.message.trim() : String(error)}`);
      return;
    }
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', svg.querySelector('title')?.textContent ?? 'Graph');
    if (this.useContainerWidth) svg.classList.add('lu-graphviz-fit');
    this.status = 'ready';
    await this.updateComplete;
    if (generation === this.generation) this.querySelector('.lu-graphviz-view')?.replaceChildren(svg);
  }

  private fail(message: string): void {
    this.error = message;
    this.status = 'error';
  }

  protected override render(): unknown {
    return html`<div class="lu-chart lu-graphviz" data-status=${this.status}>
      <div class="lu-graphviz-view" ?hidden=${this.status === 'error'}></div>
      ${
        this.status === 'error'
          ? html`<div class="lu-chart-error" role="alert"><strong>This graph could not be drawn.</strong><span>${this.error}</span></div>`
          : nothing
      }
    </div>`;
  }
}
