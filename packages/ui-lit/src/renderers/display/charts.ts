import type { JsonObject } from '@lit-ui/core/protocol';
import type { EmbedOptions, Result, VisualizationSpec } from 'vega-embed';
import type { Config } from 'vega-lite';

/** vega-embed's `embed` function. */
export type EmbedFn = (el: HTMLElement, spec: VisualizationSpec, options?: EmbedOptions) => Promise<Result>;

let loading: Promise<EmbedFn> | undefined;

/**
 * Loads vega-embed (with Vega and Vega-Lite) on first use: `import()` keeps
 * its ≈300 KB gzip out of the base bundle. Later calls share the promise;
 * a failed load can be retried.
 */
export function loadVegaEmbed(): Promise<EmbedFn> {
  loading ??= import('vega-embed').then(
    (module) => module.default as EmbedFn,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Streamlit's categorical chart colors, light and dark. */
const CATEGORY_LIGHT = ['#0068c9', '#83c9ff', '#ff2b2b', '#ffabab', '#29b09d', '#7defa1', '#ff8700', '#ffd16a', '#6d3fc0', '#d5dae5'];
const CATEGORY_DARK = ['#83c9ff', '#0068c9', '#ffabab', '#ff2b2b', '#7defa1', '#29b09d', '#ffd16a', '#ff8700', '#6d3fc0', '#d5dae5'];
const RAMP_LIGHT = ['#e4f5ff', '#c7ebff', '#a6dcff', '#83c9ff', '#60b4ff', '#3d9df3', '#1c83e1', '#0068c9', '#0054a3', '#004280'];
const RAMP_DARK = ['#004280', '#0054a3', '#0068c9', '#1c83e1', '#3d9df3', '#60b4ff', '#83c9ff', '#a6dcff', '#c7ebff', '#e4f5ff'];

/** The category colours of the light or dark theme. */
export function categoryPalette(dark: boolean): readonly string[] {
  return dark ? CATEGORY_DARK : CATEGORY_LIGHT;
}

/** Theme colors a chart takes from the app (CSS variables, resolved). */
export interface ChartColors {
  readonly dark: boolean;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly font: string;
}

/**
 * A Vega-Lite `config` that makes charts look like Streamlit's: its fonts
 * and colors, light horizontal grid lines, no axis domain or ticks, the
 * legend at the bottom, and Streamlit's category palette.
 */
export function chartConfig(colors: ChartColors): Config {
  const { text, muted, grid, font, dark } = colors;
  const category = dark ? CATEGORY_DARK : CATEGORY_LIGHT;
  return {
    background: 'transparent',
    font,
    padding: { top: 8, right: 8, bottom: 8, left: 4 },
    view: { stroke: null, continuousHeight: 350, continuousWidth: 400 },
    axis: {
      labelColor: muted,
      titleColor: text,
      gridColor: grid,
      domain: false,
      ticks: false,
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: 400,
      labelPadding: 6,
      titlePadding: 12,
      labelFont: font,
      titleFont: font,
    },
    // Labels never collide: overlapping ones are hidden (greedy), long ones cut with an ellipsis.
    axisX: { grid: false, labelAngle: 0, labelOverlap: 'greedy', labelSeparation: 8, labelFlush: true, labelLimit: 120 },
    axisY: { gridDash: [], tickCount: 6, labelOverlap: 'greedy', labelLimit: 160 },
    axisBand: { grid: false },
    legend: {
      orient: 'bottom',
      direction: 'horizontal',
      labelColor: text,
      titleColor: text,
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: 400,
      symbolType: 'circle',
      symbolSize: 80,
      labelFont: font,
      titleFont: font,
    },
    title: { color: text, fontSize: 16, fontWeight: 600, anchor: 'start', font, offset: 12 },
    header: { labelColor: text, titleColor: text, labelFont: font, titleFont: font },
    range: { category, ramp: dark ? RAMP_DARK : RAMP_LIGHT, heatmap: dark ? RAMP_DARK : RAMP_LIGHT },
    mark: { color: category[0] },
    line: { strokeWidth: 2, strokeCap: 'round', strokeJoin: 'round' },
    area: { opacity: 0.75, line: false },
    bar: { binSpacing: 1, discreteBandSize: { band: 0.85 } },
    circle: { size: 56, opacity: 0.85 },
    point: { size: 56, filled: true },
  };
}

/** True for a single or layered view, whose `width` may be set (concatenations and facets size per view). */
function isSingleView(spec: JsonObject): boolean {
  return 'mark' in spec || 'layer' in spec;
}

/**
 * The spec to embed: the app's spec with `height` from the proto and,
 * when `containerWidth` is given (useContainerWidth), the container's
 * width with `autosize: fit`, so axes and legend fit inside it.
 */
export function prepareSpec(spec: JsonObject, options: { height?: number; containerWidth?: number }): JsonObject {
  const out: JsonObject = { ...spec };
  if (!isSingleView(spec)) return out;
  if (options.height !== undefined) out['height'] = options.height;
  if (options.containerWidth !== undefined && options.containerWidth > 0) {
    out['width'] = options.containerWidth;
    out['autosize'] = { type: 'fit', contains: 'padding', resize: true };
  }
  return out;
}
