import { ROOT_NAMES, type DeltaPath } from '../protocol/deltaPath.js';
import type { BlockProto, ElementProto, TreeNodeJson } from '../protocol/elements.js';

/** An element in the server's mirror of the client tree. `proto` is replaced, never mutated. */
export interface ElementNode {
  readonly kind: 'element';
  proto: ElementProto;
}

/** A block (container) in the mirror; roots have a null proto. */
export interface BlockNode {
  readonly kind: 'block';
  proto: BlockProto | null;
  readonly children: TreeNode[];
}

/** A node of the mirror tree. */
export type TreeNode = ElementNode | BlockNode;

/**
 * The element tree as the client has it: the four root containers. The
 * session changes it only together with the deltas it sends, so it is always
 * what the client shows, and is what each run diffs against.
 */
export type ElementTree = readonly BlockNode[];

/** A fresh tree with four empty roots (main, sidebar, event, bottom). */
export function createElementTree(): ElementTree {
  return ROOT_NAMES.map(() => ({ kind: 'block', proto: null, children: [] }) satisfies BlockNode);
}

/** The node at `path`, or undefined. `[root]` is the root block itself. */
export function nodeAt(tree: ElementTree, path: DeltaPath): TreeNode | undefined {
  let node: TreeNode | undefined = tree[path[0] ?? -1];
  for (let i = 1; i < path.length && node; i++) {
    node = node.kind === 'block' ? node.children[path[i]!] : undefined;
  }
  return node;
}

/** The tree in wire form, one entry per root, for a `snapshot`. */
export function treeToJson(tree: ElementTree): TreeNodeJson[] {
  return tree.map(nodeToJson);
}

function nodeToJson(node: TreeNode): TreeNodeJson {
  if (node.kind === 'element') return { element: node.proto };
  return { block: node.proto ?? { type: 'vertical' }, children: node.children.map(nodeToJson) };
}
