import { invalidArgument } from '../errors.js';
import type { JsonValue } from '../protocol/elements.js';
import { optionLabels, type OptionWidgetOptions } from './selectbox.js';
import { expectIndex, indexOfOption, invalidValue, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** `st.multiselect` in the element map: the wire value is the list of selected indices into `options`. */
export const multiselectElements = {
  /** `st.multiselect`: any number of options, as Streamlit's `st.multiselect`. */
  multiselect: widget<
    {
      /** Indices of the selected options. */
      value: number[];
      /** The option labels, in order (through `formatFunc`). */
      options: string[];
      /** Most options that can be selected; absent: no limit. */
      maxSelections?: number;
      /** Text shown while nothing is selected. */
      placeholder?: string;
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
    },
    defaultValue: defaultIndices.map((i) => list[i] as T),
    customDefault: defaultIndices.length > 0,
    deserialize: (wire: JsonValue) => {
      if (!Array.isArray(wire)) throw invalidValue('multiselect', label, `expected a list of option indices, got ${JSON.stringify(wire)}`);
      const indices = wire.map((w) => expectIndex('multiselect', label, w, list.length));
      if (new Set(indices).size !== indices.length) throw invalidValue('multiselect', label, 'an option is selected twice');
      if (max !== undefined && indices.length > max)
        throw invalidValue('multiselect', label, `${indices.length} selections is more than maxSelections (${max})`);
      return indices.map((i) => list[i] as T);
    },
    serialize: (value) => {
      if (!Array.isArray(value)) return undefined;
      const indices = value.map((v) => indexOfOption(list, v));
      if (indices.some((i) => i < 0) || (max !== undefined && indices.length > max)) return undefined;
      return indices;
    },
    proto: (base) => ({
      ...base,
      type: 'multiselect',
      value: base.value as number[],
      options: labels,
      ...(max !== undefined ? { maxSelections: max } : {}),
      ...(opts.placeholder !== undefined ? { placeholder: opts.placeholder } : {}),
    }),
    ...(opts.onChange ? { callback: opts.onChange } : {}),
  };
}
