import { sprintf } from 'sprintf-js';

/**
 * Streamlit's named number formats, as `st.column_config.NumberColumn`,
 * `st.slider` and `st.metric` accept them: each is a fixed
 * `Intl.NumberFormat` in the viewer's locale.
 */
export const NAMED_NUMBER_FORMATS = [
  'plain',
  'localized',
  'percent',
  'dollar',
  'euro',
  'yen',
  'accounting',
  'compact',
  'scientific',
  'engineering',
] as const;

/** One of {@link NAMED_NUMBER_FORMATS}. */
export type NamedNumberFormat = (typeof NAMED_NUMBER_FORMATS)[number];

/** `Intl.NumberFormat` options of each named format (Streamlit's examples for 1234.567 in the comments). */
const NAMED: Readonly<Record<NamedNumberFormat, Intl.NumberFormatOptions>> = {
  plain: { useGrouping: false, maximumFractionDigits: 20 }, // 1234.567
  localized: { maximumFractionDigits: 20 }, // 1,234.567
  percent: { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }, // 123456.70%
  dollar: { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' }, // $1,234.57
  euro: { style: 'currency', currency: 'EUR', currencyDisplay: 'narrowSymbol' }, // €1,234.57
  yen: { style: 'currency', currency: 'JPY', currencyDisplay: 'narrowSymbol' }, // ¥1,235
  accounting: { style: 'currency', currency: 'USD', currencySign: 'accounting' }, // 1,234.00, (1,234.00)
  compact: { notation: 'compact', maximumFractionDigits: 1 }, // 1.2K
  scientific: { notation: 'scientific', maximumFractionDigits: 3 }, // 1.235E3
  engineering: { notation: 'engineering', maximumFractionDigits: 3 }, // 1.235E3
};

/** True when `format` is one of Streamlit's named number formats. */
export function isNamedNumberFormat(format: string): format is NamedNumberFormat {
  return Object.hasOwn(NAMED, format);
}

function formatNamed(value: number, format: NamedNumberFormat, locale: string | undefined): string {
  const formatter = new Intl.NumberFormat(locale, NAMED[format]);
  if (format !== 'accounting') return formatter.format(value);
  // Accounting: the currency's accounting pattern (negatives in parentheses), without the symbol, as Streamlit's.
  return formatter
    .formatToParts(value)
    .filter((part) => part.type !== 'currency')
    .map((part) => part.value)
    .join('')
    .trim();
}

/**
 * Formats a number with a printf-style format or a named format, as
 * Streamlit's frontend does for `st.slider`, `st.number_input`, `st.metric`
 * and `NumberColumn`:
 * - a named format (see {@link NAMED_NUMBER_FORMATS}): `'percent'` → `'12.50%'`,
 *   `'dollar'` → `'$1,234.57'`, `'compact'` → `'1.2K'` …, with
 *   `Intl.NumberFormat` in `locale`;
 * - anything else is a printf format read by sprintf-js (Streamlit's own
 *   library): `'%d'`, `'%.2f'`, `'%0.1f%%'`, `'%e'`, `'%x'`, `'%'_8d'` (pad
 *   with `_`), `'%+.1f'`, with text around the conversion kept (`'%d ⭐'`).
 *
 * @param value - The number; a non-finite number gives `''`.
 * @param format - The format.
 * @param locale - BCP 47 locale of named formats. Default the runtime's (the viewer's in a browser).
 * @returns The text to show.
 * @throws SyntaxError or TypeError from sprintf-js when `format` is not a
 *   printf format of one number (check it first with {@link numberFormatProblem}).
 * @example
 * formatNumber(0.125, 'percent', 'en-US'); // '12.50%'
 * formatNumber(3.14159, '%.2f');            // '3.14'
 */
export function formatNumber(value: number, format: string, locale?: string): string {
  if (!Number.isFinite(value)) return '';
  return isNamedNumberFormat(format) ? formatNamed(value, format, locale) : sprintf(format, value);
}

/**
 * Why `format` cannot format a number (a sentence), or `undefined` when it
 * can: a named format, or a printf format sprintf-js accepts with one number
 * argument. Commands check their `format` option with it, as Streamlit
 * raises for a format its frontend cannot apply.
 *
 * @example
 * numberFormatProblem('%.2f');  // undefined
 * numberFormatProblem('%,.2f'); // "'%,.2f' is not a printf format of one number (…)"
 */
export function numberFormatProblem(format: string): string | undefined {
  if (typeof format !== 'string') return `A number format must be a string, not ${typeof format}.`;
  if (isNamedNumberFormat(format)) return undefined;
  try {
    sprintf(format, 1.5);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^\[sprintf\]\s*/, '') : String(error);
    return `'${format}' is not a printf format of one number (${reason}); use e.g. '%d', '%.2f', '%0.1f%%' or one of ${NAMED_NUMBER_FORMATS.map((name) => `'${name}'`).join(', ')}.`;
  }
}
