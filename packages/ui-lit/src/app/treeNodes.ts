import type { ClientNode, ElementProto } from '@lit-ui/core/protocol';

/** Calls `fn` with every element of the subtree under `node`, depth first, in order. */
export function forEachElement(node: ClientNode, fn: (proto: ElementProto) => void): void {
  if (node.kind === 'element') fn(node.proto);
  else for (const child of node.children) forEachElement(child, fn);
}
