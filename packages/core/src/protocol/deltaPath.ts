/**
 * Root containers of the element tree, as Streamlit's `RootContainer` enum:
 * every delta path starts with one of these numbers.
 */
export const RootContainer = {
  /** The page's main column. */
  main: 0,
  /** The sidebar (`st.sidebar`). */
  sidebar: 1,
  /** Toasts and effects (balloons, snow), shown by the app shell. */
  event: 2,
  /** The bottom bar (`st.chatInput`). */
  bottom: 3,
} as const;

/** Name of a root container: `'main' | 'sidebar' | 'event' | 'bottom'`. */
export type RootContainerName = keyof typeof RootContainer;

/** Number of a root container: `0 | 1 | 2 | 3`. */
export type RootContainerId = (typeof RootContainer)[RootContainerName];

/** Root container names in delta-path order (index = root id). */
export const ROOT_NAMES: readonly RootContainerName[] = ['main', 'sidebar', 'event', 'bottom'];

/**
 * Address of a node in the element tree, as Streamlit's delta path:
 * `[root, ...blockIndices, index]`. `[0, 2]` is the third node of `main`;
 * `[1, 0, 3]` is the fourth child of the first block in the sidebar.
 * A path of length 1 (`[0]`) names a root container itself.
 */
export type DeltaPath = readonly number[];

/** Renders a delta path as a stable string key, e.g. `"0.2.3"`. */
export function pathKey(path: DeltaPath): string {
  return path.join('.');
}

/** True when `a` and `b` name the same node. */
export function samePath(a: DeltaPath, b: DeltaPath): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** True when `path` lies inside (or is) the block at `prefix`. */
export function isPathWithin(path: DeltaPath, prefix: DeltaPath): boolean {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}
