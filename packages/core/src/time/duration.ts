import { invalidArgument } from '../errors.js';

/** A duration: milliseconds, or a string like `'500ms'`, `'30s'`, `'5m'`, `'1h'`, `'2d'`, `'1h30m'`. */
export type Duration = number | string;

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Milliseconds of a {@link Duration}.
 * @throws LitUiError `InvalidArgument` for a negative number or an unreadable string.
 * @example parseDuration('1h30m') === 5_400_000
 */
export function parseDuration(duration: Duration): number {
  if (typeof duration === 'number') {
    if (!(duration >= 0) || !Number.isFinite(duration)) throw invalidArgument(`A duration must be a non-negative number of ms (got ${duration}).`);
    return duration;
  }
  const text = duration.trim().toLowerCase();
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/g)];
  if (
    parts.length === 0 ||
    parts
      .map((p) => p[0])
      .join('')
      .replace(/\s/g, '') !== text.replace(/\s/g, '')
  ) {
    throw invalidArgument(`Cannot read the duration '${duration}': use ms or a string like '30s', '5m', '1h'.`);
  }
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * UNITS[unit!]!, 0);
}
