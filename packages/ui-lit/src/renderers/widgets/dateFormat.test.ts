import { describe, expect, it } from 'vitest';
import { formatEpoch, isDatePattern } from './dateFormat.js';

describe('formatEpoch', () => {
  it('formats in UTC with moment-style tokens', () => {
    expect(formatEpoch(Date.UTC(2024, 0, 5), 'YYYY-MM-DD')).toBe('2024-01-05');
    expect(formatEpoch(Date.UTC(2024, 0, 5, 14, 30), 'YYYY-MM-DD HH:mm')).toBe('2024-01-05 14:30');
    expect(formatEpoch(Date.UTC(2024, 0, 5, 14, 30), 'ddd, MMM D [at] h:mm A')).toBe('Fri, Jan 5 at 2:30 PM');
    expect(formatEpoch(Date.UTC(2023, 11, 31), 'DD/MM/YY')).toBe('31/12/23');
  });

  it('tells date patterns from printf formats', () => {
    expect(isDatePattern('MMM YYYY')).toBe(true);
    expect(isDatePattern('%d')).toBe(false);
    expect(isDatePattern(undefined)).toBe(false);
  });
});
