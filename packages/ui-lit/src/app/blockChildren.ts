import { noChange, type ChildPart } from 'lit';
import { AsyncDirective, directive, PartType, type PartInfo } from 'lit/async-directive.js';
import { insertPart, removePart, setChildPartValue, setCommittedValue } from 'lit/directive-helpers.js';
import type { ClientBlock, ClientNode } from '@lit-ui/core/protocol';
import type { BlockEnv } from '../blocks/blockEnv.js';

/** Children rendered at once when a block grows; the rest follow in slices (see {@link RenderQueue}). About a screenful. */
export const FIRST_SCREEN = 50;

/** Renders child `index` of `block` (path key `key`): `renderNode` of renderTree.ts. */
export type RenderChild = (block: ClientBlock, index: number, key: string, env: BlockEnv) => unknown;

/**
 * The children of a block, one child part each. An update compares the new
 * children with the ones rendered, by identity, and renders only those that
 * changed: a delta re-renders its element and nothing beside it (the
 * reducer gives every untouched node its old identity). A block that grows
 * renders its first {@link FIRST_SCREEN} new children at once and the rest
 * through the env's render queue, a slice at a time, so the first screen
 * shows before a long page is done. Everything is re-rendered when the env
 * changes, or while stale display is on and the block was confirmed (stale
 * classes depend on the block's confirm mark).
 */
class BlockChildrenDirective extends AsyncDirective {
  private container: ChildPart | undefined;
  private readonly parts: ChildPart[] = [];
  /** The node each part shows. */
  private readonly shown: ClientNode[] = [];
  private block: ClientBlock | undefined;
  private key = '';
  private env: BlockEnv | undefined;
  private render_: RenderChild | undefined;
  private queued = false;
  private readonly more = (deadline: number): boolean => this.append(deadline, 1);

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('blockChildren() can only be used in child position');
  }

  render(_block: ClientBlock, _key: string, _env: BlockEnv, _renderChild: RenderChild): unknown {
    return noChange;
  }

  override update(part: ChildPart, [block, key, env, renderChild]: [ClientBlock, string, BlockEnv, RenderChild]): unknown {
    const all = env !== this.env || key !== this.key || renderChild !== this.render_ || (env.stale !== null && block !== this.block);
    this.container = part;
    this.block = block;
    this.key = key;
    this.env = env;
    this.render_ = renderChild;
    const children = block.children;
    const kept = Math.min(this.parts.length, children.length);
    for (let i = 0; i < kept; i++) {
      if (!all && this.shown[i] === children[i]) continue;
      setChildPartValue(this.parts[i]!, renderChild(block, i, key, env));
      this.shown[i] = children[i]!;
    }
    for (let i = kept; i < this.parts.length; i++) removePart(this.parts[i]!);
    this.parts.length = this.shown.length = kept;
    this.append(0, FIRST_SCREEN);
    setCommittedValue(part, this.parts);
    return noChange;
  }

  override disconnected(): void {
    // A queued slice finds the directive gone and stops; `reconnected` picks up again.
    this.queued = false;
  }

  override reconnected(): void {
    this.append(0, 0);
  }

  /**
   * Renders more of the children not rendered yet: at least `atLeast`, then
   * while time is left before `deadline`. Queues the rest; returns true when
   * some are left (for the render queue).
   */
  private append(deadline: number, atLeast: number): boolean {
    const { block, container, env, render_: renderChild } = this;
    if (block === undefined || container === undefined || env === undefined || renderChild === undefined || !this.isConnected) return false;
    const children = block.children;
    let done = 0;
    while (this.parts.length < children.length && (done < atLeast || performance.now() < deadline)) {
      const i = this.parts.length;
      const part = insertPart(container);
      setChildPartValue(part, renderChild(block, i, this.key, env));
      this.parts.push(part);
      this.shown.push(children[i]!);
      done++;
    }
    const left = this.parts.length < children.length;
    if (left && !this.queued) {
      this.queued = true;
      env.queue.schedule(this.more);
    } else if (!left) this.queued = false;
    return left;
  }
}

/**
 * Lit directive: renders the children of `block` (path key `key`) with
 * `renderChild`, updating only the children whose node changed, and a long
 * block progressively (see the class above).
 *
 * @example
 * html`<div class="lu-stack">${blockChildren(block, '0', env, renderNode)}</div>`
 */
export const blockChildren = directive(BlockChildrenDirective);
