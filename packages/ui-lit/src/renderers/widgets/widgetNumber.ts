import { formatNumber } from '@lit-ui/core/protocol';

/**
 * Formats a number widget's value for display, as Streamlit's `st.slider`
 * and `st.number_input`: with `format` when given (a printf format read by
 * sprintf-js, or a named format; see `formatNumber` of
 * `@lit-ui/core/protocol`), else as an integer or a float with as many
 * decimals as `step` has (Streamlit shows `0.50` for step `0.01`). A format
 * the formatter rejects (the command checks formats, so only an old or
 * hand-made proto has one) shows the default text instead.
 *
 * @param value - the number
 * @param format - the widget's `format`, if any
 * @param step - the widget's step, which sets the default precision of floats
 * @param isInt - true for integer widgets
 * @example
 * formatWidgetNumber(0.5, undefined, 0.01, false); // '0.50'
 * formatWidgetNumber(3, '%d years', 1, true);      // '3 years'
 */
export function formatWidgetNumber(value: number, format: string | undefined, step: number, isInt: boolean): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  if (format !== undefined && format !== '') {
    try {
      return formatNumber(value, format);
    } catch {
      // Fall through to the default text.
    }
  }
  if (isInt) return String(Math.round(value));
  return value.toFixed(Math.max(2, decimalsOf(step)));
}

/** Number of decimals of `n` as written (`0.25` → 2, `1e-3` → 3). */
export function decimalsOf(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const [mantissa = '', exponent] = String(n).split('e');
  const decimals = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, decimals - Number(exponent ?? 0));
}
