import { display } from '../protocol/elementSpec.js';
import type { ElementProtoOf, JsonValue } from '../protocol/elements.js';
import { toJsonValue } from './jsonValue.js';
import { makeProto } from './proto.js';
import type { LayoutOptions } from '../dg/layoutOptions.js';

/** `st.json` in the element map; its AppTest value is the parsed body. */
export const jsonElements = {
  /** `st.json`: a value shown as a collapsible JSON tree. */
  json: display<{
    /** The value, as JSON. */
    body: JsonValue;
    /** `true` expands everything, `false` collapses it, a number expands that many levels (as Streamlit's `expanded`). */
    expanded: boolean | number;
  }>(),
};

/** Options of `st.json`, as Streamlit's `st.json`. */
export interface JsonOptions extends LayoutOptions {
  /** `true` (default) expands everything, `false` collapses, a number expands that many levels. */
  readonly expanded?: boolean | number;
}

/**
 * Proto of `st.json`: any value as a collapsible JSON tree. A string is
 * parsed as JSON first (kept as text when it is not JSON); dates, Maps and
 * Sets are converted as {@link toJsonValue} does.
 */
export function jsonProto(body: unknown, options: JsonOptions = {}): ElementProtoOf<'json'> {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      value = body;
    }
  }
  return makeProto('json', { body: toJsonValue(value), expanded: options.expanded ?? true });
}
