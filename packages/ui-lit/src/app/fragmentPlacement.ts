import type { BlockProto, ClientBlock } from '@lit-ui/core/protocol';

/** The `container` name of a `<lit-ui-fragment>` that places the app's sidebar; any other name is a container's `key`. */
export const SIDEBAR = 'sidebar';

/** What a `<lit-ui-app>` needs of a `<lit-ui-fragment>` that places one of its containers. */
export interface PlacedFragment {
  /** The container it shows: {@link SIDEBAR}, or the `key` of an `st.container`; empty for none. */
  readonly container: string;
  /** The app element it shows a container of, when one is in the page. */
  appElement(): Element | null;
  /** Renders the fragment again (the app's tree changed). */
  requestUpdate(): void;
}

/** Every connected `<lit-ui-fragment>` of the page, whichever app it names. */
export const placedFragments = new Set<PlacedFragment>();

/** What the fragments of one app take out of it: its sidebar, and containers by key. */
export interface Placements {
  /** A fragment shows the sidebar: the app draws no sidebar of its own. */
  readonly sidebar: boolean;
  /** Keys of the `st.container({ key })`s fragments show: the app leaves them out where they are. */
  readonly keys: ReadonlySet<string>;
}

/** The placements of the fragments that name `app`. */
export function placementsOf(app: Element): Placements {
  let sidebar = false;
  const keys = new Set<string>();
  for (const fragment of placedFragments) {
    if (fragment.container === '' || fragment.appElement() !== app) continue;
    if (fragment.container === SIDEBAR) sidebar = true;
    else keys.add(fragment.container);
  }
  return { sidebar, keys };
}

/** The fragments that name `app`. */
export function fragmentsOf(app: Element): PlacedFragment[] {
  return [...placedFragments].filter((fragment) => fragment.appElement() === app);
}

/** True when `proto` is an `st.container` whose `key` is in `keys`. */
export function isPlacedBlock(proto: BlockProto, keys: ReadonlySet<string> | undefined): boolean {
  return keys !== undefined && proto.type === 'vertical' && proto.key !== undefined && keys.has(proto.key);
}

/** Where a keyed container sits in a session's tree. */
export interface ContainerPlace {
  /** The block holding it. */
  readonly parent: ClientBlock;
  /** Its index among the parent's children. */
  readonly index: number;
  /** The parent's path key (`'0'` for the main root, `'0.2'` for its third child, …). */
  readonly parentKey: string;
}

/**
 * Finds the `st.container({ key })` with `key` in the main, sidebar and
 * bottom roots (not in dialogs), depth first; keys are unique on a page.
 *
 * @param roots - the session's roots in `RootContainer` order (main, sidebar, event, bottom).
 * @returns its place, or undefined when no container of the current tree has that key.
 */
export function findKeyedContainer(roots: readonly ClientBlock[], key: string): ContainerPlace | undefined {
  const visit = (block: ClientBlock, blockKey: string): ContainerPlace | undefined => {
    for (let index = 0; index < block.children.length; index++) {
      const child = block.children[index]!;
      if (child.kind !== 'block') continue;
      if (child.proto?.type === 'vertical' && child.proto.key === key) return { parent: block, index, parentKey: blockKey };
      const found = visit(child, `${blockKey}.${index}`);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  for (const rootId of [0, 1, 3]) {
    const root = roots[rootId];
    const found = root === undefined ? undefined : visit(root, String(rootId));
    if (found !== undefined) return found;
  }
  return undefined;
}
