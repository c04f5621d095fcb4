import { html } from 'lit';
import { iconSpan } from '../renderers/display/icon.js';
import { renderLabelText } from '../renderers/widgets/labelText.js';
import type { BlockEnv } from './blockEnv.js';
import type { BlockNodeOf } from './layoutBlocks.js';

/**
 * A label as plain text: markdown emphasis markers (`**`, `__`, backticks)
 * and Material icon shortcodes (`:material/home:`) are dropped.
 */
export function plainLabel(label: string): string {
  return label
    .replace(/:material\/[a-z0-9_]+:/gi, '')
    .replace(/(\*\*|__|`)/g, '')
    .trim();
}

const chevron = html`<svg class="lu-chevron" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
  <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/**
 * `st.expander(label)`: a `<details>` box whose summary shows the label and
 * a chevron. The user's open/closed choice survives reruns (only a change of
 * `expanded` from the server overrides it).
 */
export function expanderBlock(node: BlockNodeOf<'expander'>, key: string, env: BlockEnv, cls: string): unknown {
  const { label, expanded, icon } = node.proto;
  return html`<details class="lu-block lu-expander${cls}" ?open=${expanded}>
    <summary class="lu-expander-summary">
      ${iconSpan(icon, 'lu-expander-icon')}
      <span class="lu-expander-label">${renderLabelText(label)}</span>
      ${chevron}
    </summary>
    <div class="lu-stack lu-expander-body">${env.renderChildren(node, key, env)}</div>
  </details>`;
}

const stateIcons = {
  running: html`<span class="lu-spinner" role="img" aria-label="Running"></span>`,
  complete: html`<span class="lu-status-icon lu-status-icon--complete" role="img" aria-label="Complete">
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"
      ><path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"
    /></svg>
  </span>`,
  error: html`<span class="lu-status-icon lu-status-icon--error" role="img" aria-label="Error">
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"
      ><path d="M7 7l10 10M17 7L7 17" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"
    /></svg>
  </span>`,
} as const;

/**
 * `st.status(label)`: an expander whose header shows a spinner while
 * `state` is `running`, a check mark when `complete`, a cross on `error`.
 */
export function statusBlock(node: BlockNodeOf<'status'>, key: string, env: BlockEnv, cls: string): unknown {
  const { label, state, expanded } = node.proto;
  const icon = stateIcons[state] ?? stateIcons.running;
  return html`<details class="lu-block lu-expander lu-status lu-status--${state}${cls}" ?open=${expanded}>
    <summary class="lu-expander-summary" aria-busy=${state === 'running' ? 'true' : 'false'}>
      ${icon}
      <span class="lu-expander-label">${renderLabelText(label)}</span>
      ${chevron}
    </summary>
    <div class="lu-stack lu-expander-body">${env.renderChildren(node, key, env)}</div>
  </details>`;
}
