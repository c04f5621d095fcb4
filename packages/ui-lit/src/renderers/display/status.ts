import { html, nothing } from 'lit';
import { elapsedTime } from '../../directives/elapsedTime.js';
import { inlineStyle } from '../../directives/inlineStyle.js';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { markdown } from './markdown.js';
import type { ElementRenderers } from '../types.js';

/** Clamps a progress value to an integer percentage 0–100. */
export function percent(value: number): number {
  return Number.isFinite(value) ? Math.round(Math.min(100, Math.max(0, value))) : 0;
}

/**
 * `st.progress`: a bar filled in the primary color to `value` percent,
 * with optional markdown text above it.
 */
export function progressRenderer(proto: ElementProtoOf<'progress'>): unknown {
  const value = percent(proto.value);
  return html`<div class="lu-progress">
    ${proto.text ? html`<div class="lu-progress-text lu-markdown">${markdown(proto.text, { inline: true })}</div>` : nothing}
    <div
      class="lu-progress-track"
      role="progressbar"
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${value}
      aria-label=${proto.text || 'Progress'}
    >
      <div class="lu-progress-bar" style=${inlineStyle({ width: `${value}%` })}></div>
    </div>
  </div>`;
}

/** `st.spinner`: an animated spinner with its text (and, with `showTime`, the time elapsed), shown while the app works. */
export function spinnerRenderer(proto: ElementProtoOf<'spinner'>): unknown {
  return html`<div class="lu-spinner-row" role="status" aria-live="polite">
    <span class="lu-spinner" aria-hidden="true"></span>
    <span class="lu-spinner-text">${markdown(proto.text || 'Running…', { inline: true })}</span>
    ${proto.showTime ? html`<span class="lu-spinner-time">${elapsedTime(proto.elapsedMs ?? 0)}</span>` : nothing}
  </div>`;
}

/** Progress bars and spinners: this module's renderers in the registry, by element type. */
export const statusRenderers = {
  progress: progressRenderer,
  spinner: spinnerRenderer,
} satisfies ElementRenderers;
