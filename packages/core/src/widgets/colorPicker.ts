import { invalidArgument } from '../errors.js';
import type { JsonValue } from '../protocol/elements.js';
import { invalidValue, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** `st.colorPicker` in the element map: the value is `'#rrggbb'`. */
export const colorPickerElements = {
  /** `st.colorPicker`, as Streamlit's `st.color_picker`. */
  colorPicker: widget<
    {
      /** The color, `'#rrggbb'` (lower case). */
      value: string;
    },
    string
  >().with(),
};

/** Options of `st.colorPicker`, as Streamlit's `st.color_picker`. */
export interface ColorPickerOptions extends WidgetCommonOptions {
  /** Initial color, `#rrggbb` (or `#rgb`). Default `'#000000'`. */
  readonly value?: string;
  /** Called before the next run when the color changes (as Streamlit's `on_change`). */
  readonly onChange?: () => unknown;
}

const HEX = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i;

function normalise(color: string): string {
  const hex = color.toLowerCase();
  return hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
}

/** `st.colorPicker`: a hex color string. */
export function colorPickerDefinition(label: string, options: ColorPickerOptions): WidgetDefinition<string, 'colorPicker'> {
  const given = options.value ?? '#000000';
  if (!HEX.test(given)) throw invalidArgument(`st.colorPicker "${label}": '${given}' is not a hex color like '#00f900'.`);
  const defaultValue = normalise(given);
  return {
    type: 'colorPicker',
    label,
    options,
    identity: { label, value: defaultValue, help: options.help ?? null },
    defaultValue,
    customDefault: options.value !== undefined,
    deserialize: (wire: JsonValue) => {
      if (typeof wire !== 'string' || !HEX.test(wire)) throw invalidValue('colorPicker', label, `expected a hex color, got ${JSON.stringify(wire)}`);
      return normalise(wire);
    },
    serialize: (value) => (typeof value === 'string' && HEX.test(value) ? normalise(value) : undefined),
    url: { item: 'text' },
    proto: (base) => ({ ...base, type: 'colorPicker', value: base.value as string }),
    ...(options.onChange ? { callback: options.onChange } : {}),
  };
}
