/**
 * Date display of date and datetime sliders, with Streamlit's moment-style
 * patterns. Dates are shown in UTC: the server sends calendar days as UTC
 * midnights, so a browser in another time zone still shows the app's day.
 */
const TOKENS = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|A|a/g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, size = 2): string => String(n).padStart(size, '0');

/** Default pattern per slider data type, as Streamlit's. */
export const DEFAULT_DATE_PATTERNS = { date: 'YYYY-MM-DD', datetime: 'YYYY-MM-DD HH:mm' } as const;

/**
 * Formats epoch milliseconds with a moment-style pattern, in UTC. Tokens:
 * `YYYY YY MMMM MMM MM M DD D dddd ddd HH H hh h mm m ss s A a`; text in
 * `[brackets]` is literal.
 *
 * @example
 * formatEpoch(Date.UTC(2024, 0, 5), 'YYYY-MM-DD') // '2024-01-05'
 * formatEpoch(Date.UTC(2024, 0, 5, 14, 30), 'MMM D, h:mm A') // 'Jan 5, 2:30 PM'
 */
export function formatEpoch(ms: number, pattern: string): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(ms);
  const hours = d.getUTCHours();
  const hours12 = hours % 12 === 0 ? 12 : hours % 12;
  const month = d.getUTCMonth();
  const values: Record<string, string> = {
    YYYY: String(d.getUTCFullYear()),
    YY: pad(d.getUTCFullYear() % 100),
    MMMM: MONTHS[month] ?? '',
    MMM: (MONTHS[month] ?? '').slice(0, 3),
    MM: pad(month + 1),
    M: String(month + 1),
    DD: pad(d.getUTCDate()),
    D: String(d.getUTCDate()),
    dddd: DAYS[d.getUTCDay()] ?? '',
    ddd: (DAYS[d.getUTCDay()] ?? '').slice(0, 3),
    HH: pad(hours),
    H: String(hours),
    hh: pad(hours12),
    h: String(hours12),
    mm: pad(d.getUTCMinutes()),
    m: String(d.getUTCMinutes()),
    ss: pad(d.getUTCSeconds()),
    s: String(d.getUTCSeconds()),
    A: hours < 12 ? 'AM' : 'PM',
    a: hours < 12 ? 'am' : 'pm',
  };
  return pattern.replace(TOKENS, (token, literal?: string) => literal ?? values[token] ?? token);
}

/** True when `format` looks like a date pattern rather than a printf format. */
export function isDatePattern(format: string | undefined): format is string {
  return format !== undefined && !format.includes('%') && /Y|M|D|H|h|m|s/.test(format);
}
