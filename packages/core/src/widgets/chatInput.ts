import type { JsonValue } from '../protocol/elements.js';
import { invalidValue, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** `st.chatInput` in the element map: a trigger whose proto value is always null; a submit sends the text. */
export const chatInputElements = {
  chatInput: widget<{ value: null; placeholder: string; maxChars?: number }, string | null, string | null>().with('input'),
};

/** Options of `st.chatInput`, as Streamlit's `st.chat_input`. */
export interface ChatInputOptions {
  /** Text shown while empty. Default `'Your message'`. */
  readonly placeholder?: string;
  readonly key?: string;
  readonly maxChars?: number;
  readonly disabled?: boolean;
  /** Called before the next run when a message is submitted. */
  readonly onSubmit?: () => unknown;
}

/** `st.chatInput`: a trigger whose value is the submitted text for one run, else null. */
export function chatInputDefinition(options: ChatInputOptions): WidgetDefinition<string | null, 'chatInput'> {
  const placeholder = options.placeholder ?? 'Your message';
  return {
    type: 'chatInput',
    label: placeholder,
    options: { ...(options.key !== undefined ? { key: options.key } : {}), ...(options.disabled ? { disabled: true } : {}) },
    identity: { placeholder, maxChars: options.maxChars ?? null },
    defaultValue: null,
    customDefault: false,
    deserialize: (wire: JsonValue) => {
      if (wire !== null && typeof wire !== 'string') throw invalidValue('chatInput', placeholder, `expected text, got ${JSON.stringify(wire)}`);
      if (typeof wire === 'string' && options.maxChars !== undefined && wire.length > options.maxChars) {
        throw invalidValue('chatInput', placeholder, `${wire.length} characters is more than maxChars (${options.maxChars})`);
      }
      return wire;
    },
    serialize: () => null,
    proto: (base) => ({
      ...base,
      type: 'chatInput',
      value: null,
      placeholder,
      ...(options.maxChars !== undefined ? { maxChars: options.maxChars } : {}),
    }),
    trigger: 'string',
    ...(options.onSubmit ? { callback: options.onSubmit } : {}),
    writable: false,
  };
}
