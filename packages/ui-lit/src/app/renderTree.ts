import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ClientBlock, ElementProto } from '@lit-ui/core/protocol';
import { fitClass, layoutClass, layoutSize, sizedBlock } from '../blocks/elementLayout.js';
import { renderBlock } from '../blocks/renderBlock.js';
import { inlineStyle } from '../directives/inlineStyle.js';
import { staleClass, type BlockEnv } from '../blocks/blockEnv.js';
import { rendererFor } from '../renderers/registry.js';
import type { RenderContext } from '../renderers/types.js';
import { blockChildren } from './blockChildren.js';
import { isPlacedBlock } from './fragmentPlacement.js';

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

/**
 * Renders the child `index` of `parent` (whose path key is `parentKey`): an
 * element in a wrapper (faded when stale), or a block through its block
 * renderer. Unchanged protos are not re-rendered (`guard`). A container a
 * `<lit-ui-fragment>` shows (`env.placed`) renders nothing here, unless
 * `placedHere` (the fragment renders it).
 */
export function renderNode(parent: ClientBlock, index: number, parentKey: string, env: BlockEnv, placedHere = false): unknown {
  const node = parent.children[index]!;
  const key = `${parentKey}.${index}`;
  const stale = staleClass(env, key, parent, index);
  if (node.kind === 'block') {
    if (node.proto === null || (!placedHere && isPlacedBlock(node.proto, env.placed))) return nothing;
    return sizedBlock(node.proto.layout, renderBlock(node, key, env, stale));
  }
  const proto = node.proto;
  const content = guard([proto, env.ctx], () => renderElement(proto, env.ctx));
  const layout = proto.layout;
  // Sized elements (Streamlit's `width`/`height`) take a template of their own, so the others cost no style binding.
  if (layout !== undefined) {
    return html`<div class="lu-element${layoutClass(layout)}${fitClass(proto.type, layout)}${stale}" data-type=${proto.type} style=${inlineStyle(layoutSize(layout))}>
      ${content}
    </div>`;
  }
  return html`<div class="lu-element${fitClass(proto.type, layout)}${stale}" data-type=${proto.type}>${content}</div>`;
}

/**
 * Renders the children of `block` (path key `key`) in chunks: only the
 * children whose node changed since the last render, off-screen chunks of
 * plain elements skipped by layout and paint, a long block progressively
 * (see `blockChildren`).
 */
export function renderChildren(block: ClientBlock, key: string, env: BlockEnv): unknown {
  return blockChildren(block, key, env, renderNode);
}
