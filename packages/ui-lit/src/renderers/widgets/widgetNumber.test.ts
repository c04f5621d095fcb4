import { describe, expect, it } from 'vitest';
import { decimalsOf, formatWidgetNumber } from './widgetNumber.js';

describe('formatWidgetNumber', () => {
  it('uses the format, a named format, or the step precision', () => {
    expect(formatWidgetNumber(3, '%d years', 1, true)).toBe('3 years');
    expect(formatWidgetNumber(0.256, 'percent', 0.01, false)).toBe('25.60%');
    expect(formatWidgetNumber(1234.5, 'dollar', 0.01, false)).toBe('$1,234.50');
    expect(formatWidgetNumber(0.5, undefined, 0.01, false)).toBe('0.50');
    expect(formatWidgetNumber(0.125, undefined, 0.005, false)).toBe('0.125');
    expect(formatWidgetNumber(7, undefined, 1, true)).toBe('7');
  });

  it('shows the default text for a format sprintf-js rejects, and nothing for a non-finite value', () => {
    expect(formatWidgetNumber(1234.5, '%,.2f', 0.01, false)).toBe('1234.50');
    expect(formatWidgetNumber(2, '%d and %d', 1, true)).toBe('2');
    expect(formatWidgetNumber(Number.NaN, '%d', 1, true)).toBe('');
  });

  it('counts decimals', () => {
    expect(decimalsOf(0.25)).toBe(2);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(3)).toBe(0);
  });
});
