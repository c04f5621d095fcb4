import { invalidArgument } from '../errors.js';
import type { JsonValue } from '../protocol/elements.js';
import { expectIndex, indexOfOption, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** Selectbox and radio in the element map: the wire value is the index into `options`, or null for no selection. */
export const selectboxElements = {
  /** `st.selectbox`: a drop-down of options, as Streamlit's `st.selectbox`. */
  selectbox: widget<
    {
      /** Index of the selected option; null for no selection. */
      value: number | null;
      /** The option labels, in order (through `formatFunc`). */
      options: string[];
      /** Text shown while nothing is selected. */
      placeholder?: string;
    },
    unknown
  >().with('select', 'options', 'index'),
  /** `st.radio`: radio buttons, as Streamlit's `st.radio`. */
  radio: widget<
    {
      /** Index of the selected option; null for no selection. */
      value: number | null;
      /** The option labels, in order (through `formatFunc`). */
      options: string[];
      /** Lay the options out in a row. Absent: a column. */
      horizontal?: boolean;
      /** A caption under each option (markdown), by option index. */
      captions?: string[];
    },
    unknown
  >().with('select', 'options', 'index'),
};

/** Options shared by the option widgets (`selectbox`, `radio`, `multiselect`, `selectSlider`). */
export interface OptionWidgetOptions<T> extends WidgetCommonOptions {
  /** Turns an option into its label. Default `String(option)`. */
  readonly formatFunc?: (option: T) => string;
  /** Called before the next run when the selection changes (as Streamlit's `on_change`). */
  readonly onChange?: () => unknown;
}

/** Options of `st.selectbox`, as Streamlit's `st.selectbox`. */
export interface SelectboxOptions<T> extends OptionWidgetOptions<T> {
  /** Index of the initial option; `null` starts with nothing selected. Default 0. */
  readonly index?: number | null;
  /** Text shown while nothing is selected. */
  readonly placeholder?: string;
}

/** Options of `st.radio`, as Streamlit's `st.radio`. */
export interface RadioOptions<T> extends SelectboxOptions<T> {
  /** Lay the options out in a row. */
  readonly horizontal?: boolean;
  /** A caption under each option (markdown). */
  readonly captions?: readonly string[];
}

/** The labels of `options`, through `formatFunc`. */
export function optionLabels<T>(options: readonly T[], formatFunc?: (option: T) => string): string[] {
  return options.map((option) => (formatFunc ? String(formatFunc(option)) : String(option)));
}

/** `st.selectbox` / `st.radio`: one option (or null); the wire value is its index. */
export function selectboxDefinition<T>(
  type: 'selectbox' | 'radio',
  label: string,
  options: readonly T[],
  opts: RadioOptions<T>,
): WidgetDefinition<T | null, 'selectbox' | 'radio'> {
  const list = [...options];
  const labels = optionLabels(list, opts.formatFunc);
  const index = opts.index === undefined ? (list.length > 0 ? 0 : null) : opts.index;
  if (index !== null && (!Number.isInteger(index) || index < 0 || (list.length > 0 && index >= list.length))) {
    throw invalidArgument(`st.${type} "${label}": index ${index} must be between 0 and ${list.length - 1}, or null.`);
  }
  const defaultValue = index === null || list.length === 0 ? null : (list[index] as T);
  return {
    type,
    label,
    options: opts,
    identity: {
      label,
      options: labels,
      index,
      help: opts.help ?? null,
      placeholder: opts.placeholder ?? null,
      horizontal: Boolean(opts.horizontal),
      captions: opts.captions ?? null,
    },
    defaultValue,
    customDefault: opts.index !== undefined && opts.index !== 0,
    deserialize: (wire: JsonValue) => (wire === null ? null : (list[expectIndex(type, label, wire, list.length)] as T)),
    serialize: (value) => {
      if (value === null) return null;
      const i = indexOfOption(list, value);
      return i >= 0 ? i : undefined;
    },
    proto: (base) =>
      type === 'radio'
        ? {
            ...base,
            type,
            value: base.value as number | null,
            options: labels,
            ...(opts.horizontal ? { horizontal: true } : {}),
            ...(opts.captions ? { captions: [...opts.captions] } : {}),
          }
        : {
            ...base,
            type,
            value: base.value as number | null,
            options: labels,
            ...(opts.placeholder !== undefined ? { placeholder: opts.placeholder } : {}),
          },
    ...(opts.onChange ? { callback: opts.onChange } : {}),
  };
}
