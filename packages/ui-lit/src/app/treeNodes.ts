import type { BlockProto, DeltaPath, ElementProto, TreeNodeJson } from '@lit-ui/core/protocol';

/**
 * An element of the client's tree: its proto and the run generation that
 * last confirmed it (see {@link TreeState.gen}).
 */
export interface ElementNode {
  readonly kind: 'element';
  readonly proto: ElementProto;
  /** Run generation in which this node was last written or confirmed. */
  readonly gen: number;
}

/**
 * A block (container) of the client's tree. Root containers are blocks with
 * `proto: null`.
 */
export interface BlockNode {
  readonly kind: 'block';
  readonly proto: BlockProto | null;
  readonly children: readonly TreeNode[];
  /** Run generation in which this node was last written or confirmed. */
  readonly gen: number;
}

/** A node of the client's element tree. */
export type TreeNode = ElementNode | BlockNode;

/** Mutable view of a block, as an immer draft exposes it. */
export interface BlockDraft {
  proto: BlockProto | null;
  children: (TreeNode | BlockDraft)[];
  gen: number;
  readonly kind: 'block';
}

/** An empty root container block. */
export function emptyRoot(gen = 0): BlockNode {
  return { kind: 'block', proto: null, children: [], gen };
}

/** Converts a snapshot's JSON node into a tree node stamped with `gen`. */
export function nodeFromJson(json: TreeNodeJson, gen: number): TreeNode {
  if ('element' in json) return { kind: 'element', proto: json.element, gen };
  return { kind: 'block', proto: json.block, children: json.children.map((c) => nodeFromJson(c, gen)), gen };
}

/**
 * The block at `path` inside `roots` (a path of length 1 names a root), or
 * undefined when the path does not lead to a block. Works on drafts too.
 */
export function blockAt<B extends BlockNode | BlockDraft>(roots: readonly B[], path: DeltaPath): B | undefined {
  const [rootId, ...rest] = path;
  let node: TreeNode | BlockDraft | undefined = rootId === undefined ? undefined : roots[rootId];
  for (const index of rest) {
    if (node === undefined || node.kind !== 'block') return undefined;
    node = node.children[index];
  }
  return node !== undefined && node.kind === 'block' ? (node as B) : undefined;
}

/** Marks `node` (a draft) as confirmed in generation `gen`, without touching unchanged nodes. */
export function stamp(node: { gen: number }, gen: number): void {
  if (node.gen !== gen) node.gen = gen;
}

/**
 * Puts `node` at `path` in the draft `roots`: replaces what is there, or
 * appends when `path` points one past the end of its block. A block put over
 * a block keeps the old block's children. Ancestors are stamped with `gen`.
 * Returns false when the path leads nowhere (nothing changes).
 */
export function putAt(roots: BlockDraft[], path: DeltaPath, node: TreeNode, gen: number): boolean {
  const parentPath = path.slice(0, -1);
  const index = path[path.length - 1];
  if (parentPath.length === 0 || index === undefined || index < 0) return false;
  const parent = blockAt(roots, parentPath);
  if (parent === undefined) return false;
  const old = parent.children[index];
  let next: TreeNode = node;
  if (node.kind === 'block' && old !== undefined && old.kind === 'block') {
    next = { ...node, children: old.children };
  }
  if (index >= parent.children.length) parent.children.push(next);
  else parent.children[index] = next;
  for (let depth = 2; depth < path.length; depth++) {
    const ancestor = blockAt(roots, path.slice(0, depth));
    if (ancestor !== undefined) stamp(ancestor, gen);
  }
  return true;
}

/** Stamps the block at `path` and its first `length` children with `gen` (a `confirm`). */
export function confirmAt(roots: BlockDraft[], path: DeltaPath, length: number, gen: number): void {
  const block = blockAt(roots, path);
  if (block === undefined) return;
  if (path.length > 1) stamp(block, gen);
  const end = Math.min(length, block.children.length);
  for (let i = 0; i < end; i++) {
    const child = block.children[i] as { gen: number };
    stamp(child, gen);
  }
}

/** Drops the children of the block at `path` from `length` on (a trim). */
export function trimAt(roots: BlockDraft[], path: DeltaPath, length: number): void {
  const block = blockAt(roots, path);
  if (block !== undefined && block.children.length > length) block.children.splice(Math.max(0, length));
}

/**
 * Paths of the `vertical` or `dialog` blocks whose `fragmentId` is
 * `fragmentId`: the containers a fragment run rebuilds.
 */
export function findFragmentScopes(roots: readonly BlockNode[], fragmentId: string): DeltaPath[] {
  const found: DeltaPath[] = [];
  const visit = (node: TreeNode, path: number[]): void => {
    if (node.kind !== 'block') return;
    const proto = node.proto;
    if (proto !== null && (proto.type === 'vertical' || proto.type === 'dialog') && proto.fragmentId === fragmentId) {
      found.push(path);
      return;
    }
    node.children.forEach((child, i) => visit(child, [...path, i]));
  };
  roots.forEach((root, i) => visit(root, [i]));
  return found;
}

/** Calls `fn` with every element of the subtree under `node`, depth first, in order. */
export function forEachElement(node: TreeNode, fn: (proto: ElementProto) => void): void {
  if (node.kind === 'element') fn(node.proto);
  else for (const child of node.children) forEachElement(child, fn);
}
