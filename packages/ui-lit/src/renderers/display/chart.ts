import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { inlineStyle } from '../../directives/inlineStyle.js';
import type { ChartSelectionParam, JsonObject } from '@lit-ui/core/protocol';
import type { Result } from 'vega-embed';
import { categoryPalette, chartConfig, loadVegaEmbed, prepareSpec, type ChartColors } from './charts.js';
import { adoptTooltipStyles } from './chartTooltip.js';
import { watchSelections } from './chartSelect.js';

/** Chart element types: Streamlit's built-in charts and `st.vega_lite_chart`. */
export type ChartType = 'lineChart' | 'barChart' | 'areaChart' | 'scatterChart' | 'vegaLiteChart';

/** True when a CSS color (as computed: `rgb(r, g, b)`) is light, i.e. the theme is dark. */
function isLight(color: string): boolean {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b > 150;
}

/**
 * `<lit-ui-vega-chart>`: a Vega-Lite chart drawn by vega-embed, which is
 * loaded on first use. Shows a light placeholder while loading and a clear
 * error box when the spec fails; re-embeds only when the spec, height,
 * container width or theme changes; follows the container's width when
 * `useContainerWidth`. The drawing is a `role="img"` named by the spec's
 * `description` or a summary of what it shows (screen readers cannot read
 * a canvas), and each category of a color field keeps its colour across
 * reruns that filter other categories out.
 */
export class VegaChart extends LitElement {
  /** Reactive properties, set by the renderer. */
  static override properties = {
    spec: { attribute: false },
    height: { attribute: false },
    useContainerWidth: { attribute: false },
    selectionParams: { attribute: false },
    onSelection: { attribute: false },
    status: { state: true },
    error: { state: true },
  };

  /** The Vega-Lite spec, data inline. */
  declare spec: JsonObject;
  /** Height in px; default the spec's own. */
  declare height: number | undefined;
  /** Fit the chart to the container's width. */
  declare useContainerWidth: boolean;
  /** Selection parameters to report (a chart with `onSelect`). */
  declare selectionParams: readonly ChartSelectionParam[] | undefined;
  /** Called with the selections (`{ [param]: value }`) when the user selects; `interval` while a range is dragged. */
  declare onSelection: ((selection: JsonObject, interval: boolean) => void) | undefined;
  private stopWatching: (() => void) | undefined;
  declare private status: 'loading' | 'ready' | 'error';
  declare private error: string;
  private result: Result | undefined;
  private embeddedKey = '';
  private generation = 0;
  private width = 0;
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly resizeObserver = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.resized());
  private readonly themeObserver = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(() => void this.embed());
  private summary = '';

  constructor() {
    super();
    this.spec = {};
    this.height = undefined;
    this.useContainerWidth = true;
    this.selectionParams = undefined;
    this.onSelection = undefined;
    this.status = 'loading';
    this.error = '';
  }

  /** Light DOM: the app's stylesheet applies. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver?.observe(this);
    const root = this.getRootNode();
    // `scheme` is the app's resolved color scheme (it follows the OS live under theme="auto").
    if (root instanceof ShadowRoot) this.themeObserver?.observe(root.host, { attributes: true, attributeFilter: ['scheme', 'style', 'class'] });
    if (this.hasUpdated) void this.embed();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.themeObserver?.disconnect();
    clearTimeout(this.resizeTimer);
    this.generation++;
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.result?.finalize();
    this.result = undefined;
    this.embeddedKey = '';
  }

  /** The app's theme colors, resolved on this element. */
  private colors(): ChartColors {
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
    const text = read('--lit-ui-text', '#31333f');
    return {
      dark: isLight(style.color || 'rgb(49, 51, 63)'),
      text,
      muted: read('--lit-ui-muted', '#6b6e7b'),
      grid: read('--lit-ui-secondary-bg', '#f0f2f6'),
      font: read('--lit-ui-font', 'sans-serif'),
    };
  }

  private resized(): void {
    if (!this.useContainerWidth || Math.abs(this.clientWidth - this.width) < 2) return;
    clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => void this.embed(), 120);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('spec') || changed.has('height') || changed.has('useContainerWidth') || changed.has('selectionParams')) void this.embed();
  }

  /** Embeds the chart unless what it shows is unchanged. */
  private async embed(): Promise<void> {
    if (!this.isConnected) return;
    const width = this.useContainerWidth ? this.clientWidth : 0;
    const colors = this.colors();
    const key = JSON.stringify([this.spec, this.height, this.useContainerWidth, width, colors, this.selectionParams]);
    if (key === this.embeddedKey) return;
    this.embeddedKey = key;
    const generation = ++this.generation;
    if (this.result === undefined) this.status = 'loading';
    try {
      const [embed, extras] = await Promise.all([loadVegaEmbed(), import('./chartExtras.js')]);
      this.summary = extras.chartSummary(this.spec);
      await this.updateComplete;
      const target = this.querySelector<HTMLElement>('.lu-chart-view');
      if (generation !== this.generation || target === null) return;
      const sized = prepareSpec(this.spec, { height: this.height, containerWidth: this.useContainerWidth ? width : undefined });
      const spec = extras.withStableColors(sized, extras.categorySlotsOf(this.getRootNode()), categoryPalette(colors.dark));
      // Keep the old chart's height while the new one draws, so the page does not jump.
      target.style.minHeight = `${target.offsetHeight}px`;
      this.stopWatching?.();
      this.stopWatching = undefined;
      this.result?.finalize();
      this.result = undefined;
      target.replaceChildren();
      adoptTooltipStyles();
      // A strict CSP holds: `ast` evaluates Vega expressions with its interpreter (no `new Function`),
      // and neither vega-embed nor vega-tooltip injects a <style> element.
      const result = await embed(target, spec, {
        actions: false,
        defaultStyle: false,
        ast: true,
        renderer: 'canvas',
        config: chartConfig(colors),
        tooltip: { theme: colors.dark ? 'dark' : 'light', disableDefaultStyle: true },
      });
      target.style.minHeight = '';
      if (generation !== this.generation) {
        result.finalize();
        return;
      }
      this.result = result;
      const params = this.selectionParams;
      if (params?.length) {
        this.stopWatching = watchSelections(result.view, params, (selection, changed) => this.onSelection?.(selection, changed.type === 'interval'));
      }
      this.width = width;
      this.status = 'ready';
    } catch (error) {
      if (generation !== this.generation) return;
      this.embeddedKey = '';
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  /** The chart's text alternative: its summary once the chart code has loaded. */
  private label(): string {
    return this.summary || 'Chart';
  }

  protected override render(): unknown {
    const specHeight = this.spec['height'];
    const height = this.height ?? (typeof specHeight === 'number' ? specHeight : 350);
    return html`<div class="lu-chart" data-status=${this.status}>
      <div class="lu-chart-view" role="img" aria-label=${this.label()} ?hidden=${this.status === 'error'}></div>
      ${
        this.status === 'loading'
          ? html`<div class="lu-chart-placeholder" style=${inlineStyle({ height: `${height}px` })} aria-hidden="true"></div>`
          : nothing
      }
      ${
        this.status === 'error'
          ? html`<div class="lu-chart-error" role="alert"><strong>This chart could not be drawn.</strong><span>${this.error}</span></div>`
          : nothing
      }
    </div>`;
  }
}
