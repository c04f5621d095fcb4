/**
 * Number formatting of `st.slider` and `st.number_input`: printf-style
 * formats (`'%d'`, `'%.2f'`, `'%0.1f%%'`, `'%e'`, `'%+,d'` ...) and
 * Streamlit's named formats (`'percent'`, `'dollar'`, `'compact'` ...).
 */
const SPEC = /%([-+ 0,']*)(\d+)?(?:\.(\d+))?([diufFeEgGsxXo%])/g;

function groupThousands(digits: string): string {
  const [int = '', frac] = digits.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function convert(value: number, type: string, precision: number | undefined): string {
  const abs = Math.abs(value);
  switch (type) {
    case 'd':
    case 'i':
    case 'u':
      return String(Math.trunc(abs));
    case 'f':
    case 'F':
      return abs.toFixed(precision ?? 6);
    case 'e':
    case 'E': {
      const s = abs.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      return type === 'E' ? s.toUpperCase() : s;
    }
    case 'g':
    case 'G': {
      const s = String(Number(abs.toPrecision(precision === 0 ? 1 : (precision ?? 6))));
      return type === 'G' ? s.toUpperCase() : s;
    }
    case 'x':
      return Math.trunc(abs).toString(16);
    case 'X':
      return Math.trunc(abs).toString(16).toUpperCase();
    case 'o':
      return Math.trunc(abs).toString(8);
    default:
      return String(abs);
  }
}

/**
 * Formats `value` with a printf format string, as Streamlit (sprintf-js)
 * does: flags `-` (left-align), `+` (sign), space, `0` (zero-pad), `,` / `'`
 * (thousands), width, precision; conversions `d i u f F e E g G x X o s %`.
 * Text around the conversions is kept.
 *
 * @example
 * formatPrintf('%0.1f%%', 12.345) // '12.3%'
 * formatPrintf('%05d', 42)        // '00042'
 */
export function formatPrintf(format: string, value: number): string {
  return format.replace(SPEC, (_all, flags: string, width?: string, prec?: string, type: string = 's') => {
    if (type === '%') return '%';
    const precision = prec === undefined ? undefined : Number(prec);
    let body = convert(value, type, precision);
    if (/[,']/.test(flags)) body = groupThousands(body);
    const negative = value < 0 && !/^0(\.0*)?$/.test(body);
    const sign = negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    const size = width === undefined ? 0 : Number(width);
    const padLength = Math.max(0, size - sign.length - body.length);
    if (flags.includes('-')) return sign + body + ' '.repeat(padLength);
    if (flags.includes('0')) return sign + '0'.repeat(padLength) + body;
    return ' '.repeat(padLength) + sign + body;
  });
}

const NAMED: Record<string, Intl.NumberFormatOptions & { scale?: number }> = {
  plain: { useGrouping: false, maximumFractionDigits: 20 },
  localized: { maximumFractionDigits: 20 },
  percent: { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 },
  dollar: { style: 'currency', currency: 'USD' },
  euro: { style: 'currency', currency: 'EUR' },
  yen: { style: 'currency', currency: 'JPY' },
  accounting: { style: 'currency', currency: 'USD', currencySign: 'accounting' },
  compact: { notation: 'compact', maximumFractionDigits: 1 },
  scientific: { notation: 'scientific', maximumFractionDigits: 3 },
  engineering: { notation: 'engineering', maximumFractionDigits: 3 },
};

/**
 * Formats a number widget's value for display: with `format` when given
 * (printf or a named format), else as an integer or a float with as many
 * decimals as `step` has (Streamlit shows `0.50` for step `0.01`).
 *
 * @param value - the number
 * @param format - the widget's `format`, if any
 * @param step - the widget's step, which sets the default precision of floats
 * @param isInt - true for integer widgets
 */
export function formatWidgetNumber(value: number, format: string | undefined, step: number, isInt: boolean): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  if (format !== undefined && format !== '') {
    const named = NAMED[format];
    if (named !== undefined) return new Intl.NumberFormat('en-US', named).format(value);
    return formatPrintf(format, value);
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
