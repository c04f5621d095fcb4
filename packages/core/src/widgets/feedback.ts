import { invalidArgument } from '../errors.js';
import type { JsonValue } from '../protocol/elements.js';
import { widget } from '../protocol/elementSpec.js';
import { invalidValue, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';

/** The icon sets of `st.feedback`, as Streamlit's `options`. */
export type FeedbackKind = 'thumbs' | 'faces' | 'stars';

/** Number of choices of each feedback kind. */
const COUNTS: Readonly<Record<FeedbackKind, number>> = { thumbs: 2, faces: 5, stars: 5 };

/** `st.feedback` in the element map: the wire value is the sentiment (0 = least satisfied), or null. */
export const feedbackElements = {
  /** `st.feedback`: a row of rating icons, as Streamlit's `st.feedback`. */
  feedback: widget<
    {
      /** The chosen sentiment, 0 the least satisfied (thumbs: 0 down, 1 up; faces and stars: 0 to 4), or null for none. */
      value: number | null;
      /** The icon set: `'thumbs'` (2 choices), `'faces'` or `'stars'` (5 choices). */
      options: FeedbackKind;
    },
    number | null
  >().with(),
};

/** Options of `st.feedback`, as Streamlit's. */
export interface FeedbackOptions extends Omit<WidgetCommonOptions, 'help' | 'labelVisibility' | 'bind'> {
  /** The initial sentiment: 0 or 1 for thumbs, 0 to 4 for faces and stars. Default null (none). */
  readonly default?: number | null;
  /** Called before the next run when the user picks or clears a rating (as Streamlit's `on_change`). */
  readonly onChange?: () => unknown;
}

/**
 * `st.feedback`: a row of icon buttons rating something, as Streamlit's.
 * The value is the sentiment index, 0 the least satisfied: thumbs give 0
 * (down) or 1 (up), faces and stars 0 to 4; null until the user picks one.
 * Clicking the chosen icon again clears it.
 *
 * @throws LitUiError `InvalidArgument` for another kind, or a default outside the kind's range.
 */
export function feedbackDefinition(kind: FeedbackKind, opts: FeedbackOptions): WidgetDefinition<number | null, 'feedback'> {
  const count = (COUNTS as Readonly<Record<string, number>>)[kind];
  if (count === undefined) {
    throw invalidArgument(`st.feedback: options must be 'thumbs', 'faces' or 'stars', got ${JSON.stringify(kind)}.`);
  }
  const fits = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < count;
  const initial = opts.default ?? null;
  if (initial !== null && !fits(initial)) {
    throw invalidArgument(`st.feedback('${kind}'): default must be an integer from 0 to ${count - 1}, or null; got ${JSON.stringify(initial)}.`);
  }
  return {
    type: 'feedback',
    label: '',
    options: { ...opts, labelVisibility: 'collapsed' },
    identity: { options: kind, default: initial },
    defaultValue: initial,
    customDefault: initial !== null,
    deserialize: (wire: JsonValue) => {
      if (wire === null || fits(wire)) return wire;
      throw invalidValue('feedback', kind, `expected an integer from 0 to ${count - 1} or null, got ${JSON.stringify(wire)}`);
    },
    serialize: (value) => (value === null || fits(value) ? value : undefined),
    proto: (base) => ({ ...base, type: 'feedback', value: base.value as number | null, options: kind }),
    ...(opts.onChange ? { callback: opts.onChange } : {}),
  };
}
