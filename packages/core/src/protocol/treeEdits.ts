import { Immer, type Draft } from 'immer';
import type { ClientBlock, ClientNode, ClientTree } from './clientTree.js';
import { pathKey, type DeltaPath } from './deltaPath.js';
import type { BlockLength, DeltaMsg, TextAppendMsg } from './forwardMsg.js';

/**
 * The edits `applyForwardMsg` makes to a draft of the client tree. Each
 * either changes the draft and returns undefined, or changes nothing and
 * returns why the edit does not fit the tree (the reducer records it as an
 * `InvalidForwardMsg` error).
 */

type BlockDraft = Draft<ClientBlock>;

/** Copy-on-write with structural sharing; results are not frozen (they are typed readonly, and freezing costs a walk per update). */
const immer = new Immer({ autoFreeze: false });

/** Runs `recipe` on a draft of `tree`: the new tree, sharing what the recipe left alone (`tree` itself when it changed nothing). */
export function editTree<T extends ClientTree>(tree: T, recipe: (d: Draft<ClientTree>) => void): T {
  return immer.produce(tree as ClientTree, recipe) as T;
}

/** The draft of the node at `path` (a path found in the base tree). */
export function draftNodeAt(roots: BlockDraft[], path: DeltaPath): Draft<ClientNode> | undefined {
  const blocks = blocksAlong(roots, path.slice(0, -1));
  return path.length < 2 ? roots[path[0] ?? -1] : blocks?.[blocks.length - 1]?.children[path[path.length - 1]!];
}

/** The blocks from the root to the block at `path`, or undefined when `path` does not lead to a block. */
function blocksAlong(roots: BlockDraft[], path: DeltaPath): BlockDraft[] | undefined {
  const root = roots[path[0] ?? -1];
  if (root === undefined) return undefined;
  const blocks = [root];
  let block = root;
  for (let i = 1; i < path.length; i++) {
    const child = block.children[path[i]!];
    if (child === undefined || child.kind !== 'block') return undefined;
    blocks.push(child);
    block = child;
  }
  return blocks;
}

/** Marks a block as written or confirmed in generation `gen`; a confirm mark of an older generation no longer counts. */
function stamp(block: BlockDraft, gen: number): void {
  if (block.gen === gen) return;
  block.gen = gen;
  block.confirmed = 0;
}

/**
 * Puts the delta's node at its path: replaces the child there, or appends
 * when the path points one past the end of its block. A block put over a
 * block keeps the old block's children. Every block on the way is stamped
 * with `gen`.
 */
export function putNode(d: Draft<ClientTree>, msg: DeltaMsg): string | undefined {
  const path = msg.path;
  const index = path[path.length - 1]!;
  if (path.length < 2 || !Number.isInteger(index) || index < 0) return `delta at "${pathKey(path)}": not the path of a node inside a root container`;
  const parentPath = path.slice(0, -1);
  const blocks = blocksAlong(d.roots, parentPath);
  const parent = blocks?.[blocks.length - 1];
  if (blocks === undefined || parent === undefined) return `delta at "${pathKey(path)}": no block at "${pathKey(parentPath)}"`;
  if (index > parent.children.length) {
    return `delta at "${pathKey(path)}": past the end of block "${pathKey(parentPath)}", which has ${parent.children.length} children`;
  }
  const gen = d.gen;
  const old = parent.children[index];
  if ('element' in msg) parent.children[index] = { kind: 'element', proto: msg.element, gen };
  else if (old?.kind === 'block') {
    old.proto = msg.block;
    stamp(old, gen);
  } else parent.children[index] = { kind: 'block', proto: msg.block, children: [], gen, confirmed: 0 };
  for (const block of blocks) stamp(block, gen);
  return undefined;
}

/** A `textAppend`: the element at `path` gets `text` appended to its string `body`. */
export function appendText(d: Draft<ClientTree>, msg: TextAppendMsg): string | undefined {
  const node = msg.path.length < 2 ? undefined : draftNodeAt(d.roots, msg.path);
  if (node?.kind !== 'element') return `textAppend at "${pathKey(msg.path)}": no element there`;
  const body = node.proto['body'];
  if (typeof body !== 'string' || typeof msg.text !== 'string') return `textAppend at "${pathKey(msg.path)}": the element there has no text body`;
  node.proto = { ...node.proto, body: body + msg.text };
  node.gen = d.gen;
  return undefined;
}

/** A `confirm` entry: the block at `path` and its first `length` children belong to the current run. */
export function confirmBlock(d: Draft<ClientTree>, mark: BlockLength): string | undefined {
  const block = blocksAlong(d.roots, mark.path)?.pop();
  if (block === undefined) return `confirm of "${pathKey(mark.path)}": no block there`;
  if (!Number.isInteger(mark.length) || mark.length < 0 || mark.length > block.children.length) {
    return `confirm of "${pathKey(mark.path)}": length ${mark.length} does not fit its ${block.children.length} children`;
  }
  stamp(block, d.gen);
  if (block.confirmed < mark.length) block.confirmed = mark.length;
  return undefined;
}

/** A trim: drops the children of the block at `path` from `length` on. */
export function trimBlock(d: Draft<ClientTree>, trim: BlockLength): string | undefined {
  const block = blocksAlong(d.roots, trim.path)?.pop();
  if (block === undefined) return `trim of "${pathKey(trim.path)}": no block there`;
  if (!Number.isInteger(trim.length) || trim.length < 0 || trim.length > block.children.length) {
    return `trim of "${pathKey(trim.path)}" to ${trim.length}: it has ${block.children.length} children`;
  }
  if (trim.length < block.children.length) block.children.splice(trim.length);
  if (block.confirmed > trim.length) block.confirmed = trim.length;
  return undefined;
}

/** The path of the first node (depth first, in page order) that `wanted` accepts. */
export function findPath(roots: readonly ClientBlock[], wanted: (node: ClientNode) => boolean): number[] | undefined {
  const visit = (node: ClientNode, path: number[]): number[] | undefined => {
    if (wanted(node)) return path;
    if (node.kind !== 'block') return undefined;
    for (let i = 0; i < node.children.length; i++) {
      const found = visit(node.children[i]!, [...path, i]);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  for (let i = 0; i < roots.length; i++) {
    const found = visit(roots[i]!, [i]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Paths (as keys) of the `vertical` or `dialog` blocks of fragment `fragmentId`: the containers a fragment run rebuilds. */
export function fragmentScopes(roots: readonly ClientBlock[], fragmentId: string): string[] {
  const found: string[] = [];
  const visit = (node: ClientNode, key: string): void => {
    if (node.kind !== 'block') return;
    const proto = node.proto;
    if (proto !== null && (proto.type === 'vertical' || proto.type === 'dialog') && proto.fragmentId === fragmentId) {
      found.push(key);
      return;
    }
    node.children.forEach((child, i) => visit(child, `${key}.${i}`));
  };
  roots.forEach((root, i) => visit(root, String(i)));
  return found;
}
