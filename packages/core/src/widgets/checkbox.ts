import type { JsonValue } from '../protocol/elements.js';
import { invalidValue, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** Checkbox and toggle in the element map. */
export const checkboxElements = {
  /** `st.checkbox`, as Streamlit's `st.checkbox`. */
  checkbox: widget<
    {
      /** Checked or not. */
      value: boolean;
    },
    boolean
  >().with('check', 'uncheck'),
  /** `st.toggle`: a switch, as Streamlit's `st.toggle`. */
  toggle: widget<
    {
      /** On or off. */
      value: boolean;
    },
    boolean
  >().with('check', 'uncheck'),
};

/** Options of `st.checkbox` and `st.toggle`, as Streamlit's. */
export interface CheckboxOptions extends WidgetCommonOptions {
  /** Initial state. Default false. */
  readonly value?: boolean;
  /** Called before the next run when the value changes. */
  readonly onChange?: () => unknown;
}

/** `st.checkbox` / `st.toggle`: a boolean. */
export function checkboxDefinition(
  type: 'checkbox' | 'toggle',
  label: string,
  options: CheckboxOptions,
): WidgetDefinition<boolean, 'checkbox' | 'toggle'> {
  const defaultValue = Boolean(options.value);
  return {
    type,
    label,
    options,
    identity: { label, value: defaultValue, help: options.help ?? null },
    defaultValue,
    customDefault: defaultValue,
    deserialize: (wire: JsonValue) => {
      if (typeof wire !== 'boolean') throw invalidValue(type, label, `expected true or false, got ${JSON.stringify(wire)}`);
      return wire;
    },
    serialize: (value) => Boolean(value),
    url: { item: 'boolean' },
    proto: (base) => ({ ...base, type, value: base.value as boolean }),
    ...(options.onChange ? { callback: options.onChange } : {}),
  };
}
