import { describe, expect, it } from 'vitest';
import { isoDay, isoInstant, isoTimeOfDay } from './timeFormat.js';

describe('time formats', () => {
  const ms = Date.UTC(2024, 0, 5, 13, 45, 0);
  it('shows calendar days, instants in UTC, in a zone with its offset (DST aware), and naive', () => {
    expect(isoDay(ms)).toBe('2024-01-05');
    expect(isoInstant(ms, 'UTC')).toBe('2024-01-05T13:45:00.000Z');
    expect(isoInstant(ms, 'America/New_York')).toBe('2024-01-05T08:45:00.000-05:00');
    expect(isoInstant(Date.UTC(2024, 6, 5, 13, 45), 'America/New_York')).toBe('2024-07-05T09:45:00.000-04:00');
    expect(isoInstant(ms, 'Asia/Kolkata')).toBe('2024-01-05T19:15:00.000+05:30');
    expect(isoInstant(ms, '+01:00')).toBe('2024-01-05T14:45:00.000+01:00');
    expect(isoInstant(ms, undefined)).toBe('2024-01-05T13:45:00.000');
  });
  it('shows times of day', () => {
    expect(isoTimeOfDay(3723)).toBe('01:02:03');
    expect(isoTimeOfDay(3723.5)).toBe('01:02:03.500');
  });
});
