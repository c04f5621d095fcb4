import { invalidArgument } from '../errors.js';
import { display } from '../protocol/elementSpec.js';
import type { ElementProtoOf } from '../protocol/elements.js';
import { makeProto } from './proto.js';
import type { WidthOption } from '../dg/layoutOptions.js';

/** Graphviz layout engines the browser renderer has (Graphviz's own names). */
export type GraphvizEngine = 'dot' | 'neato' | 'fdp' | 'sfdp' | 'circo' | 'twopi' | 'osage' | 'patchwork';

const ENGINES: readonly GraphvizEngine[] = ['dot', 'neato', 'fdp', 'sfdp', 'circo', 'twopi', 'osage', 'patchwork'];

/** Options of `st.graphvizChart`, as Streamlit's `st.graphviz_chart`. */
export interface GraphvizChartOptions extends WidthOption {
  /** Shrink the drawing to its container's width when it is wider. Default true. */
  readonly useContainerWidth?: boolean;
  /** The Graphviz layout engine. Default `'dot'` (Streamlit always uses dot). */
  readonly engine?: GraphvizEngine;
}

/** `st.graphvizChart` in the element map: the DOT source; its AppTest value is that source. */
export const graphvizElements = {
  /** `st.graphvizChart`: a graph in the DOT language, laid out and drawn in the browser, as Streamlit's `st.graphviz_chart`. */
  graphvizChart: display<{
    /** The graph in the DOT language. */
    body: string;
    /** The layout engine. */
    engine: GraphvizEngine;
    /** Fit the drawing to its container's width. */
    useContainerWidth: boolean;
  }>(),
};

/**
 * Proto of `st.graphvizChart`. The DOT text itself is parsed by Graphviz in
 * the browser: a syntax error shows there, in place of the chart.
 * @throws LitUiError `InvalidArgument` for a `dot` that is not a string (or an object with a `source` string, as a Graphviz object's), an empty one, or an unknown engine.
 */
export function graphvizProto(dot: unknown, options: GraphvizChartOptions = {}): ElementProtoOf<'graphvizChart'> {
  const source =
    typeof dot === 'object' && dot !== null && typeof (dot as { source?: unknown }).source === 'string' ? (dot as { source: string }).source : dot;
  if (typeof source !== 'string') throw invalidArgument(`st.graphvizChart: expected DOT source text, got ${dot === null ? 'null' : typeof dot}.`);
  if (source.trim() === '') throw invalidArgument('st.graphvizChart: the DOT source is empty; e.g. st.graphvizChart("digraph { a -> b }").');
  const { engine = 'dot', useContainerWidth = true } = options;
  if (!ENGINES.includes(engine)) throw invalidArgument(`st.graphvizChart: engine ${JSON.stringify(engine)} is not one of ${ENGINES.join(', ')}.`);
  return makeProto('graphvizChart', { body: source, engine, useContainerWidth: useContainerWidth !== false });
}
