import { invalidArgument } from '../errors.js';
import { display } from '../protocol/elementSpec.js';
import type { ElementProtoOf, LabelVisibility } from '../protocol/elements.js';
import { displayString } from './displayString.js';
import { makeProto } from './proto.js';

/** `st.metric` in the element map; its AppTest value is the shown value. */
export const metricElements = {
  metric: display<
    {
      label: string;
      value: string;
      delta?: string;
      deltaColor: 'normal' | 'inverse' | 'off';
      /** Arrow derived from the delta's sign. */
      deltaArrow: 'up' | 'down' | 'none';
      help?: string;
      labelVisibility?: LabelVisibility;
      border?: boolean;
    },
    string
  >((proto) => proto.value),
};

/** Options of `st.metric`, as Streamlit's `st.metric`. */
export interface MetricOptions {
  /** Change to show under the value: a number (sign gives the arrow) or text (a leading `-` means down). */
  readonly delta?: number | string | null;
  /** `'normal'`: up is green; `'inverse'`: up is red; `'off'`: gray. Default `'normal'`. */
  readonly deltaColor?: 'normal' | 'inverse' | 'off';
  readonly help?: string;
  readonly labelVisibility?: LabelVisibility;
  /** Draw a border around the metric. */
  readonly border?: boolean;
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return displayString(value);
}

/** Proto of `st.metric`: the value and delta are shown as text (`str(value)`, as Streamlit). */
export function metricProto(label: string, value: unknown, options: MetricOptions = {}): ElementProtoOf<'metric'> {
  const deltaColor = options.deltaColor ?? 'normal';
  if (!['normal', 'inverse', 'off'].includes(deltaColor)) {
    throw invalidArgument(`st.metric deltaColor must be 'normal', 'inverse' or 'off' (got '${deltaColor}').`);
  }
  const delta = options.delta === null || options.delta === undefined || options.delta === '' ? undefined : String(options.delta);
  const deltaArrow = delta === undefined ? 'none' : delta.trim().startsWith('-') ? 'down' : 'up';
  return makeProto('metric', {
    label,
    value: shown(value),
    delta,
    deltaColor,
    deltaArrow,
    help: options.help,
    labelVisibility: options.labelVisibility,
    border: options.border || undefined,
  });
}
