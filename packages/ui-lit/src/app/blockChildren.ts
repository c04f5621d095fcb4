import { html, noChange, type ChildPart } from 'lit';
import { AsyncDirective, directive, PartType, type PartInfo } from 'lit/async-directive.js';
import { insertPart, removePart, setChildPartValue, setCommittedValue } from 'lit/directive-helpers.js';
import type { ClientBlock, ClientNode } from '@lit-ui/core/protocol';
import type { BlockEnv } from '../blocks/blockEnv.js';
import { inlineStyle } from '../directives/inlineStyle.js';
import { chunkItems, type RenderChild } from './chunkItems.js';

export type { RenderChild } from './chunkItems.js';

/** Children per chunk: the unit of off-screen skipping and of progressive rendering. About a screenful. */
export const CHUNK = 64;

/**
 * Element types whose rendering stays inside their box (no popup, tooltip
 * or overflowing child). A chunk made only of them may be skipped by layout
 * and paint while off-screen: paint containment would clip anything that
 * leaves the box. Not with `help` (its tooltip leaves the box).
 */
const STAYS_IN_BOX: ReadonlySet<string> = new Set([
  'markdown',
  'caption',
  'text',
  'metric',
  'divider',
  'success',
  'info',
  'warning',
  'error',
  'latex',
  'exception',
  'progress',
]);

/** True when `node` is an element whose rendering stays inside its box (see {@link STAYS_IN_BOX}). */
export function staysInBox(node: ClientNode): boolean {
  return node.kind === 'element' && STAYS_IN_BOX.has(node.proto.type) && node.proto['help'] === undefined;
}

/** A rough height of an element (rem), for the size an off-screen chunk takes before it was ever laid out. */
function estimateRem(node: ClientNode): number {
  return node.kind === 'element' && node.proto.type === 'metric' ? 6 : 2.5;
}

/**
 * The children of a block, in chunks of {@link CHUNK}. The first chunk's
 * children are direct children of the block (a short block has no chunk
 * box at all); each later chunk is a `lu-chunk` box. A chunk box made only
 * of elements that stay in their box also has `lu-chunk--skippable`
 * (`content-visibility: auto`): off-screen, the browser skips its style,
 * layout and paint, and each frame works out which of tens of chunks are
 * on screen instead of which of thousands of elements. Other chunk boxes
 * are `display: contents`: their children lay out as the block's.
 *
 * An update compares the new children with the rendered ones by identity
 * (the reducer keeps every untouched node's identity) and renders again
 * only the chunks where a child changed; a chunk renders again only its
 * changed children. A block that grows by more than a chunk renders its
 * first chunk at once and the rest through the env's render queue, a slice
 * at a time, so a long page's first screen shows before the rest is
 * rendered. Everything renders again when the env changes, or while stale
 * display is on and the block was confirmed (stale classes depend on its
 * confirm mark).
 */
class BlockChildrenDirective extends AsyncDirective {
  private container: ChildPart | undefined;
  private readonly chunks: ChildPart[] = [];
  /** The node each rendered child shows; its length is the number of children rendered. */
  private readonly shown: ClientNode[] = [];
  private block: ClientBlock | undefined;
  private key = '';
  private env: BlockEnv | undefined;
  private renderChild: RenderChild | undefined;
  private queued = false;
  private readonly more = (deadline: number): boolean => this.grow(deadline);

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('blockChildren() can only be used in child position');
  }

  render(_block: ClientBlock, _key: string, _env: BlockEnv, _renderChild: RenderChild): unknown {
    return noChange;
  }

  override update(part: ChildPart, [block, key, env, renderChild]: [ClientBlock, string, BlockEnv, RenderChild]): unknown {
    const all = env !== this.env || key !== this.key || renderChild !== this.renderChild || (env.stale !== null && block !== this.block);
    this.container = part;
    this.block = block;
    this.key = key;
    this.env = env;
    this.renderChild = renderChild;
    const children = block.children;
    const dirty = new Set<number>();
    if (children.length < this.shown.length) {
      this.shown.length = children.length;
      const count = Math.ceil(children.length / CHUNK);
      for (let c = count; c < this.chunks.length; c++) removePart(this.chunks[c]!);
      this.chunks.length = count;
      if (count > 0) dirty.add(count - 1);
    }
    for (let i = 0; i < this.shown.length; i++) {
      if (!all && this.shown[i] === children[i]) continue;
      const c = Math.floor(i / CHUNK);
      dirty.add(c);
      i = (c + 1) * CHUNK - 1;
    }
    for (const c of dirty) this.renderChunk(c, Math.min(this.shown.length, (c + 1) * CHUNK));
    // A few new children (a run streaming in) render now; many (a first load) render a chunk now and the rest later.
    const target = children.length - this.shown.length <= CHUNK ? children.length : Math.max(this.shown.length, Math.min(children.length, CHUNK));
    this.growTo(target);
    this.queueRest();
    setCommittedValue(part, this.chunks);
    return noChange;
  }

  override disconnected(): void {
    // A queued slice finds the directive disconnected and stops; `reconnected` queues the rest again.
    this.queued = false;
  }

  override reconnected(): void {
    this.queueRest();
  }

  /** Renders chunk `c` with its children up to (not including) `end`. */
  private renderChunk(c: number, end: number): void {
    const { block, key, env, renderChild } = this;
    if (block === undefined || env === undefined || renderChild === undefined || this.container === undefined) return;
    const start = c * CHUNK;
    let skippable = true;
    let rem = 0;
    for (let i = start; i < end; i++) {
      const node = block.children[i]!;
      this.shown[i] = node;
      if (!staysInBox(node)) skippable = false;
      rem += estimateRem(node);
    }
    const part = (this.chunks[c] ??= insertPart(this.container));
    const items = chunkItems(block, start, end, key, env, renderChild);
    setChildPartValue(
      part,
      c === 0
        ? items
        : html`<div class="lu-chunk${skippable ? ' lu-chunk--skippable' : ''}" style=${inlineStyle({ '--lu-chunk-height': `${rem}rem` })}>
            ${items}
          </div>`,
    );
  }

  /** Renders children until `target` of them are rendered, a chunk at a time. */
  private growTo(target: number): void {
    while (this.shown.length < target) {
      const c = Math.floor(this.shown.length / CHUNK);
      this.renderChunk(c, Math.min(target, (c + 1) * CHUNK));
    }
  }

  /** A slice of the render queue: renders chunks until `deadline` (at least one); true while some are left. */
  private grow(deadline: number): boolean {
    const children = this.block?.children;
    if (children === undefined || !this.isConnected) return (this.queued = false);
    do this.growTo(Math.min(children.length, (Math.floor(this.shown.length / CHUNK) + 1) * CHUNK));
    while (this.shown.length < children.length && performance.now() < deadline);
    const left = this.shown.length < children.length;
    this.queued = left;
    return left;
  }

  private queueRest(): void {
    if (this.queued || this.env === undefined || this.block === undefined || this.shown.length >= this.block.children.length) return;
    this.queued = true;
    this.env.queue.schedule(this.more);
  }
}

/**
 * Lit directive: renders the children of `block` (path key `key`) with
 * `renderChild`, in chunks: only the children whose node changed are
 * rendered again, off-screen chunks of plain elements cost little, and a
 * long block renders progressively (see the class above).
 *
 * @example
 * html`<div class="lu-stack">${blockChildren(block, '0', env, renderNode)}</div>`
 */
export const blockChildren = directive(BlockChildrenDirective);
