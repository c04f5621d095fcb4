import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { JsonObject, LayoutHeight } from '@lit-ui/core/protocol';
import { inlineStyle } from '../../directives/inlineStyle.js';
import type { ChartColors } from './charts.js';
import { loadPlotly, plotlyStyles, type PlotlyApi, type PlotlyGraphDiv } from './plotlyLoader.js';
import { selectionOf } from './plotlyEvents.js';
import { streamlitTemplate } from './plotlyTheme.js';

/** How the user may select (a chart with `onSelect`). */
type SelectionMode = 'points' | 'box' | 'lasso';

/** True when a computed CSS color (`rgb(r, g, b)`) is light, i.e. the theme is dark. */
function isLight(color: string): boolean {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b > 150;
}

const isRecord = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `<lit-ui-plotly-chart>`: an `st.plotlyChart` figure drawn by plotly.js,
 * which loads on the first chart from `peerUrl` (see `loadPlotly`). In the
 * Streamlit theme it redraws when the app's theme changes; it follows its
 * container's width; with `selectionMode` it reports the user's selections.
 * A figure plotly.js refuses, or a missing peer, shows a message in place.
 */
export class PlotlyChart extends LitElement {
  /** Reactive properties, set by the renderer. */
  static override properties = {
    figure: { attribute: false },
    config: { attribute: false },
    theme: { attribute: false },
    useContainerWidth: { attribute: false },
    height: { attribute: false },
    selectionMode: { attribute: false },
    peerUrl: { attribute: false },
    onSelection: { attribute: false },
    status: { state: true },
    error: { state: true },
  };

  /** The figure: `{ data, layout, frames? }`. */
  declare figure: JsonObject;
  /** plotly.js's config. */
  declare config: JsonObject | undefined;
  /** `'streamlit'` or `null` (plotly.js's own look). */
  declare theme: 'streamlit' | null;
  /** Fit the figure to the container's width. */
  declare useContainerWidth: boolean;
  /**
   * The app's `height`, as Streamlit's: px, `'stretch'` (the height of the element's box, which a sized parent
   * gives), or `'content'`/undefined (the figure's own `layout.height`, else plotly.js's 450 px).
   */
  declare height: LayoutHeight | undefined;
  /** How the user may select; undefined: the chart does not report selections. */
  declare selectionMode: readonly SelectionMode[] | undefined;
  /** URL of plotly.js (the mount's `plotly.min.js`). */
  declare peerUrl: string;
  /** Called with the selection (wire form: `{ points, pointIndices, box, lasso }`). */
  declare onSelection: ((selection: JsonObject) => void) | undefined;
  declare private status: 'loading' | 'ready' | 'error';
  declare private error: string;
  private plotly: PlotlyApi | undefined;
  private drawnKey = '';
  private generation = 0;
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly resizeObserver = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.resized());
  private readonly themeObserver = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(() => void this.draw());

  constructor() {
    super();
    this.figure = { data: [], layout: {} };
    this.config = undefined;
    this.theme = 'streamlit';
    this.useContainerWidth = true;
    this.height = undefined;
    this.selectionMode = undefined;
    this.peerUrl = 'plotly.min.js';
    this.onSelection = undefined;
    this.status = 'loading';
    this.error = '';
  }

  /** Light DOM: the app's stylesheet (and plotly.js's captured one) apply. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver?.observe(this);
    // With height 'stretch' the box (the element's wrapper, which a sized parent sizes) gives the height.
    if (this.height === 'stretch' && this.parentElement) this.resizeObserver?.observe(this.parentElement);
    const root = this.getRootNode();
    if (root instanceof ShadowRoot) this.themeObserver?.observe(root.host, { attributes: true, attributeFilter: ['scheme', 'style', 'class'] });
    if (this.hasUpdated) void this.draw();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.themeObserver?.disconnect();
    clearTimeout(this.resizeTimer);
    this.generation++;
    const div = this.view();
    if (div && this.plotly) this.plotly.purge(div);
    this.drawnKey = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('height') && this.height === 'stretch' && this.parentElement) this.resizeObserver?.observe(this.parentElement);
    if (
      ['figure', 'config', 'theme', 'useContainerWidth', 'height', 'selectionMode', 'peerUrl'].some((name) => changed.has(name as keyof PlotlyChart))
    )
      void this.draw();
  }

  private view(): PlotlyGraphDiv | null {
    return this.querySelector<PlotlyGraphDiv>('.lu-plotly-view');
  }

  private resized(): void {
    if (!this.useContainerWidth && this.height !== 'stretch') return;
    clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => void this.draw(), 120);
  }

  /** The app's theme colors, resolved on this element. */
  private colors(): ChartColors {
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
    return {
      dark: isLight(style.color || 'rgb(49, 51, 63)'),
      text: read('--lit-ui-text', '#31333f'),
      muted: read('--lit-ui-muted', '#6b6e7b'),
      grid: read('--lit-ui-secondary-bg', '#f0f2f6'),
      font: read('--lit-ui-font', 'sans-serif'),
    };
  }

  /** The layout plotly.js draws: the figure's, over the Streamlit template, sized and set up for selecting. */
  private layout(width: number): Record<string, unknown> {
    const own = isRecord(this.figure['layout']) ? this.figure['layout'] : {};
    const layout: Record<string, unknown> = { ...own };
    if (this.theme === 'streamlit') layout['template'] = streamlitTemplate(this.colors());
    if (this.useContainerWidth && width > 0) layout['width'] = width;
    const height = this.boxHeight();
    if (height > 0) layout['height'] = height;
    const modes = this.selectionMode;
    if (modes?.length) {
      // As Streamlit: dragging draws a box (or a lasso) and clicks select points.
      if (own['dragmode'] === undefined) layout['dragmode'] = modes.includes('box') ? 'select' : modes.includes('lasso') ? 'lasso' : 'pan';
      if (modes.includes('points') && own['clickmode'] === undefined) layout['clickmode'] = 'event+select';
    }
    return layout;
  }

  /** The height the app asked for in px (its box's for `'stretch'`); 0: the figure's own. */
  private boxHeight(): number {
    if (typeof this.height === 'number') return this.height;
    return this.height === 'stretch' ? (this.parentElement?.clientHeight ?? 0) : 0;
  }

  /** The config plotly.js gets: the app's, without modebar buttons for selections the chart does not allow. */
  private plotConfig(): Record<string, unknown> {
    const config: Record<string, unknown> = { displaylogo: false, ...(this.config ?? {}) };
    const modes = this.selectionMode;
    if (modes === undefined) return config;
    const given: unknown = config['modeBarButtonsToRemove'];
    const remove: unknown[] = Array.isArray(given) ? [...(given as unknown[])] : [];
    if (!modes.includes('box')) remove.push('select2d');
    if (!modes.includes('lasso')) remove.push('lasso2d');
    return { ...config, modeBarButtonsToRemove: remove };
  }

  /** Draws the figure unless what it shows is unchanged. */
  private async draw(): Promise<void> {
    if (!this.isConnected) return;
    const width = this.useContainerWidth ? this.clientWidth : 0;
    const layout = this.layout(width);
    const config = this.plotConfig();
    const key = JSON.stringify([this.figure, layout, config, this.peerUrl]);
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const generation = ++this.generation;
    try {
      const plotly = await loadPlotly(this.peerUrl);
      this.plotly = plotly;
      const root = this.getRootNode() as Document | ShadowRoot;
      const sheet = plotlyStyles();
      if (sheet && 'adoptedStyleSheets' in root && !root.adoptedStyleSheets.includes(sheet))
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      if (this.status === 'error') this.status = 'loading';
      await this.updateComplete;
      const div = this.view();
      if (generation !== this.generation || div === null) return;
      const frames = this.figure['frames'];
      // plotly.js changes the objects it is given: hand it copies, so the proto stays as the server sent it.
      const figure = structuredClone({
        data: Array.isArray(this.figure['data']) ? this.figure['data'] : [],
        layout,
        ...(Array.isArray(frames) ? { frames } : {}),
      });
      await plotly.react(div, { ...figure, config });
      if (generation !== this.generation) return;
      this.listen(div);
      this.status = 'ready';
    } catch (error) {
      if (generation !== this.generation) return;
      this.drawnKey = '';
      const code = (error as { code?: string }).code;
      this.error = `${code ? `${code}: ` : ''}${error instanceof Error ? error.message : String(error)}`;
      this.status = 'error';
    }
  }

  /** Reports selections (once per drawn div: plotly.js keeps listeners across `react`). */
  private listen(div: PlotlyGraphDiv): void {
    if (div.dataset['listening'] === 'true' || typeof div.on !== 'function') return;
    div.dataset['listening'] = 'true';
    const report = (event: unknown) => {
      const modes = this.selectionMode;
      if (!modes?.length || !this.onSelection) return;
      const selection = selectionOf(event);
      if (!modes.includes('box')) selection['box'] = [];
      if (!modes.includes('lasso')) selection['lasso'] = [];
      this.onSelection(selection);
    };
    div.on('plotly_selected', report);
    div.on('plotly_deselect', () => report(undefined));
  }

  protected override render(): unknown {
    const own = isRecord(this.figure['layout']) ? this.figure['layout'] : {};
    // Stretched, the placeholder takes no height of its own, so the box's height is its parent's to give.
    const height =
      typeof this.height === 'number' ? this.height : this.height === 'stretch' ? 0 : typeof own['height'] === 'number' ? own['height'] : 450;
    const title =
      isRecord(own['title']) && typeof own['title']['text'] === 'string'
        ? own['title']['text']
        : typeof own['title'] === 'string'
          ? own['title']
          : '';
    return html`<div class="lu-chart lu-plotly" data-status=${this.status}>
      <div class="lu-plotly-view" role="figure" aria-label=${title || 'Plotly chart'} ?hidden=${this.status === 'error'}></div>
      ${this.status === 'loading' ? html`<div class="lu-chart-placeholder" style=${inlineStyle({ height: `${height}px` })} aria-hidden="true"></div>` : nothing}
      ${
        this.status === 'error'
          ? html`<div class="lu-chart-error" role="alert"><strong>This chart could not be drawn.</strong><span>${this.error}</span></div>`
          : nothing
      }
    </div>`;
  }
}
