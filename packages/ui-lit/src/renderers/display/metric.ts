import { html, nothing } from 'lit';
import { formatNumber, type ElementProtoOf } from '@lit-ui/core/protocol';
import { helpTooltip } from './help.js';
import { markdown } from './markdown.js';
import type { ElementRenderers } from '../types.js';

type MetricProto = ElementProtoOf<'metric'>;

/**
 * The color of a metric's delta: `normal` shows up green and down red,
 * `inverse` the opposite, `off` gray, as Streamlit's `delta_color`.
 */
export function deltaTone(arrow: MetricProto['deltaArrow'], color: MetricProto['deltaColor']): 'good' | 'bad' | 'neutral' {
  if (color === 'off' || arrow === 'none') return 'neutral';
  const up = arrow === 'up';
  return (color === 'inverse' ? !up : up) ? 'good' : 'bad';
}

const ARROWS = { up: '▲', down: '▼' } as const;

/**
 * A metric's value or delta as shown: through `format` (printf or a named
 * format, as Streamlit's `st.metric` `format`) when it is a number, else as sent.
 */
export function metricText(text: string, format: string | undefined): string {
  const n = text.trim() === '' ? Number.NaN : Number(text);
  if (format === undefined || !Number.isFinite(n)) return text;
  try {
    return formatNumber(n, format);
  } catch {
    return text;
  }
}

/**
 * `st.metric`: a label, the value in large type and an optional delta
 * (▲/▼ arrow, green or red by `deltaArrow` and `deltaColor`), with an
 * optional border and help tooltip.
 */
export function metricRenderer(proto: MetricProto): unknown {
  const visibility = proto.labelVisibility ?? 'visible';
  const tone = deltaTone(proto.deltaArrow, proto.deltaColor);
  const arrow = proto.deltaArrow === 'up' || proto.deltaArrow === 'down' ? ARROWS[proto.deltaArrow] : '';
  return html`<div class="lu-metric${proto.border ? ' lu-metric--border' : ''}" role="group" aria-label=${proto.label}>
    <div class="lu-metric-label lu-label--${visibility}">
      <span class="lu-metric-label-text">${markdown(proto.label, { inline: true })}</span>${helpTooltip(proto.help)}
    </div>
    <div class="lu-metric-value">${metricText(proto.value, proto.format)}</div>
    ${
      proto.delta !== undefined && proto.delta !== ''
        ? html`<div class="lu-metric-delta lu-metric-delta--${tone}">
          ${arrow ? html`<span class="lu-metric-arrow" aria-hidden="true">${arrow}</span>` : nothing}<span class="lu-metric-delta-text"
            >${metricText(proto.delta, proto.format)}</span
          >
        </div>`
        : nothing
    }
  </div>`;
}

/** Metrics: this module's renderers in the registry, by element type. */
export const metricRenderers = {
  metric: metricRenderer,
} satisfies ElementRenderers;
