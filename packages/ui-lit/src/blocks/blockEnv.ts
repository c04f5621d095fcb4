import type { BlockNode, TreeNode } from '../app/treeNodes.js';
import type { RenderContext } from '../renderers/types.js';

/** Which nodes render as stale: those inside `scopes` (path keys) whose `gen` is below `gen`. */
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
  readonly renderChildren: (block: BlockNode, key: string, env: BlockEnv) => unknown;
}

/** True when the node at path key `key` renders faded under `env`. */
export function isStaleNode(env: BlockEnv, key: string, node: TreeNode): boolean {
  const stale = env.stale;
  if (stale === null || node.gen >= stale.gen) return false;
  return stale.scopes.some((scope) => key.startsWith(scope + '.'));
}

/** `' lu-stale'` when the node renders stale, else `''`: append to a class list. */
export function staleClass(env: BlockEnv, key: string, node: TreeNode): string {
  return isStaleNode(env, key, node) ? ' lu-stale' : '';
}
