import { ROOT_NAMES, type DeltaPath } from '../protocol/deltaPath.js';
import type { BlockProto, ElementProto } from '../protocol/elements.js';
import { digestOf } from './elementDigest.js';

/**
 * A widget in the server's mirror: its proto is kept whole, because the
 * server writes acknowledged values into it and resends it with a new value
 * (`clearOnSubmit`). `proto` is replaced, never mutated. Tables (a
 * `dataId`) are kept as such nodes too (see {@link keepsProto}).
 */
export interface WidgetNode {
  readonly kind: 'widget';
  proto: ElementProto;
}

/** A display element in the mirror, as {@link nodeAt} reports it: only its digest is kept. */
export interface ElementLeaf {
  readonly kind: 'element';
  readonly digest: number;
}

/**
 * True when the mirror keeps an element's whole proto (as a {@link WidgetNode}),
 * not only its digest: widgets (an `id`: acknowledged values, clearOnSubmit)
 * and tables (a `dataId`: the session keeps their data while one shows).
 */
export function keepsProto(proto: ElementProto): boolean {
  return typeof proto['id'] === 'string' || typeof proto['dataId'] === 'string';
}

/** A node of the mirror. */
export type TreeNode = BlockNode | WidgetNode | ElementLeaf;

/**
 * A block (container) of the server's mirror of the client tree. It keeps
 * its proto, and of its children only what the server needs: a digest of
 * every element (`elementDigest.ts`: enough to know an element is
 * unchanged), and the child nodes that are blocks or widgets. Roots have a
 * null proto. Eight bytes per display element, where the whole proto would
 * be hundreds.
 */
export class BlockNode {
  readonly kind = 'block';
  /** Digest of each child element (widgets included); 0 for a child block. A plain array of doubles: 8 bytes a child. */
  private readonly digests: number[] = [];
  /** The children that are blocks or widgets, by index; absent while there are none. */
  private nodes: Map<number, BlockNode | WidgetNode> | undefined;

  constructor(public proto: BlockProto | null) {}

  /** Number of children. */
  get length(): number {
    return this.digests.length;
  }

  /** The digest of the element at `index`; 0 for a block or no child. */
  digestAt(index: number): number {
    return this.digests[index] ?? 0;
  }

  /** The block or widget at `index`, if that child is one. */
  nodeAt(index: number): BlockNode | WidgetNode | undefined {
    return this.nodes?.get(index);
  }

  /** The child at `index` as a node (a display element as an {@link ElementLeaf}), or undefined. */
  childAt(index: number): TreeNode | undefined {
    if (index < 0 || index >= this.digests.length) return undefined;
    return this.nodes?.get(index) ?? { kind: 'element', digest: this.digests[index]! };
  }

  /** Puts an element (with its widget node, for a widget) at `index`, at most one past the end. */
  setElement(index: number, digest: number, widget?: WidgetNode): void {
    this.put(index, digest, widget);
  }

  /** Puts a block at `index`, at most one past the end. */
  setBlock(index: number, block: BlockNode): void {
    this.put(index, 0, block);
  }

  /** Drops the children from `length` on; returns the dropped blocks and widgets. */
  truncate(length: number): (BlockNode | WidgetNode)[] {
    const dropped: (BlockNode | WidgetNode)[] = [];
    if (length >= this.digests.length) return dropped;
    if (this.nodes !== undefined) {
      for (const [index, node] of this.nodes) {
        if (index < length) continue;
        dropped.push(node);
        this.nodes.delete(index);
      }
      if (this.nodes.size === 0) this.nodes = undefined;
    }
    this.digests.length = length;
    return dropped;
  }

  /** Calls `fn` with every child block and widget, with its index. */
  forEachNode(fn: (node: BlockNode | WidgetNode, index: number) => void): void {
    this.nodes?.forEach(fn);
  }

  private put(index: number, digest: number, node: BlockNode | WidgetNode | undefined): void {
    if (index < 0 || index > this.digests.length) throw new RangeError(`Child ${index} of a block with ${this.digests.length} children`);
    if (index === this.digests.length) this.digests.push(digest);
    else this.digests[index] = digest;
    if (node !== undefined) (this.nodes ??= new Map()).set(index, node);
    else if (this.nodes?.delete(index) && this.nodes.size === 0) this.nodes = undefined;
  }
}

/**
 * The element tree as the client has it: the four root containers. The
 * session changes it only together with the deltas it sends, so it is always
 * what the client shows, and is what each run diffs against.
 */
export type ElementTree = readonly BlockNode[];

/** A fresh tree with four empty roots (main, sidebar, event, bottom). */
export function createElementTree(): ElementTree {
  return ROOT_NAMES.map(() => new BlockNode(null));
}

/** The node at `path`, or undefined. `[root]` is the root block itself; a display element comes back as a fresh {@link ElementLeaf}. */
export function nodeAt(tree: ElementTree, path: DeltaPath): TreeNode | undefined {
  let node: TreeNode | undefined = tree[path[0] ?? -1];
  for (let i = 1; i < path.length && node; i++) node = node.kind === 'block' ? node.childAt(path[i]!) : undefined;
  return node;
}

/** Empties every root (a resync: the client starts from an empty tree too). */
export function clearTree(tree: ElementTree): void {
  for (const root of tree) root.truncate(0);
}

/** A node as the mirror compares it: a display element by digest, a widget by proto and digest, a block by proto and children. */
export type MirrorJson =
  { readonly digest: number; readonly widget?: ElementProto } | { readonly block: BlockProto | null; readonly children: MirrorJson[] };

/**
 * The mirror in a comparable form, one entry per root (tests compare it
 * with {@link clientTreeToMirrorJson} of a client's tree).
 */
export function mirrorToJson(tree: ElementTree): MirrorJson[] {
  return tree.map(blockJson);
}

function blockJson(block: BlockNode): MirrorJson {
  const children: MirrorJson[] = [];
  for (let i = 0; i < block.length; i++) {
    const node = block.nodeAt(i);
    if (node?.kind === 'block') children.push(blockJson(node));
    else children.push({ digest: block.digestAt(i), ...(node ? { widget: node.proto } : {}) });
  }
  return { block: block.proto, children };
}

/** What {@link mirrorToJson} gives for the same tree, from a client's nodes (proto and children). */
export type ClientNodeLike = { readonly kind: 'element'; readonly proto: ElementProto } | ClientBlockLike;
type ClientBlockLike = { readonly kind: 'block'; readonly proto: BlockProto | null; readonly children: readonly ClientNodeLike[] };

/** A client tree's roots in the form of {@link mirrorToJson}: equal when the server's mirror holds that tree. */
export function clientTreeToMirrorJson(roots: readonly ClientBlockLike[]): MirrorJson[] {
  const visit = (node: ClientNodeLike): MirrorJson => {
    if (node.kind === 'block') return { block: node.proto, children: node.children.map(visit) };
    return { digest: digestOf(node.proto), ...(keepsProto(node.proto) ? { widget: node.proto } : {}) };
  };
  return roots.map(visit);
}
