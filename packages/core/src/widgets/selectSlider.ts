import { invalidArgument } from '../errors.js';
import type { JsonValue } from '../protocol/elements.js';
import { optionLabels, type OptionWidgetOptions } from './selectbox.js';
import { expectIndex, indexOfOption, invalidValue, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** `st.selectSlider` in the element map: the wire value is an option index, or a `[low, high]` pair of them. */
export const selectSliderElements = {
  /** `st.selectSlider`: a slider over discrete options, as Streamlit's `st.select_slider`. */
  selectSlider: widget<
    {
      /** Index of the selected option, or a `[low, high]` pair of indices for a range. */
      value: number | [number, number];
      /** The option labels, in order (through `formatFunc`). */
      options: string[];
    },
    unknown
  >().with('select', 'setRange', 'options'),
};

/** Options of `st.selectSlider`, as Streamlit's `st.select_slider`. */
export interface SelectSliderOptions<T> extends OptionWidgetOptions<T> {
  /** Initial option, or a `[low, high]` pair for a range. Default the first option. */
  readonly value?: T | readonly [T, T];
}

/** `st.selectSlider`: a slider over discrete options (or a range of them); the wire value is indices. */
export function selectSliderDefinition<T>(
  label: string,
  options: readonly T[],
  opts: SelectSliderOptions<T>,
): WidgetDefinition<T | [T, T], 'selectSlider'> {
  const list = [...options];
  if (list.length === 0) throw invalidArgument(`st.selectSlider "${label}" needs at least one option.`);
  const labels = optionLabels(list, opts.formatFunc);
  const find = (value: unknown) => {
    const i = indexOfOption(list, value);
    if (i < 0) throw invalidArgument(`st.selectSlider "${label}": ${JSON.stringify(value)} is not among the options.`);
    return i;
  };
  const range = Array.isArray(opts.value) && opts.value.length === 2 && indexOfOption(list, opts.value) < 0;
  const defaultWire: number | [number, number] = range
    ? ((opts.value as readonly T[]).map(find).sort((a, b) => a - b) as [number, number])
    : opts.value === undefined
      ? 0
      : find(opts.value);
  const toValue = (wire: number | [number, number]): T | [T, T] =>
    Array.isArray(wire) ? [list[wire[0]] as T, list[wire[1]] as T] : (list[wire] as T);
  return {
    type: 'selectSlider',
    label,
    options: opts,
    identity: { label, options: labels, value: defaultWire, help: opts.help ?? null },
    defaultValue: toValue(defaultWire),
    customDefault: opts.value !== undefined,
    deserialize: (wire: JsonValue) => {
      if (range) {
        if (!Array.isArray(wire) || wire.length !== 2)
          throw invalidValue('selectSlider', label, `expected [low, high] indices, got ${JSON.stringify(wire)}`);
        const pair = wire.map((w) => expectIndex('selectSlider', label, w, list.length)).sort((a, b) => a - b) as [number, number];
        return toValue(pair);
      }
      return toValue(expectIndex('selectSlider', label, wire, list.length));
    },
    serialize: (value) => {
      if (range) {
        if (!Array.isArray(value) || value.length !== 2) return undefined;
        const pair = value.map((v) => indexOfOption(list, v));
        return pair.every((i) => i >= 0) ? pair.sort((a, b) => a - b) : undefined;
      }
      const i = indexOfOption(list, value);
      return i >= 0 ? i : undefined;
    },
    url: { item: { labels }, list: range },
    proto: (base) => ({ ...base, type: 'selectSlider', value: base.value as number | [number, number], options: labels }),
    ...(opts.onChange ? { callback: opts.onChange } : {}),
  };
}
