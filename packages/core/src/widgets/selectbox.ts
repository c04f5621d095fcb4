import { invalidArgument } from '../errors.js';
import type { JsonValue } from '../protocol/elements.js';
import { expectIndex, indexOfOption, invalidValue, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** Selectbox and radio in the element map: the wire value is the index into `options`, or null for no selection. */
export const selectboxElements = {
  /** `st.selectbox`: a drop-down of options, as Streamlit's `st.selectbox`. */
  selectbox: widget<
    {
      /** Index of the selected option; a string for a value the user typed (with `acceptNewOptions`); null for no selection. */
      value: number | string | null;
      /** The option labels, in order (through `formatFunc`). */
      options: string[];
      /** Text shown while nothing is selected. */
      placeholder?: string;
      /** The user may type a value that is not among the options. Absent: false. */
      acceptNewOptions?: boolean;
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
  /**
   * Let the user type a value that is not among the options, as Streamlit's `accept_new_options`: the widget then
   * returns that text (a string; `formatFunc` does not apply to it). Default false.
   */
  readonly acceptNewOptions?: boolean;
}

/** Options of `st.radio`, as Streamlit's `st.radio` (which takes no new options). */
export interface RadioOptions<T> extends Omit<SelectboxOptions<T>, 'acceptNewOptions'> {
  /** Lay the options out in a row. */
  readonly horizontal?: boolean;
  /** A caption under each option (markdown). */
  readonly captions?: readonly string[];
}

/**
 * A typed entry (`acceptNewOptions`) on the wire: the option whose label it is (as Streamlit matches the
 * formatted options), else the text itself.
 * @throws LitUiError `InvalidWidgetValue` for an entry that is not a string, or any entry without `acceptNewOptions`.
 */
export function newOptionValue<T>(
  type: string,
  label: string,
  wire: JsonValue,
  list: readonly T[],
  labels: readonly string[],
  accept: boolean,
): T | string {
  if (typeof wire === 'number') return list[expectIndex(type, label, wire, list.length)] as T;
  if (!accept || typeof wire !== 'string') {
    const expected = accept ? 'an option index or the text of a new option' : 'an option index (new options need acceptNewOptions)';
    throw invalidValue(type, label, `expected ${expected}, got ${JSON.stringify(wire)}`);
  }
  const i = labels.indexOf(wire);
  return i >= 0 ? (list[i] as T) : wire;
}

/** The wire form of a value of an option widget that may accept new options: its index, the new text, or undefined. */
export function newOptionWire<T>(list: readonly T[], value: unknown, accept: boolean): number | string | undefined {
  const i = indexOfOption(list, value);
  if (i >= 0) return i;
  return accept && typeof value === 'string' ? value : undefined;
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
  opts: RadioOptions<T> & SelectboxOptions<T>,
): WidgetDefinition<T | null, 'selectbox' | 'radio'> {
  const list = [...options];
  const labels = optionLabels(list, opts.formatFunc);
  const index = opts.index === undefined ? (list.length > 0 ? 0 : null) : opts.index;
  if (index !== null && (!Number.isInteger(index) || index < 0 || (list.length > 0 && index >= list.length))) {
    throw invalidArgument(`st.${type} "${label}": index ${index} must be between 0 and ${list.length - 1}, or null.`);
  }
  const defaultValue = index === null || list.length === 0 ? null : (list[index] as T);
  const accept = type === 'selectbox' && Boolean(opts.acceptNewOptions);
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
      ...(accept ? { acceptNewOptions: true } : {}),
    },
    defaultValue,
    customDefault: opts.index !== undefined && opts.index !== 0,
    // A typed entry (acceptNewOptions) is a string: the app sees that text. T | string is T's own type for string options.
    deserialize: (wire: JsonValue) => (wire === null ? null : (newOptionValue(type, label, wire, list, labels, accept) as T)),
    serialize: (value) => (value === null ? null : newOptionWire(list, value, accept)),
    url: { item: { labels } },
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
            value: base.value as number | string | null,
            options: labels,
            ...(opts.placeholder !== undefined ? { placeholder: opts.placeholder } : {}),
            ...(accept ? { acceptNewOptions: true } : {}),
          },
    ...(opts.onChange ? { callback: opts.onChange } : {}),
  };
}
