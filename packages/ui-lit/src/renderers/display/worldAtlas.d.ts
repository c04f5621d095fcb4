/**
 * The world's countries and land (Natural Earth 1:110m) as TopoJSON, from
 * `vega-datasets`' `data/world-110m.json`. An alias the build (tsup) and the
 * unit tests (vitest) resolve to that file; imported lazily by `st.map`'s
 * renderer, so it is a chunk of its own, loaded only by pages with a map.
 */
declare module 'lit-ui-world-atlas' {
  /** The TopoJSON topology: objects `land` and `countries`. */
  const topology: { readonly type: 'Topology'; readonly objects: Readonly<Record<string, unknown>> };
  export default topology;
}
