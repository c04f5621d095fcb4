import { invalidArgument } from '../errors.js';
import type { JsonValue } from '../protocol/elements.js';
import { widget } from '../protocol/elementSpec.js';
import { invalidValue, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';

/** `st.datetimeInput` in the element map: the wire value is `'YYYY-MM-DDTHH:MM'` (wall clock, no time zone) or null. */
export const datetimeInputElements = {
  /** `st.datetimeInput`: a date and a time of day, as Streamlit's `st.datetime_input`. */
  datetimeInput: widget<
    {
      /** `'YYYY-MM-DDTHH:MM'` (24-hour wall clock), or null for none. */
      value: string | null;
      /** Earliest selectable moment, `'YYYY-MM-DDTHH:MM'`. */
      min: string;
      /** Latest selectable moment, `'YYYY-MM-DDTHH:MM'`. */
      max: string;
      /** Step of the time picker, in seconds (at least 60). */
      step: number;
      /** Display format of the date part, e.g. `'YYYY/MM/DD'`, `'DD.MM.YYYY'`; the time shows as `HH:mm`. */
      format: string;
    },
    Date | null
  >().with(),
};

/** A moment for `st.datetimeInput`: a `Date` (its UTC fields count) or a string `'YYYY-MM-DD HH:MM'` (or with `T`, or a day alone). */
export type DatetimeLike = Date | string;

/** Options of `st.datetimeInput`, as Streamlit's `st.datetime_input`. */
export interface DatetimeInputOptions extends WidgetCommonOptions {
  /**
   * Initial value: `'now'` (default: the server's clock, UTC, to the minute), a `Date`, a string
   * `'YYYY-MM-DD HH:MM'` / `'YYYY-MM-DDTHH:MM'` / `'YYYY-MM-DD'` (midnight) / `'HH:MM'` (today at that time), or
   * `null` (empty until the user picks one).
   */
  readonly value?: 'now' | (string & {}) | Date | null;
  /** Earliest moment the user may pick. Default ten years before the value (or now). */
  readonly minValue?: DatetimeLike;
  /** Latest moment the user may pick. Default ten years after the value (or now). */
  readonly maxValue?: DatetimeLike;
  /** Step of the time picker, in seconds: at least 60, at most 23 hours (82,800). Default 900 (15 minutes). */
  readonly step?: number;
  /** Display format of the date: `'YYYY/MM/DD'` (default), `'DD/MM/YYYY'`, `'MM/DD/YYYY'` (separator `/`, `-` or `.`). */
  readonly format?: string;
  /** Called before the next run when the value changes (as Streamlit's `on_change`). */
  readonly onChange?: () => unknown;
}

const MOMENT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;
const TIME_ONLY = /^(\d{2}:\d{2})$/;
const FORMAT = /^(YYYY([/.-])MM\2DD|DD([/.-])MM\3YYYY|MM([/.-])DD\4YYYY)$/;
const MAX_STEP_S = 23 * 3600;

/** `'YYYY-MM-DDTHH:MM'` of a `Date`'s UTC fields (seconds dropped), or undefined for an invalid date. */
function minuteOf(date: Date): string | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 16);
}

/**
 * `'YYYY-MM-DDTHH:MM'` of a moment, or undefined when it is not one. `today` (`'YYYY-MM-DD'`) completes a time alone.
 * Strings are read as written (wall clock, no time zone); a `Date` gives its UTC fields.
 */
export function isoMinute(value: unknown, today: string): string | undefined {
  if (value instanceof Date) return minuteOf(value);
  if (typeof value !== 'string') return undefined;
  const time = TIME_ONLY.exec(value);
  const m = time ? ([value, today, time[1]] as const) : MOMENT.exec(value);
  if (!m) return undefined;
  const text = `${m[1]}T${m[2] ?? '00:00'}`;
  // Round-trip through Date to refuse 2024-02-30 or 25:00.
  return minuteOf(new Date(`${text}:00Z`)) === text ? text : undefined;
}

function shiftYears(minute: string, years: number): string {
  const date = new Date(`${minute}:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 16);
}

/**
 * `st.datetimeInput`: a date and time of day, as Streamlit's `st.datetime_input`. The app gets a `Date` whose
 * UTC fields are the picked wall-clock time (as `st.dateInput` gives UTC midnights), or null; the wire carries
 * `'YYYY-MM-DDTHH:MM'`. Precision is one minute.
 *
 * @throws LitUiError `InvalidArgument` for an unreadable value or bound, a value outside the bounds, `minValue`
 *   after `maxValue`, a step outside 60 s – 23 h, or an unknown format.
 */
export function datetimeInputDefinition(label: string, options: DatetimeInputOptions): WidgetDefinition<Date | null, 'datetimeInput'> {
  const now = new Date().toISOString().slice(0, 16);
  const today = now.slice(0, 10);
  const moment = (value: unknown, what: string): string => {
    const iso = isoMinute(value, today);
    if (iso === undefined) {
      throw invalidArgument(
        `st.datetimeInput "${label}": ${what} ${JSON.stringify(value)} is not a date and time (use a Date or 'YYYY-MM-DD HH:MM').`,
      );
    }
    return iso;
  };
  const given = options.value === undefined ? 'now' : options.value;
  const initial = given === null ? null : given === 'now' ? now : moment(given, 'value');
  const anchor = initial ?? now;
  const min = options.minValue !== undefined ? moment(options.minValue, 'minValue') : shiftYears(anchor, -10);
  const max = options.maxValue !== undefined ? moment(options.maxValue, 'maxValue') : shiftYears(anchor, 10);
  if (min > max) throw invalidArgument(`st.datetimeInput "${label}": minValue ${min} is after maxValue ${max}.`);
  if (initial !== null && (initial < min || initial > max)) {
    throw invalidArgument(`st.datetimeInput "${label}": the value ${initial} is outside [${min}, ${max}].`);
  }
  const step = options.step ?? 900;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 60 || step > MAX_STEP_S) {
    throw invalidArgument(`st.datetimeInput "${label}": step must be a whole number of seconds from 60 to ${MAX_STEP_S}, got ${String(step)}.`);
  }
  const format = options.format ?? 'YYYY/MM/DD';
  if (!FORMAT.test(format)) {
    throw invalidArgument(
      `st.datetimeInput "${label}": format ${JSON.stringify(format)} is not one of YYYY/MM/DD, DD/MM/YYYY, MM/DD/YYYY (separator / - or .).`,
    );
  }
  const inBounds = (m: string) => m >= min && m <= max;
  const toDate = (m: string | null): Date | null => (m === null ? null : new Date(`${m}:00Z`));
  return {
    type: 'datetimeInput',
    label,
    options,
    // Bounds and value as given: a default of 'now' keeps the same widget id from minute to minute.
    identity: {
      label,
      value: given === 'now' ? 'now' : initial,
      min: options.minValue !== undefined ? min : null,
      max: options.maxValue !== undefined ? max : null,
      step,
      format,
      help: options.help ?? null,
    },
    defaultValue: toDate(initial),
    customDefault: options.value !== undefined && options.value !== 'now',
    deserialize: (wire: JsonValue) => {
      if (wire === null) return null;
      const m = typeof wire === 'string' ? isoMinute(wire, today) : undefined;
      if (m === undefined || m !== wire || !inBounds(m)) {
        throw invalidValue('datetimeInput', label, `expected 'YYYY-MM-DDTHH:MM' within [${min}, ${max}], got ${JSON.stringify(wire)}`);
      }
      return toDate(m);
    },
    serialize: (value) => {
      if (value === null) return null;
      const m = isoMinute(value, today);
      return m !== undefined && inBounds(m) ? m : undefined;
    },
    url: { item: 'text' },
    proto: (base) => ({ ...base, type: 'datetimeInput', value: base.value as string | null, min, max, step, format }),
    ...(options.onChange ? { callback: options.onChange } : {}),
  };
}
