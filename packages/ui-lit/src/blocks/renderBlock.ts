import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { BlockType, ClientBlock } from '@lit-ui/core/protocol';
import type { BlockEnv } from './blockEnv.js';
import { chatMessageBlock } from './chatMessageBlock.js';
import { expanderBlock, statusBlock } from './expanderBlock.js';
import { columnBlock, formBlock, horizontalBlock, verticalBlock, type BlockNodeOf } from './layoutBlocks.js';

type StatelessRenderer = (node: ClientBlock, key: string, env: BlockEnv, cls: string) => unknown;

/** Stateless block renderers, by block type; `tab` outside `tabs` renders as a plain stack. */
const stateless: Partial<Record<BlockType, StatelessRenderer>> = {
  vertical: (n, k, e, c) => verticalBlock(n as BlockNodeOf<'vertical'>, k, e, c),
  horizontal: (n, k, e, c) => horizontalBlock(n as BlockNodeOf<'horizontal'>, k, e, c),
  column: (n, k, e, c) => columnBlock(n as BlockNodeOf<'column'>, k, e, c),
  form: (n, k, e, c) => formBlock(n as BlockNodeOf<'form'>, k, e, c),
  expander: (n, k, e, c) => expanderBlock(n as BlockNodeOf<'expander'>, k, e, c),
  status: (n, k, e, c) => statusBlock(n as BlockNodeOf<'status'>, k, e, c),
  chatMessage: (n, k, e, c) => chatMessageBlock(n as BlockNodeOf<'chatMessage'>, k, e, c),
  tab: (n, k, e, c) => html`<div class="lu-block lu-stack${c}">${e.renderChildren(n, k, e)}</div>`,
};

/**
 * Renders a block node at path key `key`. Stateless blocks are plain
 * templates behind `guard` (skipped while node, env and stale class are
 * unchanged); stateful ones (`tabs`, `popover`, `dialog`) are custom
 * elements that update only when their properties change. `cls` is extra
 * classes for the block's root (`' lu-stale'`).
 */
export function renderBlock(node: ClientBlock, key: string, env: BlockEnv, cls: string): unknown {
  const proto = node.proto;
  if (proto === null) return env.renderChildren(node, key, env);
  switch (proto.type) {
    case 'tabs':
      return html`<lit-ui-tabs class=${`lu-block lu-tabs${cls}`} .node=${node} .path=${key} .env=${env}></lit-ui-tabs>`;
    case 'popover':
      return html`<lit-ui-popover class=${`lu-block${cls}`} .node=${node} .path=${key} .env=${env}></lit-ui-popover>`;
    case 'dialog':
      return html`<lit-ui-dialog class=${`lu-block lu-dialog-host${cls}`} .node=${node} .path=${key} .env=${env}></lit-ui-dialog>`;
    default: {
      const render = stateless[proto.type];
      if (render === undefined) {
        return html`<div class="lu-block lu-stack${cls}">
          <div class="lu-note" role="note">Unknown block type <code>${String((proto as { type: unknown }).type)}</code></div>
          ${env.renderChildren(node, key, env)}
        </div>`;
      }
      return guard([node, env, cls, key], () => render(node, key, env, cls));
    }
  }
}
