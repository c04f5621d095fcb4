/* A lazy module: the Streamlit theme of st.plotlyChart. */
import type { JsonObject } from '@lit-ui/core/protocol';
import { categoryPalette, type ChartColors } from './charts.js';

/**
 * The layout template of `theme: 'streamlit'`, from the app's resolved
 * theme colors, as Streamlit's own plotly theme: transparent paper and plot
 * (the app's background shows), the app's font and text color, light grid
 * lines, the category palette of the built-in charts. The figure's own
 * `layout` still wins over every value here (a template sits below it).
 */
export function streamlitTemplate(colors: ChartColors): JsonObject {
  const axis = { gridcolor: colors.grid, linecolor: colors.grid, zerolinecolor: colors.grid, tickcolor: colors.muted, automargin: true };
  return {
    layout: {
      paper_bgcolor: 'rgba(0,0,0,0)',
      plot_bgcolor: 'rgba(0,0,0,0)',
      font: { family: colors.font, color: colors.text, size: 12 },
      title: { font: { size: 16 } },
      colorway: [...categoryPalette(colors.dark)],
      xaxis: axis,
      yaxis: axis,
      legend: { font: { color: colors.text } },
      hoverlabel: { font: { family: colors.font } },
      margin: { t: 40, r: 10, b: 40, l: 10 },
      modebar: { bgcolor: 'rgba(0,0,0,0)', color: colors.muted, activecolor: colors.text },
    },
  };
}
