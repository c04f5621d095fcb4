import type { ClientBlock } from '@lit-ui/core/protocol';
import { LitElement } from 'lit';
import type { BlockEnv } from './blockEnv.js';

/**
 * Base of the block renderers that keep UI state of their own (active tab,
 * open popover, modal dialog). Renders into its light DOM, so the app's
 * stylesheet applies; re-renders only when `node`, `path` or `env` change.
 */
export class BlockElement<N extends ClientBlock = ClientBlock> extends LitElement {
  /** Reactive properties: set by the tree renderer, never reflected. */
  static override properties = {
    node: { attribute: false },
    path: { attribute: false },
    env: { attribute: false },
  };

  /** The block's node (proto and children). */
  declare node: N;
  /** The block's path key, e.g. `'0.3'`. */
  declare path: string;
  /** Render environment of the tree. */
  declare env: BlockEnv;

  /** Light DOM: the app's single shadow root styles everything. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** A DOM-id-safe prefix unique to this block within the app. */
  protected get idPrefix(): string {
    return `lu-${(this.path ?? 'x').replace(/\./g, '-')}`;
  }
}
