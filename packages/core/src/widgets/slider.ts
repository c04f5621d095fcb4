import { invalidArgument } from '../errors.js';
import { numberFormatProblem } from '../protocol/numberFormat.js';
import type { JsonValue } from '../protocol/elements.js';
import { isIntegerWidget } from './numberInput.js';
import { expectNumber, invalidValue, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** `st.slider` in the element map. */
export const sliderElements = {
  /** `st.slider`: a number or date, or a range of them, as Streamlit's `st.slider`. */
  slider: widget<
    {
      /** One number, or `[low, high]` for a range slider. Dates travel as epoch ms. */
      value: number | [number, number];
      /** Lower bound (epoch ms for dates). */
      min: number;
      /** Upper bound (epoch ms for dates). */
      max: number;
      /** Increment (ms for dates). */
      step: number;
      /** printf-style format for numbers (`'%d%%'`), or a date pattern (`'YYYY-MM-DD'`). */
      format?: string;
      /** What the numbers stand for: integers, floats, calendar days, or instants. */
      dataType: 'int' | 'float' | 'date' | 'datetime';
    },
    number | Date | readonly [number, number] | readonly [Date, Date]
  >().with('setRange'),
};

/** A slider's value: a number or `Date`, or a `[low, high]` pair for a range slider. */
export type SliderValue = number | Date | readonly [number, number] | readonly [Date, Date];

/** Options of `st.slider`, as Streamlit's `st.slider`. */
export interface SliderOptions extends WidgetCommonOptions {
  /** Lower bound. Default 0 (integers), 0.0 (floats), two weeks before the value (dates). */
  readonly minValue?: number | Date;
  /** Upper bound. Default 100 (integers), 1.0 (floats), two weeks after the value (dates). */
  readonly maxValue?: number | Date;
  /** Initial value; a `[low, high]` pair makes a range slider. Default `minValue`. */
  readonly value?: SliderValue;
  /** Increment: a number, or ms for dates. Default 1 (integers), 0.01 (floats), one day (dates). */
  readonly step?: number;
  /**
   * How numbers show, as Streamlit's `st.slider` `format`: a printf format read by sprintf-js (`'%d%%'`, `'%.2f'`) or a
   * named format (`'percent'`, `'dollar'`, `'compact'`, …; see `NAMED_NUMBER_FORMATS`); for dates a pattern (`'YYYY-MM-DD'`).
   * @throws LitUiError `InvalidArgument` (from `st.slider`) for a number format sprintf-js cannot read (`'%,.2f'`).
   */
  readonly format?: string;
  /** Called before the next run when the value changes (as Streamlit's `on_change`). */
  readonly onChange?: () => unknown;
}

const DAY_MS = 86_400_000;

/**
 * `st.slider`: a number or date, or a range of them, between bounds.
 * Integer sliders default to 0–100, float sliders to 0.0–1.0, date sliders
 * to two weeks either side of the value; dates travel as epoch ms.
 *
 * @throws LitUiError `InvalidArgument` for inconsistent bounds, value or step.
 */
export function sliderDefinition(label: string, options: SliderOptions): WidgetDefinition<SliderValue, 'slider'> {
  const given = options.value;
  const range = Array.isArray(given);
  const sample = range ? (given as readonly unknown[])[0] : (given ?? options.minValue ?? options.maxValue);
  const isDate = sample instanceof Date;
  const toNum = (v: number | Date | undefined) => (v instanceof Date ? v.getTime() : v);
  const values = range ? (given as readonly (number | Date)[]).map(toNum) : given === undefined ? [] : [toNum(given as number | Date)];
  const numbers = [toNum(options.minValue), toNum(options.maxValue), ...values, options.step];
  const bounds = { min: toNum(options.minValue), max: toNum(options.maxValue), ...(options.step !== undefined ? { step: options.step } : {}) };
  const isInt = isDate || numbers.every((n) => n === undefined) || isIntegerWidget(numbers, options.format, bounds);
  const anchor = values[0] ?? toNum(options.minValue) ?? (isDate ? Date.now() : 0);
  const min = toNum(options.minValue) ?? (isDate ? anchor - 14 * DAY_MS : Math.min(0, ...values.map(Number)));
  const max = toNum(options.maxValue) ?? (isDate ? anchor + 14 * DAY_MS : Math.max(isInt ? 100 : 1, ...values.map(Number)));
  const step = options.step ?? (isDate ? DAY_MS : isInt ? 1 : 0.01);
  const defaultWire: number | [number, number] = range ? [values[0]!, values[1]!] : (values[0] ?? min);
  if (range && (given as readonly unknown[]).length !== 2) throw invalidArgument(`st.slider "${label}": a range value needs exactly two items.`);
  if (min > max) throw invalidArgument(`st.slider "${label}": minValue (${min}) is greater than maxValue (${max}).`);
  if (!(step > 0)) throw invalidArgument(`st.slider "${label}": step must be positive (got ${step}).`);
  const formatProblem = isDate || options.format === undefined ? undefined : numberFormatProblem(options.format);
  if (formatProblem !== undefined) throw invalidArgument(`st.slider "${label}": ${formatProblem}`);
  const inBounds = (n: number) => n >= min - 1e-9 && n <= max + 1e-9 && (!isInt || Number.isInteger(n));
  for (const n of range ? (defaultWire as number[]) : [defaultWire as number]) {
    if (!inBounds(n)) throw invalidArgument(`st.slider "${label}": the value ${n} is outside [${min}, ${max}].`);
  }
  const toValue = (n: number): number | Date => (isDate ? new Date(n) : n);
  const dataType = isDate ? (values.concat(min, max).every((n) => n! % DAY_MS === 0) ? 'date' : 'datetime') : isInt ? 'int' : 'float';
  return {
    type: 'slider',
    label,
    options,
    identity: { label, min, max, value: defaultWire, step, format: options.format ?? null, help: options.help ?? null },
    defaultValue: range ? ([toValue(values[0]!), toValue(values[1]!)] as SliderValue) : toValue(defaultWire as number),
    customDefault: given !== undefined,
    deserialize: (wire: JsonValue) => {
      if (range) {
        if (!Array.isArray(wire) || wire.length !== 2) throw invalidValue('slider', label, `expected [low, high], got ${JSON.stringify(wire)}`);
        const [lo, hi] = wire.map((w) => expectNumber('slider', label, w)).sort((a, b) => a - b) as [number, number];
        if (!inBounds(lo) || !inBounds(hi)) throw invalidValue('slider', label, `[${lo}, ${hi}] is outside [${min}, ${max}]`);
        return [toValue(lo), toValue(hi)] as SliderValue;
      }
      const n = expectNumber('slider', label, wire);
      if (!inBounds(n)) throw invalidValue('slider', label, `${n} is outside [${min}, ${max}]${isInt ? ' or not an integer' : ''}`);
      return toValue(n);
    },
    serialize: (value) => {
      if (range) {
        if (!Array.isArray(value) || value.length !== 2) return undefined;
        const pair = value.map((v) => toNum(v as number | Date));
        return pair.every((n) => typeof n === 'number' && inBounds(n)) ? (pair as number[]) : undefined;
      }
      const n = toNum(value as number | Date);
      return typeof n === 'number' && inBounds(n) ? n : undefined;
    },
    url: { item: isDate ? (dataType === 'date' ? 'day' : 'instant') : 'number', list: range },
    proto: (base) => ({
      ...base,
      type: 'slider',
      value: base.value as number | [number, number],
      min,
      max,
      step,
      dataType,
      ...(options.format !== undefined ? { format: options.format } : {}),
    }),
    ...(options.onChange ? { callback: options.onChange } : {}),
  };
}
