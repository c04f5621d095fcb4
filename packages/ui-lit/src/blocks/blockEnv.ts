import { isConfirmed, type ClientBlock } from '@lit-ui/core/protocol';
import type { RenderQueue } from '../app/renderQueue.js';
import type { RenderContext } from '../renderers/types.js';

/** Which nodes render as stale: those inside `scopes` (path keys) not confirmed in run generation `gen`. */
export interface StaleSpec {
  readonly gen: number;
  readonly scopes: readonly string[];
}

/**
 * What block renderers need besides their node. `<lit-ui-app>` makes a new
 * env only when something in it changes (stale display on/off), so Lit's
 * `guard` can skip blocks whose node and env are unchanged.
 */
export interface BlockEnv {
  readonly ctx: RenderContext;
  /** Stale display in force, or null when nothing renders stale. */
  readonly stale: StaleSpec | null;
  /** The user closed the dialog of fragment `fragmentId`. */
  readonly dialogClosed: (fragmentId: string) => void;
  /** Renders the children of `block` (whose path key is `key`). */
  readonly renderChildren: (block: ClientBlock, key: string, env: BlockEnv) => unknown;
  /** Where long blocks queue the rendering of their children past the first screen. */
  readonly queue: RenderQueue;
  /** Keys of the `st.container({ key })`s a `<lit-ui-fragment>` shows elsewhere in the page: left out where they are. */
  readonly placed?: ReadonlySet<string>;
}

/** True when the child `index` of `parent`, at path key `key`, renders faded under `env`: in a rebuilt container and not yet confirmed by the run. */
export function isStaleNode(env: BlockEnv, key: string, parent: ClientBlock, index: number): boolean {
  const stale = env.stale;
  if (stale === null || isConfirmed(parent, index, stale.gen)) return false;
  return stale.scopes.some((scope) => key.startsWith(scope + '.'));
}

/** `' lu-stale'` when the child `index` of `parent` renders stale, else `''`: append to a class list. */
export function staleClass(env: BlockEnv, key: string, parent: ClientBlock, index: number): string {
  return isStaleNode(env, key, parent, index) ? ' lu-stale' : '';
}
