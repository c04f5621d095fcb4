import { invalidArgument } from '../errors.js';
import type { JsonValue } from '../protocol/elements.js';
import { newOptionValue, newOptionWire, optionLabels, type OptionWidgetOptions } from './selectbox.js';
import { indexOfOption, invalidValue, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** `st.multiselect` in the element map: the wire value is the list of selected indices into `options`. */
export const multiselectElements = {
  /** `st.multiselect`: any number of options, as Streamlit's `st.multiselect`. */
  multiselect: widget<
    {
      /** Indices of the selected options; strings for values the user typed (with `acceptNewOptions`). */
      value: (number | string)[];
      /** The option labels, in order (through `formatFunc`). */
      options: string[];
      /** Most options that can be selected; absent: no limit. */
      maxSelections?: number;
      /** Text shown while nothing is selected. */
      placeholder?: string;
      /** The user may type values that are not among the options. Absent: false. */
      acceptNewOptions?: boolean;
    },
    unknown[]
  >().with('select', 'unselect', 'options'),
};

/** Options of `st.multiselect`, as Streamlit's `st.multiselect`. */
export interface MultiselectOptions<T> extends OptionWidgetOptions<T> {
  /** Initially selected options (or one option). Default none. */
  readonly default?: readonly T[] | T | null;
  /** Most options that can be selected. */
  readonly maxSelections?: number;
  /** Text shown while nothing is selected. */
  readonly placeholder?: string;
  /**
   * Let the user type values that are not among the options, as Streamlit's `accept_new_options`: each comes back
   * as its text (a string; `formatFunc` does not apply to it). Default false.
   */
  readonly acceptNewOptions?: boolean;
}

/**
 * `st.multiselect`: a list of options; the wire value is their indices.
 *
 * @throws LitUiError `InvalidArgument` when a default is not among the options or exceeds `maxSelections`.
 */
export function multiselectDefinition<T>(label: string, options: readonly T[], opts: MultiselectOptions<T>): WidgetDefinition<T[], 'multiselect'> {
  const list = [...options];
  const labels = optionLabels(list, opts.formatFunc);
  const given =
    opts.default === undefined || opts.default === null ? [] : Array.isArray(opts.default) ? [...(opts.default as T[])] : [opts.default as T];
  const defaultIndices = given.map((value) => {
    const i = indexOfOption(list, value);
    if (i < 0) throw invalidArgument(`st.multiselect "${label}": the default value ${JSON.stringify(value)} is not among the options.`);
    return i;
  });
  const max = opts.maxSelections;
  const accept = Boolean(opts.acceptNewOptions);
  if (max !== undefined && defaultIndices.length > max) {
    throw invalidArgument(`st.multiselect "${label}": ${defaultIndices.length} defaults selected but maxSelections is ${max}.`);
  }
  return {
    type: 'multiselect',
    label,
    options: opts,
    identity: {
      label,
      options: labels,
      default: defaultIndices,
      help: opts.help ?? null,
      maxSelections: max ?? null,
      placeholder: opts.placeholder ?? null,
      ...(accept ? { acceptNewOptions: true } : {}),
    },
    defaultValue: defaultIndices.map((i) => list[i] as T),
    customDefault: defaultIndices.length > 0,
    deserialize: (wire: JsonValue) => {
      if (!Array.isArray(wire)) throw invalidValue('multiselect', label, `expected a list of option indices, got ${JSON.stringify(wire)}`);
      // A typed entry (acceptNewOptions) is a string: the app sees that text. T | string is T's own type for string options.
      const values = wire.map((w) => newOptionValue('multiselect', label, w, list, labels, accept) as T);
      if (new Set(values).size !== values.length) throw invalidValue('multiselect', label, 'an option is selected twice');
      if (max !== undefined && values.length > max)
        throw invalidValue('multiselect', label, `${values.length} selections is more than maxSelections (${max})`);
      return values;
    },
    serialize: (value) => {
      if (!Array.isArray(value)) return undefined;
      const wire = value.map((v) => newOptionWire(list, v, accept));
      if (wire.some((w) => w === undefined) || (max !== undefined && wire.length > max)) return undefined;
      return wire as (number | string)[];
    },
    url: { item: { labels }, list: true },
    proto: (base) => ({
      ...base,
      type: 'multiselect',
      value: base.value as (number | string)[],
      options: labels,
      ...(accept ? { acceptNewOptions: true } : {}),
      ...(max !== undefined ? { maxSelections: max } : {}),
      ...(opts.placeholder !== undefined ? { placeholder: opts.placeholder } : {}),
    }),
    ...(opts.onChange ? { callback: opts.onChange } : {}),
  };
}
