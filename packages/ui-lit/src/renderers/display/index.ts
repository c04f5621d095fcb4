/**
 * Renderers of lit-ui's display elements (text, data, charts, status,
 * links), their custom elements and their styles. The registration module
 * defines {@link displayElements}; the registry takes
 * {@link displayRenderers}; `<lit-ui-app>` adopts {@link displayStyles}.
 */
import { css, type CSSResult } from 'lit';
import type { ElementProtoOf, ElementType } from '@lit-ui/core/protocol';
import type { ElementRenderer } from '../types.js';
import { alertRenderer } from './alert.js';
import { chartRenderer, VegaChart } from './chart.js';
import { CodeBlock, codeRenderer } from './code.js';
import { codeStyles } from './codeStyles.js';
import { dataframeRenderer, DataFrameView } from './dataframe.js';
import { dataStyles } from './dataStyles.js';
import { exceptionRenderer } from './exception.js';
import { headerRenderer, subheaderRenderer, titleRenderer } from './heading.js';
import { JsonViewer, jsonRenderer } from './json.js';
import { LatexBlock, latexRenderer } from './latex.js';
import { linkButtonRenderer, pageLinkRenderer } from './links.js';
import { metricRenderer } from './metric.js';
import { paletteStyles } from './palette.js';
import { progressRenderer, spinnerRenderer } from './status.js';
import { statusStyles } from './statusStyles.js';
import { tableRenderer } from './table.js';
import { captionRenderer, dividerRenderer, emptyRenderer, htmlRenderer, markdownRenderer, textRenderer } from './text.js';
import { textStyles } from './textStyles.js';

/** A renderer of one built-in type, widened for the registry (which dispatches by `type`). */
function typed<T extends ElementType>(renderer: ElementRenderer<ElementProtoOf<T>>): ElementRenderer {
  return renderer as ElementRenderer;
}

/**
 * Renderer of every display element type, by type name. (`toast`,
 * `balloons` and `snow` are the app shell's.)
 */
export const displayRenderers: Record<string, ElementRenderer> = {
  title: typed<'title'>(titleRenderer),
  header: typed<'header'>(headerRenderer),
  subheader: typed<'subheader'>(subheaderRenderer),
  markdown: typed<'markdown'>(markdownRenderer),
  caption: typed<'caption'>(captionRenderer),
  text: typed<'text'>(textRenderer),
  code: typed<'code'>(codeRenderer),
  latex: typed<'latex'>(latexRenderer),
  html: typed<'html'>(htmlRenderer),
  json: typed<'json'>(jsonRenderer),
  metric: typed<'metric'>(metricRenderer),
  divider: dividerRenderer,
  success: typed<'success'>(alertRenderer),
  info: typed<'info'>(alertRenderer),
  warning: typed<'warning'>(alertRenderer),
  error: typed<'error'>(alertRenderer),
  exception: typed<'exception'>(exceptionRenderer),
  dataframe: typed<'dataframe'>(dataframeRenderer),
  table: typed<'table'>(tableRenderer),
  lineChart: typed<'lineChart'>(chartRenderer),
  barChart: typed<'barChart'>(chartRenderer),
  areaChart: typed<'areaChart'>(chartRenderer),
  scatterChart: typed<'scatterChart'>(chartRenderer),
  vegaLiteChart: typed<'vegaLiteChart'>(chartRenderer),
  empty: emptyRenderer,
  progress: typed<'progress'>(progressRenderer),
  spinner: typed<'spinner'>(spinnerRenderer),
  pageLink: typed<'pageLink'>(pageLinkRenderer),
  linkButton: typed<'linkButton'>(linkButtonRenderer),
};

/** Custom elements the display renderers use, by tag; the registration module defines them. */
export const displayElements: Record<string, CustomElementConstructor> = {
  'lit-ui-code': CodeBlock,
  'lit-ui-latex': LatexBlock,
  'lit-ui-json': JsonViewer,
  'lit-ui-dataframe': DataFrameView,
  'lit-ui-vega-chart': VegaChart,
};

/** Every style of the display renderers, using the theme variables of `<lit-ui-app>`. */
export const displayStyles: CSSResult = css`
  ${paletteStyles}
  ${textStyles}
  ${codeStyles}
  ${dataStyles}
  ${statusStyles}
`;

export { markdown, renderMarkdown, type MarkdownOptions } from './markdown.js';
export { sanitizeHtml } from './sanitize.js';
export { helpTooltip } from './help.js';
export { iconGlyph, iconSpan } from './icon.js';
export { CodeBlock, DataFrameView, JsonViewer, LatexBlock, VegaChart };
