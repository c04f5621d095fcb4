/**
 * Wire forms of dates and times (ISO 8601), as Streamlit's dataframe shows
 * them: calendar days as `YYYY-MM-DD`, instants in UTC with `Z` or in a
 * column's zone with its offset, naive timestamps without either.
 */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `'YYYY-MM-DD'` of epoch ms (UTC calendar day). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Offset of `zone` at instant `ms`, in minutes east of UTC. @throws RangeError for an unknown zone. */
export function zoneOffsetMinutes(ms: number, zone: string): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  const name = format.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/**
 * An instant as ISO 8601: in UTC with `Z` when `zone` is `'UTC'`/`'Z'`, in
 * `zone` with its offset (`2024-01-05T08:45:00-05:00`) for other zones
 * (fixed offsets such as `'+01:00'` included), naive (no suffix) when `zone`
 * is undefined, as Arrow's timestamps without a zone are wall-clock times.
 */
export function isoInstant(ms: number, zone: string | undefined): string {
  if (!Number.isFinite(ms)) return '';
  if (zone === undefined) return new Date(ms).toISOString().slice(0, -1);
  if (zone === 'UTC' || zone === 'Z' || zone === 'Etc/UTC') return new Date(ms).toISOString();
  let offset: number;
  const fixed = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (fixed) offset = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  else {
    try {
      offset = zoneOffsetMinutes(ms, zone);
    } catch {
      return new Date(ms).toISOString();
    }
  }
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, -1);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `'HH:MM:SS'` (with `.fff` when there are fractions) of seconds since midnight. */
export function isoTimeOfDay(seconds: number): string {
  const whole = Math.floor(seconds);
  const fraction = seconds - whole;
  const text = `${pad(Math.floor(whole / 3600) % 24)}:${pad(Math.floor(whole / 60) % 60)}:${pad(whole % 60)}`;
  return fraction > 0 ? `${text}.${pad(Math.round(fraction * 1000), 3)}` : text;
}
