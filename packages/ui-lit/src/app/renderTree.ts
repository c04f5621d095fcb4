import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ClientBlock, ClientNode, ElementProto } from '@lit-ui/core/protocol';
import { renderBlock } from '../blocks/renderBlock.js';
import { staleClass, type BlockEnv } from '../blocks/blockEnv.js';
import { rendererFor } from '../renderers/registry.js';
import type { RenderContext } from '../renderers/types.js';

/**
 * Renders one element proto with its registered renderer. An unknown type or
 * a renderer that throws renders a small visible note instead: a bad element
 * never takes the app down.
 */
export function renderElement(proto: ElementProto, ctx: RenderContext): unknown {
  const renderer = rendererFor(proto.type);
  if (renderer === undefined) {
    return html`<div class="lu-note" role="note">Unknown element type <code>${proto.type}</code></div>`;
  }
  try {
    return renderer(proto, ctx);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return html`<div class="lu-note lu-note--error" role="alert">
      Could not render <code>${proto.type}</code>: ${message}
    </div>`;
  }
}

/** Key of a child in its block: its index plus its kind, so a block replacing an element gets fresh DOM. */
function childKey(node: ClientNode, index: number): string {
  return node.kind === 'element' ? `${index}:e` : `${index}:b:${node.proto?.type ?? 'root'}`;
}

/**
 * Renders the child `index` of `parent` (whose path key is `parentKey`): an
 * element in a wrapper (faded when stale), or a block through its block
 * renderer. Unchanged protos are not re-rendered (`guard`).
 */
export function renderNode(parent: ClientBlock, index: number, parentKey: string, env: BlockEnv): unknown {
  const node = parent.children[index]!;
  const key = `${parentKey}.${index}`;
  const stale = staleClass(env, key, parent, index);
  if (node.kind === 'block') return node.proto === null ? nothing : renderBlock(node, key, env, stale);
  const proto = node.proto;
  return html`<div class="lu-element${stale}" data-type=${proto.type}>${guard([proto, env.ctx], () => renderElement(proto, env.ctx))}</div>`;
}

/**
 * Renders the children of `block` with a keyed `repeat`, so only changed
 * children update. `key` is the block's path key (`'0'` for main).
 */
export function renderChildren(block: ClientBlock, key: string, env: BlockEnv): unknown {
  return repeat(
    block.children,
    (child, i) => childKey(child, i),
    (_, i) => renderNode(block, i, key, env),
  );
}
