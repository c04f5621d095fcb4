import type { JsonValue } from '../protocol/elements.js';
import { invalidValue, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';

/** `st.chatInput` in the element map: a trigger whose proto value is always null; a submit sends the text. */
export const chatInputElements = {
  /** `st.chatInput`: a message box, as Streamlit's `st.chat_input`. */
  chatInput: widget<
    {
      /** Always null in the proto: a submit is a trigger carrying the text. */
      value: null;
      /** Text shown while the box is empty. */
      placeholder: string;
      /** Most characters accepted; absent: no limit. */
      maxChars?: number;
      /** Text the app put in the box through `st.sessionState[key]` for this run; the client shows it, ready to edit and send. */
      prefill?: string;
    },
    string | null,
    string | null
  >().with('input'),
};

/** Options of `st.chatInput`, as Streamlit's `st.chat_input`. */
export interface ChatInputOptions {
  /** Text shown while empty. Default `'Your message'`. */
  readonly placeholder?: string;
  /** Widget key: its id and its name in `st.sessionState`. */
  readonly key?: string;
  /** Most characters accepted. Default: no limit. */
  readonly maxChars?: number;
  /** Show the box greyed out; it takes no input. Default false. */
  readonly disabled?: boolean;
  /** Called before the next run when a message is submitted. */
  readonly onSubmit?: () => unknown;
}

/**
 * `st.chatInput`: a trigger whose value is the submitted text for one run, else null. Text set in
 * `st.sessionState[key]` pre-fills the box (the widget still returns null, and the key reads null afterwards).
 */
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
    prefillFromState: true,
  };
}
