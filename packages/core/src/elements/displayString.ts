/**
 * The text shown for a value a script passed where text goes (`st.text` from plain JavaScript, `st.metric`'s value),
 * as Python's `str()` in Streamlit: strings as they are, other primitives as JavaScript prints them, objects by their
 * own `toString()` (Date, URL, Error, arrays), and plain objects as JSON rather than `[object Object]`.
 */
export function displayString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && value.toString === Object.prototype.toString) {
    try {
      return JSON.stringify(value);
    } catch {
      return Object.prototype.toString.call(value); // a cycle or a BigInt inside: no JSON for it
    }
  }
  return String(value);
}
