import { invalidArgument } from '../errors.js';
import type { ElementProtoOf } from '../protocol/elements.js';
import { makeProto } from './proto.js';

/**
 * Proto of `st.progress`: `value` is an integer 0–100 or a fraction
 * 0.0–1.0, as Streamlit's `st.progress`. JavaScript has no separate float
 * type, so `0` and `1` read as percentages (0 % and 1 %); pass `1.0` as `100`.
 *
 * @throws LitUiError `InvalidArgument` for a value outside those ranges.
 */
export function progressProto(value: number, text?: string): ElementProtoOf<'progress'> {
  if (typeof value !== 'number' || Number.isNaN(value)) throw invalidArgument(`st.progress() takes a number (got ${String(value)}).`);
  let percent: number;
  if (Number.isInteger(value) && value >= 0 && value <= 100) percent = value;
  else if (value >= 0 && value <= 1) percent = Math.round(value * 100);
  else throw invalidArgument(`st.progress() takes an integer 0–100 or a float 0.0–1.0 (got ${value}).`);
  return makeProto('progress', { value: percent, text });
}

/** Proto of the spinner shown by `st.spinner`. */
export function spinnerProto(text: string): ElementProtoOf<'spinner'> {
  return makeProto('spinner', { text });
}

/** Options of `st.toast`. */
export interface ToastOptions {
  readonly icon?: string;
}

/** Proto of `st.toast` (event root). */
export function toastProto(body: string, nonce: string, options: ToastOptions = {}): ElementProtoOf<'toast'> {
  return makeProto('toast', { body, icon: options.icon, nonce });
}
