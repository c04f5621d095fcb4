/**
 * What a chart needs once vega-embed is loading: its text alternative and
 * stable category colours. A module of its own so it loads lazily with the
 * chart code, not in the initial bundle.
 */
export { chartSummary } from './chartSummary.js';
export { categorySlotsOf, withStableColors } from './categoryColors.js';
