import type { JsonValue } from '../protocol/elements.js';
import { invalidValue, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** Buttons in the element map: triggers, true for the one run after a click. */
export const buttonElements = {
  /** `st.button`: true for the one run after a click, as Streamlit's `st.button`. */
  button: widget<
    {
      /** Always false in the proto: a click is a trigger, sent as `true` in a widget change. */
      value: false;
      /** Button style, as Streamlit's `type`: `'primary'`, `'secondary'` or `'tertiary'` (text only). */
      kind: 'primary' | 'secondary' | 'tertiary';
      /** An emoji or icon shown before the label. */
      icon?: string;
      /** Stretch the button to its container's width. Absent: false. */
      useContainerWidth?: boolean;
    },
    boolean,
    boolean
  >().with('click'),
  /** `st.formSubmitButton`: submits its form, as Streamlit's `st.form_submit_button`. */
  formSubmitButton: widget<
    {
      /** Always false in the proto: a click is a trigger, sent as `true` in a widget change. */
      value: false;
      /** The form it submits (the `st.form` key). */
      formId: string;
      /** Button style, as Streamlit's `type`: `'primary'`, `'secondary'` or `'tertiary'` (text only). */
      kind: 'primary' | 'secondary' | 'tertiary';
      /** An emoji or icon shown before the label. */
      icon?: string;
      /** Stretch the button to its container's width. Absent: false. */
      useContainerWidth?: boolean;
    },
    boolean,
    boolean
  >().with('click'),
};

/** Options of `st.button`, as Streamlit's `st.button`. */
export interface ButtonOptions extends Omit<WidgetCommonOptions, 'labelVisibility' | 'persist' | 'bind'> {
  /** Called before the next run when the button is clicked. */
  readonly onClick?: () => unknown;
  /** `'primary'`, `'secondary'` (default) or `'tertiary'`. */
  readonly type?: 'primary' | 'secondary' | 'tertiary';
  /** Emoji or icon shown before the label. */
  readonly icon?: string;
  /** Stretch to the container's width. */
  readonly useContainerWidth?: boolean;
}

function deserializeTrigger(type: string, label: string) {
  return (wire: JsonValue): boolean => {
    if (typeof wire !== 'boolean') throw invalidValue(type, label, `expected true (a click), got ${JSON.stringify(wire)}`);
    return wire;
  };
}

/**
 * `st.button` / `st.formSubmitButton`: a trigger, true for exactly one run
 * after a click. Its value cannot be set through session state.
 */
export function buttonDefinition(
  type: 'button' | 'formSubmitButton',
  label: string,
  options: ButtonOptions,
  formId?: string,
): WidgetDefinition<boolean, 'button' | 'formSubmitButton'> {
  const kind = options.type ?? 'secondary';
  const common = { icon: options.icon, useContainerWidth: options.useContainerWidth || undefined };
  return {
    type,
    label,
    options,
    identity: { label, icon: options.icon ?? null, help: options.help ?? null, kind, useContainerWidth: Boolean(options.useContainerWidth) },
    defaultValue: false,
    customDefault: false,
    deserialize: deserializeTrigger(type, label),
    serialize: () => false,
    proto: (base) =>
      type === 'formSubmitButton'
        ? { ...base, type, value: false, formId: formId ?? '', kind, ...common }
        : { ...base, type, value: false, kind, ...common },
    trigger: 'boolean',
    ...(options.onClick ? { callback: options.onClick } : {}),
    writable: false,
  };
}
