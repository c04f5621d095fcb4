import { invalidArgument } from '../errors.js';
import type { JsonValue } from '../protocol/elements.js';
import { invalidValue, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** `st.timeInput` in the element map: the value is `'HH:MM'` or null; `step` in seconds. */
export const timeInputElements = {
  /** `st.timeInput`: a time of day, as Streamlit's `st.time_input`. */
  timeInput: widget<
    {
      /** `'HH:MM'` (24-hour), or null for none. */
      value: string | null;
      /** Step of the picker, in seconds. */
      step: number;
    },
    string | null
  >().with(),
};

/** Options of `st.timeInput`, as Streamlit's `st.time_input`. */
export interface TimeInputOptions extends WidgetCommonOptions {
  /** Initial time: `'now'` (default, server clock, UTC), `'HH:MM'`, a `Date` (its UTC time), or null. */
  readonly value?: 'now' | (string & {}) | Date | null;
  /** Step of the picker, in seconds. Default 900 (15 minutes). */
  readonly step?: number;
  /** Called before the next run when the time changes (as Streamlit's `on_change`). */
  readonly onChange?: () => unknown;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `st.timeInput`: a time of day as `'HH:MM'` (JavaScript has no time-of-day type), or null. */
export function timeInputDefinition(label: string, options: TimeInputOptions): WidgetDefinition<string | null, 'timeInput'> {
  const step = options.step ?? 900;
  if (!(step >= 60)) throw invalidArgument(`st.timeInput "${label}": step must be at least 60 seconds (got ${step}).`);
  const given = options.value === undefined ? 'now' : options.value;
  const asTime = (v: string | Date): string => (v instanceof Date ? v.toISOString().slice(11, 16) : v);
  const defaultValue = given === null ? null : asTime(given === 'now' ? new Date() : given);
  if (defaultValue !== null && !TIME.test(defaultValue))
    throw invalidArgument(`st.timeInput "${label}": '${defaultValue}' is not a time like '08:30'.`);
  return {
    type: 'timeInput',
    label,
    options,
    identity: { label, value: given === 'now' ? 'now' : defaultValue, step, help: options.help ?? null },
    defaultValue,
    customDefault: options.value !== undefined && options.value !== 'now',
    deserialize: (wire: JsonValue) => {
      if (wire !== null && (typeof wire !== 'string' || !TIME.test(wire)))
        throw invalidValue('timeInput', label, `expected 'HH:MM', got ${JSON.stringify(wire)}`);
      return wire;
    },
    serialize: (value) => (value === null ? null : typeof value === 'string' && TIME.test(value) ? value : undefined),
    url: { item: 'text' },
    proto: (base) => ({ ...base, type: 'timeInput', value: base.value as string | null, step }),
    ...(options.onChange ? { callback: options.onChange } : {}),
  };
}
