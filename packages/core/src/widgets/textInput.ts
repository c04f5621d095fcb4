import type { JsonValue } from '../protocol/elements.js';
import { invalidValue, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** Text fields in the element map. */
export const textInputElements = {
  /** `st.textInput`: one line of text, as Streamlit's `st.text_input`. */
  textInput: widget<
    {
      /** The text; null for an empty field whose app value is null. */
      value: string | null;
      /** Most characters accepted; absent: no limit. */
      maxChars?: number;
      /** `'password'` masks the text. */
      inputType: 'default' | 'password';
      /** Text shown while the field is empty. */
      placeholder?: string;
      /** The input's HTML `autocomplete` attribute. */
      autocomplete?: string;
    },
    string | null
  >().with('input'),
  /** `st.textArea`: multi-line text, as Streamlit's `st.text_area`. */
  textArea: widget<
    {
      /** The text; null for an empty field whose app value is null. */
      value: string | null;
      /** Most characters accepted; absent: no limit. */
      maxChars?: number;
      /** Text shown while the field is empty. */
      placeholder?: string;
      /** Height in px; absent: about three lines. */
      height?: number;
    },
    string | null
  >().with('input'),
};

/** Options of `st.textInput`, as Streamlit's `st.text_input`. */
export interface TextInputOptions extends WidgetCommonOptions {
  /** Initial text; `null` for an empty field that returns null. Default `''`. */
  readonly value?: string | null;
  /** Most characters accepted. */
  readonly maxChars?: number;
  /** `'password'` masks the text. Default `'default'`. */
  readonly type?: 'default' | 'password';
  /** Text shown while the field is empty. */
  readonly placeholder?: string;
  /** The input's HTML `autocomplete` attribute. */
  readonly autocomplete?: string;
  /** Called before the next run when the text changes (as Streamlit's `on_change`). */
  readonly onChange?: () => unknown;
}

/** Options of `st.textArea`, as Streamlit's `st.text_area`. */
export interface TextAreaOptions extends Omit<TextInputOptions, 'type' | 'autocomplete'> {
  /** Height in px. Default: about three lines. */
  readonly height?: number;
}

function textDeserializer(type: string, label: string, maxChars: number | undefined) {
  return (wire: JsonValue): string | null => {
    if (wire !== null && typeof wire !== 'string') throw invalidValue(type, label, `expected text, got ${JSON.stringify(wire)}`);
    if (wire !== null && maxChars !== undefined && wire.length > maxChars) {
      throw invalidValue(type, label, `${wire.length} characters is more than maxChars (${maxChars})`);
    }
    return wire;
  };
}

/** `st.textInput`: one line of text. Commits on Enter or blur. */
export function textInputDefinition(label: string, options: TextInputOptions): WidgetDefinition<string | null, 'textInput'> {
  const defaultValue = options.value === undefined ? '' : options.value;
  const inputType = options.type ?? 'default';
  return {
    type: 'textInput',
    label,
    options,
    identity: {
      label,
      value: defaultValue,
      maxChars: options.maxChars ?? null,
      inputType,
      help: options.help ?? null,
      autocomplete: options.autocomplete ?? null,
      placeholder: options.placeholder ?? null,
    },
    defaultValue,
    customDefault: defaultValue !== '',
    deserialize: textDeserializer('textInput', label, options.maxChars),
    serialize: (value) => (value === null || typeof value === 'string' ? value : String(value)),
    url: { item: 'text' },
    proto: (base) => ({
      ...base,
      type: 'textInput',
      value: base.value as string | null,
      inputType,
      ...(options.maxChars !== undefined ? { maxChars: options.maxChars } : {}),
      ...(options.placeholder !== undefined ? { placeholder: options.placeholder } : {}),
      ...(options.autocomplete !== undefined ? { autocomplete: options.autocomplete } : {}),
    }),
    ...(options.onChange ? { callback: options.onChange } : {}),
  };
}

/** `st.textArea`: multi-line text. Commits on Ctrl+Enter or blur. */
export function textAreaDefinition(label: string, options: TextAreaOptions): WidgetDefinition<string | null, 'textArea'> {
  const defaultValue = options.value === undefined ? '' : options.value;
  return {
    type: 'textArea',
    label,
    options,
    identity: {
      label,
      value: defaultValue,
      height: options.height ?? null,
      maxChars: options.maxChars ?? null,
      help: options.help ?? null,
      placeholder: options.placeholder ?? null,
    },
    defaultValue,
    customDefault: defaultValue !== '',
    deserialize: textDeserializer('textArea', label, options.maxChars),
    serialize: (value) => (value === null || typeof value === 'string' ? value : String(value)),
    url: { item: 'text' },
    proto: (base) => ({
      ...base,
      type: 'textArea',
      value: base.value as string | null,
      ...(options.maxChars !== undefined ? { maxChars: options.maxChars } : {}),
      ...(options.placeholder !== undefined ? { placeholder: options.placeholder } : {}),
      ...(options.height !== undefined ? { height: options.height } : {}),
    }),
    ...(options.onChange ? { callback: options.onChange } : {}),
  };
}
