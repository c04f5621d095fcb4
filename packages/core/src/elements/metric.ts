import { invalidArgument } from '../errors.js';
import { numberFormatProblem } from '../protocol/numberFormat.js';
import { display } from '../protocol/elementSpec.js';
import type { ElementProtoOf, LabelVisibility } from '../protocol/elements.js';
import { displayString } from './displayString.js';
import { makeProto } from './proto.js';
import type { LayoutOptions } from '../dg/layoutOptions.js';

/** `st.metric` in the element map; its AppTest value is the shown value. */
export const metricElements = {
  /** `st.metric`: a big number with a label and an optional delta, as Streamlit's `st.metric`. */
  metric: display<
    {
      /** The label above the value (markdown). */
      label: string;
      /** The value as shown (`'—'` for none). */
      value: string;
      /** The change shown under the value, as text; absent: no delta. */
      delta?: string;
      /** `'normal'` (▲ green, ▼ red), `'inverse'` (▲ red, ▼ green) or `'off'` (gray), as Streamlit's `delta_color`. */
      deltaColor: 'normal' | 'inverse' | 'off';
      /** Arrow derived from the delta's sign. */
      deltaArrow: 'up' | 'down' | 'none';
      /** Tooltip next to the label (markdown). */
      help?: string;
      /** How the label shows; absent: `'visible'`. */
      labelVisibility?: LabelVisibility;
      /** Draw a border around the metric. Absent: false. */
      border?: boolean;
      /** Number format of a numeric value and delta (printf or named), applied by the browser. Absent: as given. */
      format?: string;
    },
    string
  >((proto) => proto.value),
};

/**
 * Options of `st.metric`, as Streamlit's `st.metric`.
 *
 * @example
 * st.metric('Temperature', '70 °F', { delta: '1.2 °F' });           // ▲ 1.2 °F in green
 * st.metric('Errors', 12, { delta: -3, deltaColor: 'inverse' });  // ▼ -3 in green: fewer is better
 * st.metric('Version', '2.1', { delta: 'new', deltaColor: 'off' }); // ▲ new in gray
 */
export interface MetricOptions extends LayoutOptions {
  /**
   * The change shown under the value, with an arrow: a number (its sign picks
   * the arrow, ▲ for ≥ 0, ▼ for < 0) or a text (▼ when it starts with `-`,
   * else ▲), shown as given (`String(delta)`). `null`, `undefined` or `''`:
   * no delta.
   */
  readonly delta?: number | string | null;
  /**
   * Color of the delta: `'normal'` (▲ green, ▼ red), `'inverse'` (▲ red,
   * ▼ green: for values where less is better) or `'off'` (gray). Default `'normal'`.
   * @throws LitUiError `InvalidArgument` (from `st.metric`) for any other value.
   */
  readonly deltaColor?: 'normal' | 'inverse' | 'off';
  /** Tooltip next to the label (markdown). */
  readonly help?: string;
  /** `'visible'` (default), `'hidden'` (space kept) or `'collapsed'` (no space), as Streamlit's `label_visibility`. */
  readonly labelVisibility?: LabelVisibility;
  /** Draw a border around the metric. Default false. */
  readonly border?: boolean;
  /**
   * How a numeric value and delta are shown, as Streamlit's `st.metric`
   * `format`: a printf format read by sprintf-js (`'%.1f °F'`, `'%d%%'`) or a
   * named format (`'plain'`, `'localized'`, `'percent'`, `'dollar'`,
   * `'euro'`, `'yen'`, `'accounting'`, `'compact'`, `'scientific'`,
   * `'engineering'`), applied in the viewer's locale by the browser. Text
   * values and deltas are shown as given. Default: `String(value)`.
   * @throws LitUiError `InvalidArgument` (from `st.metric`) for a format that cannot format a number.
   */
  readonly format?: string;
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return displayString(value);
}

/** A delta whose leading number is zero (`0`, `'+0 vs last week'`, `'-0.00%'`): no change, so no arrow. */
const ZERO_DELTA = /^[+-]?(0+(\.0*)?|\.0+)(?![0-9.])/;

/**
 * Proto of `st.metric`: the value and delta are shown as text (`str(value)`,
 * as Streamlit). The arrow follows the delta's sign; a zero delta is
 * neutral (no arrow, gray), where Streamlit would show a green up arrow.
 */
export function metricProto(label: string, value: unknown, options: MetricOptions = {}): ElementProtoOf<'metric'> {
  const deltaColor = options.deltaColor ?? 'normal';
  if (!['normal', 'inverse', 'off'].includes(deltaColor)) {
    throw invalidArgument(`st.metric deltaColor must be 'normal', 'inverse' or 'off' (got '${deltaColor}').`);
  }
  const formatProblem = options.format === undefined ? undefined : numberFormatProblem(options.format);
  if (formatProblem !== undefined) throw invalidArgument(`st.metric "${label}": ${formatProblem}`);
  const delta = options.delta === null || options.delta === undefined || options.delta === '' ? undefined : String(options.delta);
  const trimmed = delta?.trim();
  const deltaArrow = trimmed === undefined || ZERO_DELTA.test(trimmed) ? 'none' : trimmed.startsWith('-') ? 'down' : 'up';
  return makeProto('metric', {
    label,
    value: shown(value),
    delta,
    deltaColor,
    deltaArrow,
    help: options.help,
    labelVisibility: options.labelVisibility,
    border: options.border || undefined,
    format: options.format,
  });
}
