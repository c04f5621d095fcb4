import { invalidArgument } from '../errors.js';
import type { JsonValue } from '../protocol/elements.js';
import { invalidValue, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** `st.dateInput` in the element map: the wire value is `'YYYY-MM-DD'`, a `[start, end]` pair of them, or null. */
export const dateInputElements = {
  /** `st.dateInput`: a date or a date range, as Streamlit's `st.date_input`. */
  dateInput: widget<
    {
      /** `'YYYY-MM-DD'`, null for none, or for a range `[start, end]` (`[start]` while picking). */
      value: string | null | [string, string] | [string];
      /** True for a date range input. */
      isRange: boolean;
      /** Earliest selectable date, `'YYYY-MM-DD'`. */
      min?: string;
      /** Latest selectable date, `'YYYY-MM-DD'`. */
      max?: string;
      /** Display format, e.g. `'YYYY/MM/DD'`, `'DD/MM/YYYY'`. */
      format: string;
    },
    Date | null | Date[]
  >().with('setRange'),
};

/** A calendar date: a `Date` (its UTC day counts) or `'YYYY-MM-DD'`. */
export type DateLike = Date | string;

/** Options of `st.dateInput`, as Streamlit's `st.date_input`. */
export interface DateInputOptions extends WidgetCommonOptions {
  /** Initial date: `'today'` (default), a date, `null` (empty), or a `[start, end]` range (`[]` for an empty range). */
  readonly value?: 'today' | (string & {}) | Date | null | readonly DateLike[];
  /** Earliest date. Default ten years before the value. */
  readonly minValue?: DateLike;
  /** Latest date. Default ten years after the value. */
  readonly maxValue?: DateLike;
  /** Display format: `'YYYY/MM/DD'` (default), `'DD/MM/YYYY'`, `'MM/DD/YYYY'` (any separator of `/ - .`). */
  readonly format?: string;
  /** Called before the next run when the date changes (as Streamlit's `on_change`). */
  readonly onChange?: () => unknown;
}

/** A date input's value: a `Date` at UTC midnight, a `[start, end]` pair (`[start]` while picking), or null. */
export type DateInputValue = Date | null | Date[];

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `'YYYY-MM-DD'` of a date-like value (UTC day of a `Date`). */
export function isoDay(value: DateLike): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const m = ISO.exec(value);
  if (!m) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : value;
}

function shiftYears(day: string, years: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

/**
 * `st.dateInput`: a date or a date range. Dates are calendar days: the app
 * gets `Date`s at UTC midnight; the wire carries `'YYYY-MM-DD'`.
 *
 * @throws LitUiError `InvalidArgument` for an unreadable date or one outside the bounds.
 */
export function dateInputDefinition(label: string, options: DateInputOptions): WidgetDefinition<DateInputValue, 'dateInput'> {
  const day = (value: DateLike, what: string) => {
    const iso = isoDay(value);
    if (!iso) throw invalidArgument(`st.dateInput "${label}": ${what} ${JSON.stringify(value)} is not a date (use a Date or 'YYYY-MM-DD').`);
    return iso;
  };
  const today = new Date().toISOString().slice(0, 10);
  const given = options.value === undefined || options.value === 'today' ? today : options.value;
  const isRange = Array.isArray(given);
  const defaultDays: string[] | null =
    given === null ? null : isRange ? (given as DateLike[]).map((v) => day(v, 'value')) : [day(given as DateLike, 'value')];
  const anchor = defaultDays?.[0] ?? today;
  const min = options.minValue !== undefined ? day(options.minValue, 'minValue') : shiftYears(anchor, -10);
  const max = options.maxValue !== undefined ? day(options.maxValue, 'maxValue') : shiftYears(anchor, 10);
  const inBounds = (d: string) => d >= min && d <= max;
  for (const d of defaultDays ?? []) if (!inBounds(d)) throw invalidArgument(`st.dateInput "${label}": ${d} is outside [${min}, ${max}].`);
  const toValue = (days: string[] | null): DateInputValue =>
    days === null ? null : isRange ? days.map((d) => new Date(`${d}T00:00:00Z`)) : new Date(`${days[0]}T00:00:00Z`);
  const wireOf = (days: string[] | null): JsonValue => (days === null ? null : isRange ? days : days[0]!);
  const format = options.format ?? 'YYYY/MM/DD';
  return {
    type: 'dateInput',
    label,
    options,
    identity: { label, value: wireOf(defaultDays), min, max, format, help: options.help ?? null },
    defaultValue: toValue(defaultDays),
    customDefault: options.value !== undefined && options.value !== 'today',
    deserialize: (wire: JsonValue) => {
      if (wire === null) return null;
      const list = isRange ? wire : [wire];
      if (!Array.isArray(list) || list.length > (isRange ? 2 : 1))
        throw invalidValue('dateInput', label, `expected ${isRange ? '[start, end]' : "'YYYY-MM-DD'"}, got ${JSON.stringify(wire)}`);
      const days = list.map((d) => (typeof d === 'string' ? isoDay(d) : undefined));
      if (days.some((d) => d === undefined || !inBounds(d)))
        throw invalidValue('dateInput', label, `${JSON.stringify(wire)} is not a date within [${min}, ${max}]`);
      return toValue((days as string[]).sort());
    },
    serialize: (value) => {
      if (value === null) return null;
      const list = Array.isArray(value) ? value : [value];
      const days = list.map((d) => (d instanceof Date || typeof d === 'string' ? isoDay(d) : undefined));
      return days.every((d): d is string => d !== undefined && inBounds(d)) && (isRange ? days.length <= 2 : days.length === 1)
        ? wireOf(days)
        : undefined;
    },
    url: { item: 'text', list: isRange },
    proto: (base) => ({ ...base, type: 'dateInput', value: base.value as string | null, isRange, min, max, format }),
    ...(options.onChange ? { callback: options.onChange } : {}),
  };
}
