import { html } from 'lit';
import { inlineStyle } from '../directives/inlineStyle.js';
import type { BlockProtoOf, BlockType, ClientBlock } from '@lit-ui/core/protocol';
import type { BlockEnv } from './blockEnv.js';

/** A block node whose proto is a block of type `T`. */
export type BlockNodeOf<T extends BlockType> = ClientBlock & { readonly proto: BlockProtoOf<T> };

/**
 * `st.container()` (and a fragment's container): a vertical stack of its
 * children, or a row that wraps (`horizontal`), optionally in a bordered box,
 * with Streamlit's `gap` (`lu-gap-*`) and alignments (`lu-ha-*`, `lu-va-*`), and
 * Streamlit's `st-key-<key>` class for a keyed one.
 * A `layout` height in px (its sized box, elementLayout.ts) scrolls it.
 */
export function verticalBlock(node: BlockNodeOf<'vertical'>, key: string, env: BlockEnv, cls: string): unknown {
  const { border, horizontal, gap, horizontalAlignment: across, verticalAlignment: down, key: userKey } = node.proto;
  // As Streamlit, a keyed container has the class `st-key-<key>` (other characters than letters, digits, `-` and `_` as `-`).
  const arranged = `${gap === undefined ? '' : ` lu-gap-${gap ?? 'none'}`}${across ? ` lu-ha-${across}` : ''}${down ? ` lu-va-${down}` : ''}${userKey ? ` st-key-${userKey.replace(/[^\w-]/g, '-')}` : ''}`;
  return html`<div class="lu-block lu-stack lu-vertical${horizontal === true ? ' lu-row' : ''}${border === true ? ' lu-bordered' : ''}${arranged}${cls}">
    ${env.renderChildren(node, key, env)}
  </div>`;
}

/**
 * The row of `st.columns`: a flex row whose `gap` is small/medium/large and
 * whose `verticalAlignment` aligns the columns; it stacks under 640px.
 */
export function horizontalBlock(node: BlockNodeOf<'horizontal'>, key: string, env: BlockEnv, cls: string): unknown {
  const { gap, verticalAlignment, border } = node.proto;
  return html`<div
    class="lu-block lu-horizontal lu-gap-${gap ?? 'none'} lu-align-${verticalAlignment}${border === true ? ' lu-bordered' : ''}${cls}"
  >
    ${env.renderChildren(node, key, env)}
  </div>`;
}

/** One column of `st.columns`: its `weight` is its flex-grow share of the row. */
export function columnBlock(node: BlockNodeOf<'column'>, key: string, env: BlockEnv, cls: string): unknown {
  const { weight, border } = node.proto;
  const grow = Number.isFinite(weight) && weight > 0 ? weight : 1;
  return html`<div
    class="lu-block lu-stack lu-column${border === true ? ' lu-bordered' : ''}${cls}"
    style=${inlineStyle({ flex: `${grow} 1 0%` })}
  >
    ${env.renderChildren(node, key, env)}
  </div>`;
}

/**
 * `st.form(key)`: a (bordered) stack. It is not a native `<form>`, so Enter
 * and buttons never submit natively: the renderers' inputs call
 * `widgets.submitForm(formId)`, which honours `enterToSubmit`.
 */
export function formBlock(node: BlockNodeOf<'form'>, key: string, env: BlockEnv, cls: string): unknown {
  const { border, formId } = node.proto;
  return html`<div
    class="lu-block lu-stack lu-form${border ? ' lu-bordered' : ''}${cls}"
    role="form"
    aria-label=${formId}
    data-form-id=${formId}
  >
    ${env.renderChildren(node, key, env)}
  </div>`;
}
