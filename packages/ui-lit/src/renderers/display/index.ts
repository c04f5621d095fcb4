/**
 * Renderers of lit-ui's display elements (text, data, charts, status,
 * links, media), their custom elements and their styles. The registration module
 * defines {@link displayElements}; the registry takes
 * {@link displayRenderers}; `<lit-ui-app>` adopts {@link displayStyles}.
 */
import { css, type CSSResult } from 'lit';
import type { DisplayType } from '@lit-ui/core/protocol';
import type { ElementRenderer, ElementRenderers } from '../types.js';
import { alertRenderers } from './alert.js';
import { chartRenderers } from './chartRenderer.js';
import { CodeBlock, codeRenderers } from './code.js';
import { codeStyles } from './codeStyles.js';
import { dataframeRenderers } from './dataframeRenderer.js';
import { dataStyles } from './dataStyles.js';
import { exceptionRenderers } from './exception.js';
import { headingRenderers } from './heading.js';
import { helpDocRenderers, helpDocStyles } from './helpDoc.js';
import { jsonRenderers } from './json.js';
import { LatexBlock, latexRenderers } from './latex.js';
import { linkRenderers } from './links.js';
import { mapRenderers } from './map.js';
import { broughtChartRenderers } from './plotly.js';
import { mediaRenderers } from './lazyMedia.js';
import { metricRenderers } from './metric.js';
import { paletteStyles } from './palette.js';
import { statusRenderers } from './status.js';
import { statusStyles } from './statusStyles.js';
import { tableRenderers } from './table.js';
import { textRenderers } from './text.js';
import { textStyles } from './textStyles.js';
import { iconStyles } from './icon.js';

/**
 * The renderers of every display type of the element map, gathered from
 * the family records of the display modules. `satisfies` makes a display
 * type without a renderer a compile error. (`toast`, `balloons` and `snow`
 * are event elements, shown by the app shell.)
 */
const renderers = {
  ...headingRenderers,
  ...textRenderers,
  ...codeRenderers,
  ...latexRenderers,
  ...jsonRenderers,
  ...metricRenderers,
  ...alertRenderers,
  ...exceptionRenderers,
  ...dataframeRenderers,
  ...tableRenderers,
  ...chartRenderers,
  ...mapRenderers,
  ...broughtChartRenderers,
  ...statusRenderers,
  ...linkRenderers,
  ...helpDocRenderers,
  ...mediaRenderers,
} satisfies Required<ElementRenderers<DisplayType>>;

/**
 * Renderer of every display element type, by type name, widened for the
 * registry: it dispatches by `proto.type`, so each renderer only ever gets
 * its own type's proto.
 */
export const displayRenderers: Readonly<Record<string, ElementRenderer>> = renderers as unknown as Readonly<Record<string, ElementRenderer>>;

/**
 * Custom elements the display renderers use, by tag; the registration module
 * defines them. `<lit-ui-dataframe>`, `<lit-ui-vega-chart>`, `<lit-ui-map>` and `<lit-ui-json>`
 * are not here: their renderers define them on first use (`defineLazily`).
 */
export const displayElements: Record<string, CustomElementConstructor> = {
  'lit-ui-code': CodeBlock,
  'lit-ui-latex': LatexBlock,
};

/** Every style of the display renderers, using the theme variables of `<lit-ui-app>`. */
export const displayStyles: CSSResult = css`
  ${paletteStyles}
  ${textStyles}
  ${iconStyles}
  ${codeStyles}
  ${dataStyles}
  ${statusStyles}
  ${helpDocStyles}
`;

export { markdown, renderMarkdown, type MarkdownOptions } from './markdown.js';
export { sanitizeHtml } from './sanitize.js';
export { helpTooltip } from './help.js';
export { iconSpan, materialIcon } from './icon.js';
export { CodeBlock, LatexBlock };
