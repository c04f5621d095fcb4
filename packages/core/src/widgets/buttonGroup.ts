import { invalidArgument } from '../errors.js';
import type { JsonValue } from '../protocol/elements.js';
import { widget } from '../protocol/elementSpec.js';
import { optionLabels, type OptionWidgetOptions } from './selectbox.js';
import { expectIndex, indexOfOption, invalidValue, type WidgetDefinition } from './widgetDefinition.js';

/** Whether a button group picks one option or several, as Streamlit's `selection_mode`. */
export type ButtonGroupSelectionMode = 'single' | 'multi';

/**
 * `st.pills` and `st.segmentedControl` in the element map, as Streamlit's
 * ButtonGroup: the wire value is the list of selected option indices in both
 * selection modes (empty for none). `options` are the option labels (markdown:
 * a leading `:material/name:` or emoji is an icon).
 */
export const buttonGroupElements = {
  /** `st.pills`: a row of pill-shaped toggle buttons, as Streamlit's `st.pills`. */
  pills: widget<
    {
      /** Indices of the selected options, ascending (empty for none; at most one with `selectionMode: 'single'`). */
      value: number[];
      /** The option labels, in order (through `formatFunc`; markdown, so an icon can lead). */
      options: string[];
      /** `'single'`: one option or none; `'multi'`: any number. */
      selectionMode: ButtonGroupSelectionMode;
    },
    unknown
  >().with('select', 'unselect', 'options'),
  /** `st.segmentedControl`: a row of joined toggle buttons, as Streamlit's `st.segmented_control`. */
  segmentedControl: widget<
    {
      /** Indices of the selected options, ascending (empty for none; at most one with `selectionMode: 'single'`). */
      value: number[];
      /** The option labels, in order (through `formatFunc`; markdown, so an icon can lead). */
      options: string[];
      /** `'single'`: one option or none; `'multi'`: any number. */
      selectionMode: ButtonGroupSelectionMode;
    },
    unknown
  >().with('select', 'unselect', 'options'),
};

/** Options of `st.pills` and `st.segmentedControl`, as Streamlit's. */
export interface ButtonGroupOptions<T> extends OptionWidgetOptions<T> {
  /** `'single'` (default): the value is one option or null; `'multi'`: a list of options. */
  readonly selectionMode?: ButtonGroupSelectionMode;
  /** Initially selected option (or options, with `selectionMode: 'multi'`). Default none. */
  readonly default?: readonly T[] | T | null;
}

/**
 * `st.pills` / `st.segmentedControl`: a row of toggle buttons. With
 * `selectionMode: 'single'` the value is the chosen option or null (clicking
 * the chosen one clears it, as Streamlit); with `'multi'` it is the list of
 * chosen options, in option order.
 *
 * @throws LitUiError `InvalidArgument` for an unknown `selectionMode`, a default not among the options,
 *   or several defaults with `selectionMode: 'single'`.
 */
export function buttonGroupDefinition<T>(
  type: 'pills' | 'segmentedControl',
  label: string,
  options: readonly T[],
  opts: ButtonGroupOptions<T>,
): WidgetDefinition<T | null | T[], 'pills' | 'segmentedControl'> {
  const command = `st.${type}`;
  const mode = opts.selectionMode ?? 'single';
  if (mode !== 'single' && mode !== 'multi') {
    throw invalidArgument(`${command} "${label}": selectionMode must be 'single' or 'multi', got ${JSON.stringify(mode)}.`);
  }
  const multi = mode === 'multi';
  const list = [...options];
  const labels = optionLabels(list, opts.formatFunc);
  const defaults = defaultIndices(command, label, list, opts.default, multi);
  const toApp = (indices: readonly number[]): T | null | T[] => {
    const values = [...indices].sort((a, b) => a - b).map((i) => list[i] as T);
    return multi ? values : (values[0] ?? null);
  };
  return {
    type,
    label,
    options: opts,
    identity: { label, options: labels, selectionMode: mode, default: defaults, help: opts.help ?? null },
    defaultValue: toApp(defaults),
    customDefault: defaults.length > 0,
    deserialize: (wire: JsonValue) => {
      if (!Array.isArray(wire)) throw invalidValue(type, label, `expected a list of option indices, got ${JSON.stringify(wire)}`);
      const indices = wire.map((w) => expectIndex(type, label, w, list.length));
      if (new Set(indices).size !== indices.length) throw invalidValue(type, label, 'an option is selected twice');
      if (!multi && indices.length > 1) throw invalidValue(type, label, `${indices.length} options selected in single selection mode`);
      return toApp(indices);
    },
    serialize: (value) => {
      const values = multi ? value : value === null ? [] : [value];
      if (!Array.isArray(values)) return undefined;
      const indices = values.map((v) => indexOfOption(list, v));
      return indices.some((i) => i < 0) ? undefined : indices.sort((a, b) => a - b);
    },
    url: { item: { labels }, list: true },
    proto: (base) => ({ ...base, type, value: base.value as number[], options: labels, selectionMode: mode }),
    ...(opts.onChange ? { callback: opts.onChange } : {}),
  };
}

/** Indices of the defaults; in single mode a one-element list is accepted as its element. */
function defaultIndices<T>(command: string, label: string, list: readonly T[], given: ButtonGroupOptions<T>['default'], multi: boolean): number[] {
  if (given === undefined || given === null) return [];
  const values = Array.isArray(given) ? [...(given as readonly T[])] : [given as T];
  if (!multi && values.length > 1) {
    throw invalidArgument(`${command} "${label}": with selectionMode 'single' the default must be one option, got ${values.length}.`);
  }
  const indices = values.map((value) => {
    const i = indexOfOption(list, value);
    if (i < 0) throw invalidArgument(`${command} "${label}": the default value ${JSON.stringify(value)} is not among the options.`);
    return i;
  });
  return [...new Set(indices)].sort((a, b) => a - b);
}
