import { invalidArgument } from '../errors.js';
import { numberFormatProblem } from '../protocol/numberFormat.js';
import type { JsonValue } from '../protocol/elements.js';
import { expectNumber, invalidValue, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** `st.numberInput` in the element map. */
export const numberInputElements = {
  /** `st.numberInput`: a number field with +/− steppers, as Streamlit's `st.number_input`. */
  numberInput: widget<
    {
      /** The number; null for an empty field. */
      value: number | null;
      /** Smallest value accepted; absent: no bound. */
      min?: number;
      /** Largest value accepted; absent: no bound. */
      max?: number;
      /** Increment of the +/− steppers. */
      step: number;
      /** printf-style format, e.g. `'%.2f'`. */
      format?: string;
      /** True for an integer widget: values are whole numbers. */
      isInt: boolean;
      /** Text shown while the field is empty. */
      placeholder?: string;
    },
    number | null
  >().with('increment', 'decrement'),
};

/** Options of `st.numberInput`, as Streamlit's `st.number_input`. */
export interface NumberInputOptions extends WidgetCommonOptions {
  /** Smallest value accepted. Default: no bound. */
  readonly minValue?: number | null;
  /** Largest value accepted. Default: no bound. */
  readonly maxValue?: number | null;
  /** Initial value; `'min'` (default) means `minValue`, or 0; `null` starts empty. */
  readonly value?: number | null | 'min';
  /** Stepper increment. Default 1 for integers, 0.01 for floats. */
  readonly step?: number;
  /**
   * Display format, as Streamlit's `st.number_input` `format`: a printf format read by sprintf-js (`'%d'`, `'%.2f'`,
   * `'%0.1f%%'`) or a named format (`'percent'`, `'dollar'`, …; see `NAMED_NUMBER_FORMATS`).
   * @throws LitUiError `InvalidArgument` (from `st.numberInput`) for a format sprintf-js cannot read (`'%,.2f'`).
   */
  readonly format?: string;
  /** Text shown while the field is empty. */
  readonly placeholder?: string;
  /** Called before the next run when the value changes (as Streamlit's `on_change`). */
  readonly onChange?: () => unknown;
}

/**
 * Whether a number widget works in integers. Python tells `5` from `5.0`;
 * JavaScript cannot, so (as Streamlit otherwise) it is an integer widget when
 * every number given is an integer and no float format is set, and a float
 * widget when nothing numeric is given (Streamlit's `0.0` default).
 */
export function isIntegerWidget(
  numbers: ReadonlyArray<number | null | undefined>,
  format?: string,
  bounds?: { readonly min?: number | null; readonly max?: number | null; readonly step?: number },
): boolean {
  if (format && /%[^%]*[eEfFgG]/.test(format)) return false;
  if (format && /%[^%]*[diu]/.test(format)) return true;
  const given = numbers.filter((n): n is number => typeof n === 'number');
  if (given.length === 0 || !given.every(Number.isInteger)) return false;
  // `{ minValue: 0, maxValue: 1 }` means 0.0–1.0 to a Streamlit user (Python's floats); JS cannot tell 1 from 1.0.
  const { min, max, step } = bounds ?? {};
  return !(step === undefined && typeof min === 'number' && typeof max === 'number' && max - min <= 1);
}

/** `st.numberInput`: a number (or null) within optional bounds. */
export function numberInputDefinition(label: string, options: NumberInputOptions): WidgetDefinition<number | null, 'numberInput'> {
  const min = options.minValue ?? undefined;
  const max = options.maxValue ?? undefined;
  const raw = options.value === 'min' || options.value === undefined ? undefined : options.value;
  const isInt = isIntegerWidget([min, max, raw, options.step], options.format, {
    min,
    max,
    ...(options.step !== undefined ? { step: options.step } : {}),
  });
  const step = options.step ?? (isInt ? 1 : 0.01);
  const defaultValue = options.value === null ? null : (raw ?? min ?? 0);
  if (min !== undefined && max !== undefined && min > max) {
    throw invalidArgument(`st.numberInput "${label}": minValue (${min}) is greater than maxValue (${max}).`);
  }
  if (defaultValue !== null && min !== undefined && defaultValue < min) {
    throw invalidArgument(`st.numberInput "${label}": the value ${defaultValue} is less than minValue ${min}.`);
  }
  if (defaultValue !== null && max !== undefined && defaultValue > max) {
    throw invalidArgument(`st.numberInput "${label}": the value ${defaultValue} is greater than maxValue ${max}.`);
  }
  if (!(step > 0)) throw invalidArgument(`st.numberInput "${label}": step must be positive (got ${step}).`);
  const formatProblem = options.format === undefined ? undefined : numberFormatProblem(options.format);
  if (formatProblem !== undefined) throw invalidArgument(`st.numberInput "${label}": ${formatProblem}`);
  const fits = (n: number) => (min === undefined || n >= min) && (max === undefined || n <= max) && (!isInt || Number.isInteger(n));
  return {
    type: 'numberInput',
    label,
    options,
    identity: {
      label,
      min: min ?? null,
      max: max ?? null,
      value: defaultValue,
      step,
      format: options.format ?? null,
      help: options.help ?? null,
      placeholder: options.placeholder ?? null,
    },
    defaultValue,
    customDefault: options.value !== undefined && options.value !== 'min',
    deserialize: (wire: JsonValue) => {
      if (wire === null) return null;
      const n = expectNumber('numberInput', label, wire);
      if (!fits(n)) {
        throw invalidValue('numberInput', label, `${n} is not ${isInt ? 'an integer ' : ''}within [${min ?? '-∞'}, ${max ?? '∞'}]`);
      }
      return n;
    },
    serialize: (value) => (value === null ? null : typeof value === 'number' && fits(value) ? value : undefined),
    url: { item: 'number' },
    proto: (base) => ({
      ...base,
      type: 'numberInput',
      value: base.value as number | null,
      step,
      isInt,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(options.format !== undefined ? { format: options.format } : {}),
      ...(options.placeholder !== undefined ? { placeholder: options.placeholder } : {}),
    }),
    ...(options.onChange ? { callback: options.onChange } : {}),
  };
}
