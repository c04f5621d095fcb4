import { noChange, type ChildPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { insertPart, removePart, setChildPartValue, setCommittedValue } from 'lit/directive-helpers.js';
import type { ClientBlock, ClientNode } from '@lit-ui/core/protocol';
import type { BlockEnv } from '../blocks/blockEnv.js';

/** Renders child `index` of `block` (path key `key`): `renderNode` of renderTree.ts. */
export type RenderChild = (block: ClientBlock, index: number, key: string, env: BlockEnv) => unknown;

/**
 * Children `start` to `end` (excluded) of a block, one child part each. An
 * update renders again only the children whose node is not the one shown
 * (by identity), and all of them when the env changes or, while stale
 * display is on, when the block changed (its confirm mark decides stale
 * classes). Used by `blockChildren`, once per chunk.
 */
class ChunkItemsDirective extends Directive {
  private readonly parts: ChildPart[] = [];
  private readonly shown: ClientNode[] = [];
  private block: ClientBlock | undefined;
  private key = '';
  private env: BlockEnv | undefined;
  private renderChild: RenderChild | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('chunkItems() can only be used in child position');
  }

  render(_block: ClientBlock, _start: number, _end: number, _key: string, _env: BlockEnv, _renderChild: RenderChild): unknown {
    return noChange;
  }

  override update(
    part: ChildPart,
    [block, start, end, key, env, renderChild]: [ClientBlock, number, number, string, BlockEnv, RenderChild],
  ): unknown {
    const all = env !== this.env || key !== this.key || renderChild !== this.renderChild || (env.stale !== null && block !== this.block);
    this.block = block;
    this.key = key;
    this.env = env;
    this.renderChild = renderChild;
    const count = end - start;
    const kept = Math.min(this.parts.length, count);
    for (let i = 0; i < kept; i++) {
      const node = block.children[start + i]!;
      if (!all && this.shown[i] === node) continue;
      setChildPartValue(this.parts[i]!, renderChild(block, start + i, key, env));
      this.shown[i] = node;
    }
    for (let i = kept; i < this.parts.length; i++) removePart(this.parts[i]!);
    this.parts.length = this.shown.length = kept;
    for (let i = kept; i < count; i++) {
      const child = insertPart(part);
      setChildPartValue(child, renderChild(block, start + i, key, env));
      this.parts.push(child);
      this.shown.push(block.children[start + i]!);
    }
    setCommittedValue(part, this.parts);
    return noChange;
  }
}

/**
 * Lit directive: renders children `start` to `end` (excluded) of `block`
 * with `renderChild`, again only where a child's node changed.
 *
 * @example
 * html`<div class="lu-chunk">${chunkItems(block, 0, 64, '0', env, renderNode)}</div>`
 */
export const chunkItems = directive(ChunkItemsDirective);
